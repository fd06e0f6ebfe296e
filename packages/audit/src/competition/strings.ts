import { type Lang, type MessageKey, type MessageParams, translate } from '@druk/locale';

// The competition's pages (leaderboard, report packs, evaluator sheets) take their words from the @druk/locale
// catalogue: `competition.*` ids in the audit domain, plus the audit's category and band names.

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** A translator for the competition's pages in one language. */
export function competitionTranslator(lang: Lang): Translate {
  return (key, params) => translate(key, lang, params);
}

/** The link text that switches to the other language: its own name, in its own language. */
export function otherLanguageName(lang: Lang): { lang: Lang; name: string } {
  const other: Lang = lang === 'en' ? 'dz' : 'en';
  return { lang: other, name: translate(`language.${other}`, other) };
}

/** Numbers as the language writes them: Dzongkha with Tibetan digits (Node's ICU does this for `dz`). */
export function formatNumber(lang: Lang, value: number, fractionDigits = 1): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: fractionDigits }).format(value);
}

export function formatPercent(lang: Lang, share: number): string {
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

export function formatDate(lang: Lang, epochMs: number): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Thimphu' }).format(
    epochMs,
  );
}
