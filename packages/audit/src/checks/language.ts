// The language checks: which language each block of a page's text is in, identified in Node with franc
// (trigram statistics; chosen by measured accuracy, ADR 0025) on the blocks src/page/reading-language.js
// extracted, against the language the page declares. A script settles the question where it belongs to
// one language or where it differs from the declared language's; within a script, franc decides, and only
// long passages with a clear margin fail. Dzongkha and Tibetan share a script and are never told apart:
// Tibetan-script text is the dzongkha/lang-missing rule's, and a page declared lang="dz" is
// dzongkha/page-mostly-english's.
import { francAll } from 'franc';
import type { RawFinding } from '../rules/raw.ts';

export interface LanguageBlock {
  selector?: string;
  snippet?: string;
  /** The block's running text (up to 600 characters). */
  text: string;
  /** The language in effect: the nearest lang attribute's value, '' when there is none. */
  lang: string;
  /** Where that lang comes from: the block itself, an ancestor, <html>, or nowhere. */
  langFrom: 'self' | 'ancestor' | 'html' | 'none';
  /** The element whose lang attribute is in effect (not <html>). */
  langSelector: string | null;
  /** Computed CSS direction of the block. */
  direction: string;
  rtlLetters: number;
  letters: number;
}

export interface LanguageFacts {
  htmlLang: string;
  blocks: LanguageBlock[];
}

type Script = 'latin' | 'devanagari' | 'arabic' | 'hebrew' | 'cyrillic' | 'tibetan' | 'han' | 'other';

/**
 * The languages franc chooses among (ISO 639-3), by the BCP 47 subtag a lang attribute gives them, and their
 * script. Government sites of Bhutan are in English, Dzongkha and Nepali; the others are the languages a
 * passage on them is likely in. Keeping the list short keeps franc from answering with a close neighbour
 * (Scots for English, Magahi or Maithili for Hindi), which costs more accuracy on short text than it gains.
 * A page or passage declared in a language outside this list is not judged.
 */
const LANGUAGES: Record<string, { franc: string; script: Script; name: string }> = {
  en: { franc: 'eng', script: 'latin', name: 'English' },
  fr: { franc: 'fra', script: 'latin', name: 'French' },
  de: { franc: 'deu', script: 'latin', name: 'German' },
  nl: { franc: 'nld', script: 'latin', name: 'Dutch' },
  es: { franc: 'spa', script: 'latin', name: 'Spanish' },
  pt: { franc: 'por', script: 'latin', name: 'Portuguese' },
  it: { franc: 'ita', script: 'latin', name: 'Italian' },
  sv: { franc: 'swe', script: 'latin', name: 'Swedish' },
  pl: { franc: 'pol', script: 'latin', name: 'Polish' },
  tr: { franc: 'tur', script: 'latin', name: 'Turkish' },
  vi: { franc: 'vie', script: 'latin', name: 'Vietnamese' },
  id: { franc: 'ind', script: 'latin', name: 'Indonesian' },
  ne: { franc: 'npi', script: 'devanagari', name: 'Nepali' },
  hi: { franc: 'hin', script: 'devanagari', name: 'Hindi' },
  mr: { franc: 'mar', script: 'devanagari', name: 'Marathi' },
  ru: { franc: 'rus', script: 'cyrillic', name: 'Russian' },
  uk: { franc: 'ukr', script: 'cyrillic', name: 'Ukrainian' },
  ar: { franc: 'arb', script: 'arabic', name: 'Arabic' },
  fa: { franc: 'pes', script: 'arabic', name: 'Persian' },
  ur: { franc: 'urd', script: 'arabic', name: 'Urdu' },
  he: { franc: 'heb', script: 'hebrew', name: 'Hebrew' },
  zh: { franc: 'cmn', script: 'han', name: 'Chinese' },
  dz: { franc: 'bod', script: 'tibetan', name: 'Dzongkha (Tibetan script)' },
  bo: { franc: 'bod', script: 'tibetan', name: 'Tibetan' },
};
/** Other subtags naming a language of the list: the ISO 639-3 macrolanguage or individual codes. */
const ALIASES: Record<string, string> = { npi: 'ne', nep: 'ne', dzo: 'dz', bod: 'bo', cmn: 'zh' };
/** franc's code → the subtag; Tibetan script is named Dzongkha, the language of Bhutan's sites. */
const SUBTAG_OF = new Map(
  Object.entries(LANGUAGES)
    .reverse()
    .map(([subtag, { franc }]) => [franc, subtag]),
);

