// Turns what axe-core and HTML_CodeSniffer report into druk-audit findings and rule metadata. Where both
// engines test the same thing, HTML_CodeSniffer's technique maps to the axe rule, so one problem on one
// element is one finding with both engines named.
import { createRequire } from 'node:module';
import type { RuleMeta, Severity, StandardReference } from '../types.ts';
import type { RawFinding, Rect } from './raw.ts';

const require = createRequire(import.meta.url);
/** axe-core's own rule metadata: tags (WCAG criteria) and the ACT rules each rule implements. */
const AXE_RULES = new Map(
  (require('axe-core') as { getRules(): { ruleId: string; tags: string[]; actIds?: string[] }[] })
    .getRules()
    .map((rule) => [rule.ruleId, { tags: rule.tags, act: rule.actIds ?? [] }]),
);

/** The axe-core tags druk-audit runs: WCAG 2.2 A and AA plus best practice. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeNode {
  /** In an iframe: the iframe's selector, " |> ", the element's selector in the iframe's document. */
  selector?: string;
  snippet?: string;
  rect?: Rect;
  message?: string;
  /** URL of the iframe the element is in (absent for the page's own document). */
  frameUrl?: string;
}
export interface AxeRuleResult {
  id: string;
  status: 'fail' | 'needs-review';
  impact: Severity | null;
  tags: string[];
  help: string;
  description: string;
  helpUrl: string;
  nodes: AxeNode[];
}
export interface HtmlcsMessage extends AxeNode {
  code: string;
}

/** HTML_CodeSniffer techniques (prefix of the code after the success criterion) that axe rules also test. */
const HTMLCS_TO_AXE: [RegExp, string][] = [
  [/^H37$/, 'image-alt'],
  [/^H30\.2$/, 'link-name'],
  [/^H36$/, 'input-image-alt'],
  [/^H24$/, 'area-alt'],
  [/^H57\.2$/, 'html-has-lang'],
  [/^H57\.3/, 'html-lang-valid'],
  [/^H58\.1/, 'valid-lang'],
  [/^H25\.1/, 'document-title'],
  [/^G18\.Fail|^G145\.Fail|^G18_or_G145\.Fail/, 'color-contrast'],
  [/^H44\.|^F68$|^H65/, 'label'],
  [/^H91\.A\.(NoContent|EmptyNoId|Placeholder)/, 'link-name'],
  [/^H91\.Button/, 'button-name'],
  [/^H91\.(InputText|InputEmail|InputPassword|InputSearch|InputTel|InputUrl|InputNumber|Textarea)\.Name/, 'label'],
  [/^H91\.Select\.Name/, 'select-name'],
  [/^H64\.1$/, 'frame-title'],
  [/^F77$/, 'duplicate-id'],
  [/^H43|^H63/, 'td-headers-attr'],
  [/^H42\.2$/, 'empty-heading'],
  [/^F40\.2|^F41\.2/, 'meta-refresh'],
];

const WCAG_TAG = /^wcag(\d)(\d)(\d+)$/;

function wcagReferences(tags: string[]): StandardReference[] {
  return tags.flatMap((tag) => {
    const match = WCAG_TAG.exec(tag);
    if (!match) return [];
    return [{ standard: 'WCAG 2.2', criterion: `${match[1]}.${match[2]}.${match[3]}` }];
  });
}

export function axeRuleMeta(rule: AxeRuleResult): RuleMeta {
  return {
    id: `axe/${rule.id}`,
    category: 'usability-reliability',
    severity: rule.impact ?? 'moderate',
    tags: ['accessibility', ...rule.tags],
    references: [
      ...wcagReferences(rule.tags),
      { standard: 'axe-core rule', criterion: rule.id, url: rule.helpUrl.replace(/\?.*$/, '') },
    ],
    help: rule.help,
    why: rule.description,
    fix: `Follow the guidance for "${rule.id}": ${rule.helpUrl.replace(/\?.*$/, '')}`,
    act: AXE_RULES.get(rule.id)?.act ?? [],
  };
}

/** "WCAG2AA.Principle1.Guideline1_1.1_1_1.H37" → { criterion: "1.1.1", technique: "H37" } */
export function parseHtmlcsCode(code: string): { criterion: string; technique: string } {
  const parts = code.split('.');
  const criterionIndex = parts.findIndex((part) => /^\d+_\d+_\d+$/.test(part));
  if (criterionIndex < 0) return { criterion: '', technique: code };
  return {
    criterion: (parts[criterionIndex] ?? '').replace(/_/g, '.'),
    technique: parts.slice(criterionIndex + 1).join('.'),
  };
}

function axeEquivalentOfTechnique(technique: string): string | undefined {
  return HTMLCS_TO_AXE.find(([pattern]) => pattern.test(technique))?.[1];
}

/** The axe rule id an HTML_CodeSniffer code corresponds to, if any. */
export function axeEquivalent(code: string): string | undefined {
  return axeEquivalentOfTechnique(parseHtmlcsCode(code).technique);
}

