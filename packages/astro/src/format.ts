import type { Lang } from '@druk/locale';

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/**
 * A date as readers of `lang` write it, in Bhutan Time. Formatted at build in Node, whose ICU has
 * Dzongkha (Tibetan digits, Dzongkha month names); browsers' ICU often lacks it.
 */
export function formatDate(date: Date, lang: Lang): string {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'dz' ? 'dz' : 'en-GB', { dateStyle: 'long', timeZone: 'Asia/Thimphu' });
    dateFormats.set(lang, format);
  }
  return format.format(date);
}

/** Date and time, for closing times such as "1 December 2026 at 12:00". */
export function formatDateTime(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'dz' ? 'dz' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Asia/Thimphu',
  }).format(date);
}

/** A number in the digits of `lang` (Tibetan digits in Dzongkha). */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'dz' ? 'dz' : 'en-GB').format(value);
}

/** A file size such as "245 KB" (decimal units, as file managers show them). */
export function formatBytes(bytes: number, lang: Lang): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const rounded = value >= 10 || unit === 0 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${formatNumber(rounded, lang)} ${units[unit]}`;
}
