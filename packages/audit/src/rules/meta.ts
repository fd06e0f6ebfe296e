// How druk-audit's own rules are written: every family of rules (src/rules/*.ts) builds its metadata with
// `rule()`, so all of them have one shape, and names its standards with the same reference helpers.
import type { CategoryId, RuleMeta, Severity, StandardReference } from '../types.ts';

const WCAG_URL = 'https://www.w3.org/TR/WCAG22/';

/** A WCAG 2.2 success criterion, linked by its anchor in the recommendation. */
export const wcag = (criterion: string, anchor: string): StandardReference => ({
  standard: 'WCAG 2.2',
  criterion,
  url: `${WCAG_URL}#${anchor}`,
});

/** A requirement of GIGW 3.0 (Guidelines for Indian Government Websites). */
export const gigw = (criterion: string): StandardReference => ({ standard: 'GIGW 3.0', criterion });

/** What only some rules have: help in Dzongkha, the W3C ACT rules they implement, reviews done on a picture. */
export type RuleExtras = Pick<RuleMeta, 'helpDz' | 'act' | 'reviewNeedsPicture'>;

export function rule(
  id: string,
  category: CategoryId,
  severity: Severity,
  tags: string[],
  references: StandardReference[],
  help: string,
  why: string,
  fix: string,
  { helpDz, act = [], reviewNeedsPicture = false }: RuleExtras = {},
): RuleMeta {
  return {
    id,
    category,
    severity,
    tags,
    references,
    help,
    ...(helpDz === undefined ? {} : { helpDz }),
    why,
    fix,
    ...(act.length ? { act } : {}),
    ...(reviewNeedsPicture ? { reviewNeedsPicture } : {}),
  };
}
