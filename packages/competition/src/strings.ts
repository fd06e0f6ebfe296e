import {
  formatDate as formatLocaleDate,
  formatNumber as formatLocaleNumber,
  type Lang,
  type MessageKey,
  type MessageParams,
  translate,
  withDigits,
} from '@druk/locale';

// The competition's pages (leaderboard, report packs, evaluator sheets) take their words from the @druk/locale
// catalogue: `competition.*` ids in the audit domain, plus the audit's category and band names.

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** A translator for the competition's pages in one language; numbers in `params` are written in its digits. */
export function competitionTranslator(lang: Lang): Translate {
  return (key, params) =>
    translate(
      key,
      lang,
      params &&
        Object.fromEntries(
          Object.entries(params).map(([name, value]) => [
            name,
            typeof value === 'number' ? formatNumber(lang, value) : value,
          ]),
        ),
    );
}

/** The link text that switches to the other language: its own name, in its own language. */
export function otherLanguageName(lang: Lang): { lang: Lang; name: string } {
  const other: Lang = lang === 'en' ? 'dz' : 'en';
  return { lang: other, name: translate(`language.${other}`, other) };
}

/** Numbers as the language writes them (Dzongkha with Tibetan digits), the same in Node and browsers. */
export function formatNumber(lang: Lang, value: number, fractionDigits = 1): string {
  return formatLocaleNumber(value, { lang, maximumFractionDigits: fractionDigits });
}

export function formatPercent(lang: Lang, share: number): string {
  return `${formatNumber(lang, share * 100)}%`;
}

/** Bhutan Time is UTC+6 all year. */
const THIMPHU_OFFSET_MS = 6 * 3_600_000;

/**
 * A date and a time of day in Thimphu, named as such, e.g. "22 Nov 2026 14:05 BTT (UTC+06:00)" (outages are
 * minutes long). The zone is spelt out because the same data elsewhere (the score history, the JSON) is in UTC.
 */
export function formatDate(lang: Lang, epochMs: number): string {
  const local = new Date(epochMs + THIMPHU_OFFSET_MS);
  const time = [local.getUTCHours(), local.getUTCMinutes()].map((part) => String(part).padStart(2, '0')).join(':');
  const digits = lang === 'dz' ? 'tibt' : 'latn';
  return `${formatLocaleDate(epochMs, { lang, style: 'medium' })} ${withDigits(`${time} BTT (UTC+06:00)`, digits)}`;
}
