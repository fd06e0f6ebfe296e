import { translate, type Overrides } from '../translate.ts';
import type { Lang } from '../types.ts';
import { formatDate, formatTime, type DateInput, type DateStyle } from './date.ts';
import type { DigitSystem } from './digits.ts';
import { formatFileSize, formatNgultrum, formatNumber, type Grouping, type NumberOptions } from './number.ts';
import { formatRelative } from './relative.ts';

export interface FormatterSettings {
  lang: Lang;
  /** A site's choice of digits (e.g. ASCII digits on Dzongkha pages); default per language. */
  digits?: DigitSystem;
  /** A site's choice of grouping for numbers and Ngultrum; default per language. */
  grouping?: Grouping;
  overrides?: Overrides;
}

/**
 * All formatters bound to one language and a site's settings, so a template sets them once:
 * `const format = createFormatter({ lang: 'dz', digits: 'latn' }); format.date(updated, 'full')`.
 */
export function createFormatter(settings: FormatterSettings) {
  const { lang, digits, grouping, overrides } = settings;
  const shared = { lang, ...(digits ? { digits } : {}) };
  const numeric = { ...shared, ...(grouping ? { grouping } : {}) };
  const relative = (input: DateInput, now?: DateInput) =>
    formatRelative(input, { ...shared, ...(now === undefined ? {} : { now }), ...(overrides ? { overrides } : {}) });
  return {
    date: (input: DateInput, style?: DateStyle) => formatDate(input, { ...shared, ...(style ? { style } : {}) }),
    time: (input: DateInput, clock?: 12 | 24) => formatTime(input, { ...shared, ...(clock ? { clock } : {}) }),
    number: (value: number, options: Omit<NumberOptions, 'lang'> = {}) =>
      formatNumber(value, { ...numeric, ...options }),
    ngultrum: (amount: number) => formatNgultrum(amount, numeric),
    fileSize: (bytes: number) => formatFileSize(bytes, shared),
    relative,
    /** "Updated 3 days ago" / "ཉིནམ་ ༣ ཧེ་མ་ དུས་མཐུན་བཟོ་ཡི།", for last-updated lines. */
    updated: (input: DateInput, now?: DateInput) =>
      translate('time.updated', lang, { when: relative(input, now) }, overrides),
  };
}