const SCRIPTS: [Script, RegExp][] = [
  ['latin', /\p{Script=Latin}/gu],
  ['devanagari', /\p{Script=Devanagari}/gu],
  ['arabic', /\p{Script=Arabic}/gu],
  ['hebrew', /\p{Script=Hebrew}/gu],
  ['cyrillic', /\p{Script=Cyrillic}/gu],
  ['tibetan', /\p{Script=Tibetan}/gu],
  ['han', /\p{Script=Han}/gu],
];

/** Letters under which a passage in the page's script is not judged at all (names, terms, short labels). */
const REVIEW_LETTERS = 120;
/** Letters from which franc's answer on a passage in the page's script is taken as a failure. */
const FAIL_LETTERS = 300;
/** Letters from which text in another script than the declared language's fails: it cannot be that language. */
const OTHER_SCRIPT_LETTERS = 60;
/**
 * franc's score of the runner-up (the best scores 1) at most. On the measured samples (ADR 0025) every wrong
 * answer on 150 characters or more had a runner-up at 0.93 or above; right answers' runner-ups grow with the
 * length of the text (a median of 0.88 at 300–600 characters), so a tighter margin would only lose them.
 */
const MARGIN = 0.9;
/** Share of a page's text in one other language from which <html lang> is judged wrong. */
const PAGE_SHARE = 0.75;

/** The language a lang attribute names, as a key of LANGUAGES; null when it is not one druk-audit judges. */
export function declaredLanguage(lang: string): string | null {
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const subtag = ALIASES[primary] ?? primary;
  return subtag in LANGUAGES ? subtag : null;
}

/** Same language for the checks: Dzongkha and Tibetan are one (one script, not told apart). */
function sameLanguage(a: string, b: string): boolean {
  return a === b || (LANGUAGES[a]!.script === 'tibetan' && LANGUAGES[b]!.script === 'tibetan');
}

/** The script most of the text's letters are in, and its share of them. */
export function dominantScript(text: string): { script: Script; share: number; letters: number } {
  const letters = (text.match(/[\p{L}\p{M}]/gu) ?? []).length;
  let best: Script = 'other';
  let most = 0;
  for (const [script, pattern] of SCRIPTS) {
    const found = (text.match(pattern) ?? []).length;
    if (found > most) [best, most] = [script, found];
  }
  return { script: best, share: letters ? most / letters : 0, letters };
}

export interface Identification {
  /** Key of LANGUAGES, or null when the text's script is none of theirs. */
  language: string | null;
  /** franc's score of the runner-up (1 is a tie, lower is a clearer answer); 0 when the script decided. */
  runnerUp: number;
  script: Script;
  letters: number;
}

/** The language of a text: from its script where only one language of the list uses it, else from franc. */
export function identify(text: string): Identification {
  const { script, letters, share } = dominantScript(text);
  const candidates = Object.values(LANGUAGES).filter((language) => language.script === script);
  if (share < 0.8 || !candidates.length) return { language: null, runnerUp: 1, script, letters };
  const only = [...new Set(candidates.map((language) => language.franc))];
  if (only.length === 1) return { language: SUBTAG_OF.get(only[0]!)!, runnerUp: 0, script, letters };
  const [best, second] = francAll(text, { only, minLength: 1 });
  return { language: SUBTAG_OF.get(best![0]) ?? null, runnerUp: second?.[1] ?? 0, script, letters };
}

type Verdict = 'fail' | 'needs-review' | null;

/** How sure the text is not in `declared`: certain in another script, else by its length and franc's margin. */
function verdictAgainst(declared: string, found: Identification): Verdict {
  if (!found.language || sameLanguage(found.language, declared)) return null;
  if (found.script !== LANGUAGES[declared]!.script) return found.letters >= OTHER_SCRIPT_LETTERS ? 'fail' : null;
  if (found.letters >= FAIL_LETTERS && found.runnerUp <= MARGIN) return 'fail';
  if (found.letters >= REVIEW_LETTERS && found.runnerUp <= MARGIN) return 'needs-review';
  return null;
}

function nameOf(language: string): string {
  return LANGUAGES[language]!.name;
}

