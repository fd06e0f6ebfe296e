import type { Lang } from '../types.ts';
import { withDigits, type DigitSystem } from './digits.ts';

/**
 * `international`: 1,234,567. `indian`: 12,34,567 (lakh and crore), which CLDR uses for `dz`
 * and Bhutanese official documents often use for Ngultrum amounts.
 */
export type Grouping = 'international' | 'indian' | 'none';

export interface NumberOptions {
  lang?: Lang;
  /** Default: Tibetan for `dz`, ASCII for `en`. */
  digits?: DigitSystem;
  /** Default: Indian for `dz` (as CLDR), international for `en`. */
  grouping?: Grouping;
  minimumFractionDigits?: number;
  maximumFractionDigits?: number;
}

/** The defaults of one language; a site setting overrides them per call or through `createFormatter` (formatter.ts). */
export function numberDefaults(lang: Lang): { digits: DigitSystem; grouping: Grouping } {
  return lang === 'dz' ? { digits: 'tibt', grouping: 'indian' } : { digits: 'latn', grouping: 'international' };
}

function group(integer: string, grouping: Grouping): string {
  if (grouping === 'none' || integer.length <= 3) return integer;
  const last3 = integer.slice(-3);
  const rest = integer.slice(0, -3);
  const size = grouping === 'indian' ? 2 : 3;
  const groups: string[] = [];
  for (let end = rest.length; end > 0; end -= size) groups.unshift(rest.slice(Math.max(0, end - size), end));
  return `${groups.join(',')},${last3}`;
}

/**
 * Formats a number without `Intl` (Chromium ships no `dz` data), so Node and the browser
 * give the same text: `formatNumber(1234567.5)` -> `1,234,567.5`;
 * `formatNumber(1234567.5, { lang: 'dz' })` -> `༡༢,༣༤,༥༦༧.༥`.
 */
export function formatNumber(value: number, options: NumberOptions = {}): string {
  if (!Number.isFinite(value)) throw new Error(`Cannot format ${value}: not a finite number.`);
  if (Math.abs(value) >= 1e21) throw new Error(`Cannot format ${value}: too large to write out in digits.`);
  const lang = options.lang ?? 'en';
  const { digits, grouping } = { ...numberDefaults(lang), ...definedOnly(options) };
  const min = options.minimumFractionDigits ?? 0;
  const max = Math.max(min, options.maximumFractionDigits ?? Math.max(min, 3));
  const fixed = Math.abs(value).toFixed(max);
  const [integer = '0', fraction = ''] = fixed.split('.');
  let trimmed = fraction;
  while (trimmed.length > min && trimmed.endsWith('0')) trimmed = trimmed.slice(0, -1);
  const negative = value < 0 && /[1-9]/.test(fixed);
  const text = `${negative ? '-' : ''}${group(integer, grouping)}${trimmed ? `.${trimmed}` : ''}`;
  return withDigits(text, digits);
}

function definedOnly(options: NumberOptions): Partial<{ digits: DigitSystem; grouping: Grouping }> {
  const result: Partial<{ digits: DigitSystem; grouping: Grouping }> = {};
  if (options.digits) result.digits = options.digits;
  if (options.grouping) result.grouping = options.grouping;
  return result;
}

export interface CurrencyOptions {
  lang?: Lang;
  digits?: DigitSystem;
  /** Default: international for English (`Nu. 1,234,567.50`), Indian for Dzongkha. */
  grouping?: Grouping;
}

/**
 * Ngultrum, always with chhertum: `Nu. 1,234,567.50`; `{ grouping: 'indian' }` gives
 * `Nu. 12,34,567.50`; Dzongkha gives `Nu. ༡༢,༣༤,༥༦༧.༥༠` (the symbol stays `Nu.`, as CLDR has it).
 */
export function formatNgultrum(amount: number, options: CurrencyOptions = {}): string {
  const number = formatNumber(Math.abs(amount), { ...options, minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const negative = amount < 0 && /[1-9\u0F21-\u0F29]/.test(number);
  return `${negative ? '-' : ''}Nu. ${number}`;
}

const SIZE_UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/**
 * File sizes for download links, in SI units (1 KB = 1000 bytes, as on the label of the file
 * the reader will see in their own file manager on macOS and most phones): `2.4 MB`, `512 B`.
 * One decimal below 10 units, none above. Unit symbols are the same in both languages.
 */
export function formatFileSize(bytes: number, options: Pick<NumberOptions, 'lang' | 'digits'> = {}): string {
  if (!Number.isInteger(bytes) || bytes < 0)
    throw new Error(`File size must be a whole number of bytes, got ${bytes}.`);
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < SIZE_UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  // 999,950 bytes would round to "1000.0 KB"; say "1 MB" instead.
  if (unit > 0 && Number(value.toFixed(value < 10 ? 1 : 0)) >= 1000 && unit < SIZE_UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const decimals = unit === 0 || value >= 10 ? 0 : 1;
  const number = formatNumber(value, { ...options, grouping: 'none', maximumFractionDigits: decimals });
  return `${number} ${SIZE_UNITS[unit]}`;
}
