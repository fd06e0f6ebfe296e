// The W3C ACT Rules test cases (a copy of w3c/wcag-act-rules, kept beside the repository in
// shared/data/act-rules/): where they are, and what each test case expects.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Expected = 'passed' | 'failed' | 'inapplicable';

export interface ActTestCase {
  /** The ACT rule, e.g. "23a2a8". */
  ruleId: string;
  ruleName: string;
  testcaseId: string;
  testcaseTitle: string;
  expected: Expected;
  /** Path of the test case inside the corpus folder, e.g. "testcases/23a2a8/….html". */
  relativePath: string;
  /** The test case's canonical W3C URL, which EARL reports name it by. */
  url: string;
  /**
   * WCAG success criteria ("1.1.1") the rule's failed examples fail. A criterion the rule lists only as
   * "secondary" (less strict than the rule: some failed examples may satisfy it) is left out.
   */
  criteria: string[];
}

/** Where the W3C copies the test cases under, on its site and on the loopback server of a conformance run. */
export const ACT_URL_PREFIX = '/WAI/content-assets/wcag-act-rules/';

/** Environment variable naming the corpus folder, when it is not beside the repository. */
export const ACT_RULES_ENV = 'DRUK_ACT_RULES';

const REPOSITORY = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/**
 * The corpus folder: $DRUK_ACT_RULES, else shared/data/act-rules beside the repository (CI checks out
 * shared/ next to it) or beside one of its parent folders (a worktree inside a checkout).
 */
export function actRulesDir(): string {
  const fromEnv = process.env[ACT_RULES_ENV];
  if (fromEnv) return resolve(fromEnv);
  for (let folder = dirname(REPOSITORY); ; folder = dirname(folder)) {
    const candidate = join(folder, 'shared', 'data', 'act-rules');
    if (existsSync(join(candidate, 'testcases.json'))) return candidate;
    if (dirname(folder) === folder) break;
  }
  throw new Error(
    `The ACT Rules test cases were not found beside ${REPOSITORY}: set ${ACT_RULES_ENV} to the folder holding testcases.json`,
  );
}

interface RawTestCase extends Omit<ActTestCase, 'criteria'> {
  ruleAccessibilityRequirements?: Record<string, { secondary?: string } | undefined> | null;
}

export function loadActCorpus(dir = actRulesDir()): ActTestCase[] {
  const { testcases } = JSON.parse(readFileSync(join(dir, 'testcases.json'), 'utf8')) as { testcases: RawTestCase[] };
  return testcases.map((raw) => ({
    ruleId: raw.ruleId,
    ruleName: raw.ruleName,
    testcaseId: raw.testcaseId,
    testcaseTitle: raw.testcaseTitle,
    expected: raw.expected,
    relativePath: raw.relativePath,
    url: raw.url,
    criteria: Object.entries(raw.ruleAccessibilityRequirements ?? {})
      .filter(([key, requirement]) => /^wcag2\d:/.test(key) && !requirement?.secondary)
      .map(([key]) => key.slice(key.indexOf(':') + 1)),
  }));
}

/** Consistency of one tool with one ACT rule, as a published W3C implementation report gives it. */
export interface PublishedConsistency {
  ruleId: string;
  consistency: string;
}

/** The consistency per ACT rule of a tool whose report the corpus ships (implementations/<name>.json). */
export function publishedReport(name: string, dir = actRulesDir()): Map<string, string> {
  const report = JSON.parse(readFileSync(join(dir, 'implementations', `${name}.json`), 'utf8')) as {
    actRuleMapping: PublishedConsistency[];
  };
  return new Map(report.actRuleMapping.map((entry) => [entry.ruleId, entry.consistency]));
}