function excerpt(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

/** The language findings of one page. */
export function languageChecks(pageUrl: string, facts: LanguageFacts): RawFinding[] {
  const findings: RawFinding[] = [];
  const report = (
    ruleId: string,
    status: 'fail' | 'needs-review',
    block: LanguageBlock,
    message: string,
    evidence: RawFinding['evidence'],
    selector = block.selector,
  ) =>
    findings.push({ ruleId, status, engines: ['druk'], pageUrl, selector, snippet: block.snippet, message, evidence });

  const pageLanguage = declaredLanguage(facts.htmlLang);
  const inherited: { block: LanguageBlock; found: Identification }[] = [];
  for (const block of facts.blocks) {
    if (block.rtlLetters >= 20 && block.rtlLetters >= block.letters * 0.8 && block.direction !== 'rtl') {
      report(
        'language/rtl-without-dir',
        'fail',
        block,
        `Right-to-left text laid out left to right (direction: ${block.direction}): "${excerpt(block.text)}"`,
        { direction: block.direction, rtlLetters: block.rtlLetters },
      );
    }
    const found = identify(block.text);
    if (block.langFrom === 'html') inherited.push({ block, found });
    // Tibetan-script text: dzongkha/lang-missing reports it wherever it is not marked lang="dz".
    if (found.script === 'tibetan' || !found.language) continue;
    const declared = declaredLanguage(block.lang);
    if (!declared) continue;
    const verdict = verdictAgainst(declared, found);
    if (!verdict) continue;
    const evidence = {
      declared: block.lang,
      identified: found.language,
      letters: found.letters,
      runnerUpScore: Number(found.runnerUp.toFixed(2)),
    };
    if (block.langFrom === 'html') {
      report(
        'language/passage-lang-missing',
        verdict,
        block,
        `A passage in ${nameOf(found.language)} takes the page's lang="${block.lang}": "${excerpt(block.text)}"`,
        evidence,
      );
    } else {
      report(
        'language/wrong-lang',
        verdict,
        block,
        `lang="${block.lang}" on text in ${nameOf(found.language)}: "${excerpt(block.text)}"`,
        evidence,
        block.langSelector ?? block.selector,
      );
    }
  }
  const mismatch = pageMismatch(pageLanguage, inherited);
  if (!mismatch) return findings;
  return [
    // Passages in the language the page is really in lack no lang of their own: <html lang> is what is wrong.
    ...findings.filter(
      (item) => !(item.ruleId === 'language/passage-lang-missing' && item.evidence?.identified === mismatch.language),
    ),
    {
      ruleId: 'language/page-lang-mismatch',
      status: mismatch.verdict,
      engines: ['druk'],
      pageUrl,
      selector: 'html',
      message: `<html lang="${facts.htmlLang}"> but ${Math.round(mismatch.share * 100)}% of the page's text (${mismatch.letters} letters) is in ${nameOf(mismatch.language)}`,
      groupKey: pageUrl,
      evidence: { declared: facts.htmlLang, identified: mismatch.language, share: Number(mismatch.share.toFixed(2)) },
    },
  ];
}

/**
 * Whether the text that takes its language from <html> is mostly in one other language: the blocks' letters
 * by identified language, and that language's claim judged on all of its text together.
 */
function pageMismatch(
  declared: string | null,
  inherited: { block: LanguageBlock; found: Identification }[],
): { verdict: 'fail' | 'needs-review'; language: string; share: number; letters: number } | null {
  // A page declared in Dzongkha that is mostly in another language is dzongkha/page-mostly-english's.
  if (!declared || LANGUAGES[declared]!.script === 'tibetan') return null;
  const lettersBy = new Map<string, number>();
  let total = 0;
  for (const { found } of inherited) {
    total += found.letters;
    if (found.language) lettersBy.set(found.language, (lettersBy.get(found.language) ?? 0) + found.letters);
  }
  const [language, letters] = [...lettersBy].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!language || !letters || sameLanguage(language, declared) || letters / total < PAGE_SHARE) return null;
  const text = inherited
    .filter(({ found }) => found.language === language)
    .map(({ block }) => block.text)
    .join(' ');
  const verdict = verdictAgainst(declared, identify(text));
  return verdict ? { verdict, language, share: letters / total, letters } : null;
}