/** A technique that tests what an axe-core rule tests implements that rule's ACT rules. */
function htmlcsActIds(technique: string): string[] {
  return AXE_RULES.get(axeEquivalentOfTechnique(technique) ?? '')?.act ?? [];
}

/**
 * The WCAG criteria and ACT rules of an engine rule, from its id alone (as engineFindings names it):
 * what a stored conformance run is scored against.
 */
export function engineRuleMapping(ruleId: string): Pick<RuleMeta, 'references' | 'act'> | undefined {
  if (ruleId.startsWith('axe/')) {
    const rule = AXE_RULES.get(ruleId.slice(4));
    return rule && { references: wcagReferences(rule.tags), act: rule.act };
  }
  const htmlcs = /^htmlcs\/(\d+\.\d+\.\d+)-(.+)$/.exec(ruleId);
  if (htmlcs) return { references: [{ standard: 'WCAG 2.2', criterion: htmlcs[1]! }], act: htmlcsActIds(htmlcs[2]!) };
  return ruleId === HTMLCS_ENGINE_ERROR.id ? { references: [], act: [] } : undefined;
}

export function htmlcsRuleMeta(code: string, message: string): RuleMeta {
  const { criterion, technique } = parseHtmlcsCode(code);
  return {
    id: `htmlcs/${criterion}-${technique}`,
    category: 'usability-reliability',
    // HTML_CodeSniffer errors are WCAG failures; it does not grade them, so they count as serious.
    severity: 'serious',
    tags: ['accessibility', 'wcag2aa'],
    references: [
      { standard: 'WCAG 2.2', criterion },
      { standard: 'HTML_CodeSniffer', criterion: code },
    ],
    help: message.split('. ')[0] ?? message,
    why: `Fails WCAG success criterion ${criterion}: ${message}`,
    fix: message,
    act: htmlcsActIds(technique),
  };
}

/** HTML_CodeSniffer threw on a page: a tool error, costing nothing; what it would have checked needs a person. */
export const HTMLCS_ENGINE_ERROR: RuleMeta = {
  id: 'htmlcs/engine-error',
  category: 'usability-reliability',
  severity: 'moderate',
  tags: ['accessibility'],
  references: [{ standard: 'HTML_CodeSniffer', criterion: 'WCAG2AA' }],
  help: 'HTML_CodeSniffer could not check this page',
  why: 'The page was checked by axe-core and druk-audit, but not by the second engine, so some WCAG problems may be missed.',
  fix: 'Check the page by hand (or with another tool); the markup that stopped the engine is often a custom form control.',
};

/** The URL of the iframe an element is in, as a finding's evidence. */
function frameEvidence(node: AxeNode): Pick<RawFinding, 'evidence'> {
  return node.frameUrl === undefined ? {} : { evidence: { frame: node.frameUrl } };
}

/**
 * Findings and the metadata of the rules they belong to, from one page's engine results.
 * HTML_CodeSniffer errors on the same element as an axe violation of the equivalent rule are
 * merged into the axe finding (engines: axe + htmlcs).
 */
export function engineFindings(
  pageUrl: string,
  results: { axe: AxeRuleResult[]; htmlcs: HtmlcsMessage[] },
): { findings: RawFinding[]; rules: RuleMeta[] } {
  const rules = new Map<string, RuleMeta>();
  const findings: RawFinding[] = [];
  for (const rule of results.axe) {
    const meta = axeRuleMeta(rule);
    // An engine's "incomplete" is a needs-review; it keeps its own metadata.
    if (!rules.has(meta.id)) rules.set(meta.id, meta);
    for (const node of rule.nodes) {
      findings.push({
        ruleId: meta.id,
        status: rule.status,
        engines: ['axe'],
        pageUrl,
        selector: node.selector,
        snippet: node.snippet,
        rect: node.rect,
        message: node.message ?? rule.help,
        ...frameEvidence(node),
      });
    }
  }
  for (const message of results.htmlcs) {
    if (message.code === 'engine-error') {
      rules.set(HTMLCS_ENGINE_ERROR.id, HTMLCS_ENGINE_ERROR);
      findings.push({
        ruleId: HTMLCS_ENGINE_ERROR.id,
        status: 'tool-error',
        engines: ['htmlcs'],
        pageUrl,
        message: `HTML_CodeSniffer stopped with an error: ${message.message ?? 'unknown'}`,
        groupKey: pageUrl,
      });
      continue;
    }
    const equivalent = axeEquivalent(message.code);
    const twin = equivalent
      ? findings.find((finding) => finding.ruleId === `axe/${equivalent}` && finding.selector === message.selector)
      : undefined;
    if (twin) {
      if (!twin.engines.includes('htmlcs')) twin.engines.push('htmlcs');
      continue;
    }
    const meta = htmlcsRuleMeta(message.code, message.message ?? message.code);
    if (!rules.has(meta.id)) rules.set(meta.id, meta);
    findings.push({
      ruleId: meta.id,
      status: 'fail',
      engines: ['htmlcs'],
      pageUrl,
      selector: message.selector,
      snippet: message.snippet,
      rect: message.rect,
      message: message.message ?? message.code,
      ...frameEvidence(message),
    });
  }
  return { findings, rules: [...rules.values()] };
}
