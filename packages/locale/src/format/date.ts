import type { Lang } from '../types.ts';
import { withDigits, type DigitSystem } from './digits.ts';

/**
 * Calendar names. English follows en-GB. Dzongkha follows CLDR 48 `dz.xml` with its defects
 * corrected (reported in docs/adr on Dzongkha typography and locale data):
 * - CLDR shifts the weekdays by one (its "sun" is གཟའ་ཟླ་བ་, Monday); here Sunday is གཟའ་ཉི་མ་.
 * - CLDR's stand-alone month names already start with སྤྱི་, and its patterns add another
 *   (སྤྱི་སྤྱི་ཟླ་…); here month names are the format forms, without སྤྱི་.
 * - CLDR leaves the final tsheg off months 4 and 6; here every name ends in a tsheg.
 */
const MONTHS = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  dz: [
    'ཟླ་དངཔ་',
    'ཟླ་གཉིས་པ་',
    'ཟླ་གསུམ་པ་',
    'ཟླ་བཞི་པ་',
    'ཟླ་ལྔ་པ་',
    'ཟླ་དྲུག་པ་',
    'ཟླ་བདུན་པ་',
    'ཟླ་བརྒྱད་པ་',
    'ཟླ་དགུ་པ་',
    'ཟླ་བཅུ་པ་',
    'ཟླ་བཅུ་གཅིག་པ་',
    'ཟླ་བཅུ་གཉིས་པ་',
  ],
} as const;

/** Apart from the months: a page that shows dates without weekdays (the footer) carries none. */
const WEEKDAYS = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  dz: ['གཟའ་ཉི་མ་', 'གཟའ་ཟླ་བ་', 'གཟའ་མིག་དམར་', 'གཟའ་ལྷག་པ་', 'གཟའ་ཕུར་བུ་', 'གཟའ་པ་སངས་', 'གཟའ་སྤེན་པ་'],
} as const;

/**
 * `full`: Sunday 22 November 2026 / གཟའ་ཉི་མ་, སྤྱི་ལོ་༢༠༢༦ ཟླ་བཅུ་གཅིག་པ་ ཚེས་༢༢
 * `long`: 22 November 2026 / སྤྱི་ལོ་༢༠༢༦ ཟླ་བཅུ་གཅིག་པ་ ཚེས་༢༢
 * `medium`: 22 Nov 2026 / སྤྱི་ལོ་༢༠༢༦ ཟླ་༡༡ ཚེས་༢༢
 * `iso`: 2026-11-22 (for `<time datetime>`; always ASCII)
 * There is deliberately no dd/mm/yyyy style: Bhutanese sites use both orders, so a bare
 * numeric date is ambiguous.
 */
export type DateStyle = 'full' | 'long' | 'medium' | 'iso';

export interface DateOptions {
  lang?: Lang;
  style?: DateStyle;
  /** Default: Tibetan for `dz`, ASCII for `en`. */
  digits?: DigitSystem;
}

/** Bhutan Time: UTC+6 all year (no daylight saving), so no time-zone database is needed. */
const THIMPHU_OFFSET_MS = 6 * 60 * 60 * 1000;

export type DateInput = Date | string | number;

/** A calendar day; `month` 1 to 12, `weekday` 0 (Sunday) to 6. */
export interface ThimphuDay {
  year: number;
  month: number;
  day: number;
  weekday: number;
}

