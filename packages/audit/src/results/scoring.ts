// Scores a site in the six competition categories from its failures, by a rubric (weights, bands and
// points per severity). Each category starts at 100 and every failing finding deducts points, so the
// score explains itself: the deductions list which finding cost how much. Needs-review findings cost
// nothing and are counted apart.
import { readFile } from 'node:fs/promises';
import { ConfigError, parseRubric, type Rubric } from '../config.ts';
import { BANDS, CATEGORY_IDS, type Band, type CategoryScore, type Finding, type SiteScore } from '../types.ts';

export const DEFAULT_RUBRIC: Rubric = parseRubric({ name: 'default: equal weights' });

export async function loadRubric(source: string | Rubric | undefined): Promise<Rubric> {
  if (source === undefined) return DEFAULT_RUBRIC;
  if (typeof source !== 'string') return parseRubric(source);
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(source, 'utf8'));
  } catch (error) {
    throw new ConfigError(`Rubric file ${source} could not be read as JSON: ${(error as Error).message}`);
  }
  return parseRubric(raw, `rubric file ${source}`);
}

export function bandFor(score: number, rubric: Rubric): Band {
  const { bands } = rubric;
  if (score >= bands.excellent) return 'excellent';
  if (score >= bands['very-good']) return 'very-good';
  if (score >= bands.good) return 'good';
  if (score >= bands.fair) return 'fair';
  return BANDS[4];
}

/** Category weights normalised to sum 1; categories the rubric leaves out weigh 1 relative to the others. */
export function categoryWeights(rubric: Rubric): Record<(typeof CATEGORY_IDS)[number], number> {
  const raw = CATEGORY_IDS.map((id) => rubric.weights[id] ?? 1);
  const total = raw.reduce((sum, weight) => sum + weight, 0);
  if (total <= 0)
    throw new ConfigError(`Rubric "${rubric.name}": weights: at least one category needs a weight above 0`);
  return Object.fromEntries(CATEGORY_IDS.map((id, index) => [id, raw[index]! / total])) as Record<
    (typeof CATEGORY_IDS)[number],
    number
  >;
}

export function findingCost(finding: Finding, rubric: Rubric): number {
  const base = rubric.points[finding.severity] + rubric.perExtraPage * Math.max(0, finding.pages.length - 1);
  return Math.round(Math.min(base, rubric.maxPerFinding) * 10) / 10;
}

export function scoreSite(findings: Finding[], rubric: Rubric, unreachable = false): SiteScore {
  const weights = categoryWeights(rubric);
  const categories: CategoryScore[] = CATEGORY_IDS.map((category) => {
    const inCategory = findings.filter((finding) => finding.category === category);
    const failures = inCategory.filter((finding) => finding.status === 'fail');
    const deductions = failures.map((finding) => ({
      findingKey: finding.key,
      ruleId: finding.ruleId,
      points: findingCost(finding, rubric),
    }));
    const lost = deductions.reduce((sum, deduction) => sum + deduction.points, 0);
    const score = unreachable ? 0 : Math.max(0, Math.round((100 - lost) * 10) / 10);
    return {
      category,
      weight: weights[category],
      score,
      band: bandFor(score, rubric),
      failures: failures.length,
      needsReview: inCategory.filter((finding) => finding.status === 'needs-review').length,
      deductions: deductions.sort((a, b) => b.points - a.points),
    };
  });
  const overall = Math.round(categories.reduce((sum, category) => sum + category.score * category.weight, 0) * 10) / 10;
  return { overall, band: bandFor(overall, rubric), categories, rubric: rubric.name };
}