/** The calendar day in Thimphu of an instant; a date-only string (`2026-11-22`) is that day. */
export function thimphuDay(input: DateInput): ThimphuDay {
  const time = input instanceof Date ? input.getTime() : typeof input === 'number' ? input : Date.parse(input);
  if (Number.isNaN(time)) throw new Error(`Invalid date: ${JSON.stringify(String(input))}.`);
  // Date-only ISO strings parse as UTC midnight; +6 h keeps them on the same day.
  const local = new Date(time + THIMPHU_OFFSET_MS);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    weekday: local.getUTCDay(),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

export function isoDate(input: DateInput): string {
  const { year, month, day } = thimphuDay(input);
  return `${year}-${pad(month)}-${pad(day)}`;
}

const defaultDigits = (lang: Lang): DigitSystem => (lang === 'dz' ? 'tibt' : 'latn');

/** Day, month and year in each language's order, with the month written as given. */
function dayMonthYear(
  lang: Lang,
  { year, month, day }: ThimphuDay,
  monthText = MONTHS[lang][month - 1] as string,
): string {
  return lang === 'en' ? `${day} ${monthText} ${year}` : `སྤྱི་ལོ་${year} ${monthText} ཚེས་${pad(day)}`;
}

/**
 * The `long` style of `formatDate` (22 November 2026 / སྤྱི་ལོ་༢༠༢༦ ཟླ་བཅུ་གཅིག་པ་ ཚེས་༢༢) on its own, so that
 * a bundle that shows only this style leaves the weekday names and the other styles out.
 */
export function formatLongDate(input: DateInput, lang: Lang = 'en', digits = defaultDigits(lang)): string {
  return withDigits(dayMonthYear(lang, thimphuDay(input)), digits);
}

/** A date as Bhutanese readers expect it, computed without `Intl` so Node and browsers agree. */
export function formatDate(input: DateInput, options: DateOptions = {}): string {
  const lang = options.lang ?? 'en';
  const style = options.style ?? 'long';
  if (style === 'iso') return isoDate(input);
  if (style === 'long') return formatLongDate(input, lang, options.digits);
  const date = thimphuDay(input);
  let text: string;
  if (style === 'medium') {
    text = dayMonthYear(
      lang,
      date,
      lang === 'en' ? (MONTHS.en[date.month - 1] as string).slice(0, 3) : `ཟླ་${pad(date.month)}`,
    );
  } else {
    const weekday = WEEKDAYS[lang][date.weekday] as string;
    text = lang === 'en' ? `${weekday} ${dayMonthYear(lang, date)}` : `${weekday}, ${dayMonthYear(lang, date)}`;
  }
  return withDigits(text, options.digits ?? defaultDigits(lang));
}

export interface TimeOptions {
  lang?: Lang;
  /** `12` (CLDR's preference for Bhutan, the default) or `24` (as in official notices: "17:00"). */
  clock?: 12 | 24;
  digits?: DigitSystem;
}

/**
 * The time of day in Thimphu: `3:46 pm` / `15:46`; Dzongkha follows CLDR's pattern,
 * `ཆུ་ཚོད་ ༣ སྐར་མ་ ༤༦ ཕྱི་ཆ་` (སྔ་ཆ་ before noon, ཕྱི་ཆ་ after), or `ཆུ་ཚོད་ ༡༥ སྐར་མ་ ༤༦` on the 24-hour clock.
 */
export function formatTime(input: DateInput, options: TimeOptions = {}): string {
  const lang = options.lang ?? 'en';
  const clock = options.clock ?? 12;
  const time = input instanceof Date ? input.getTime() : typeof input === 'number' ? input : Date.parse(input);
  if (Number.isNaN(time)) throw new Error(`Invalid date: ${JSON.stringify(String(input))}.`);
  const local = new Date(time + THIMPHU_OFFSET_MS);
  const hours = local.getUTCHours();
  const minutes = pad(local.getUTCMinutes());
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  let text: string;
  if (lang === 'en')
    text = clock === 24 ? `${pad(hours)}:${minutes}` : `${hour12}:${minutes} ${hours < 12 ? 'am' : 'pm'}`;
  else if (clock === 24) text = `ཆུ་ཚོད་ ${pad(hours)} སྐར་མ་ ${minutes}`;
  else text = `ཆུ་ཚོད་ ${hour12} སྐར་མ་ ${minutes} ${hours < 12 ? 'སྔ་ཆ་' : 'ཕྱི་ཆ་'}`;
  return withDigits(text, options.digits ?? defaultDigits(lang));
}

export function weekdayName(weekday: number, lang: Lang): string {
  const name = WEEKDAYS[lang][weekday];
  if (name === undefined) throw new Error(`Weekday must be 0 (Sunday) to 6 (Saturday), got ${weekday}.`);
  return name;
}

export function monthName(month: number, lang: Lang): string {
  const name = MONTHS[lang][month - 1];
  if (name === undefined) throw new Error(`Month must be 1 to 12, got ${month}.`);
  return name;
}
