import type { Lang } from '../types.ts';
import type { DateOptions, TimeOptions } from './date.ts';
import type { NumberOptions, CurrencyOptions } from './number.ts';

/**
 * Real examples with their expected text, shared by the Node test and the browser test so
 * that both runtimes are held to the same output.
 */
export const dateExamples: [input: string, options: DateOptions, expected: string][] = [
  // Sunday 22 November 2026: CLDR's dz data would call it Monday (གཟའ་ཟླ་བ་).
  ['2026-11-22', { lang: 'en', style: 'full' }, 'Sunday 22 November 2026'],
  ['2026-11-22', { lang: 'en' }, '22 November 2026'],
  ['2026-11-22', { lang: 'en', style: 'medium' }, '22 Nov 2026'],
  ['2026-11-22', { lang: 'dz', style: 'full' }, 'གཟའ་ཉི་མ་, སྤྱི་ལོ་༢༠༢༦ ཟླ་བཅུ་གཅིག་པ་ ཚེས་༢༢'],
  ['2026-11-22', { lang: 'dz' }, 'སྤྱི་ལོ་༢༠༢༦ ཟླ་བཅུ་གཅིག་པ་ ཚེས་༢༢'],
  ['2026-11-22', { lang: 'dz', style: 'medium' }, 'སྤྱི་ལོ་༢༠༢༦ ཟླ་༡༡ ཚེས་༢༢'],
  ['2026-11-22', { lang: 'dz', digits: 'latn' }, 'སྤྱི་ལོ་2026 ཟླ་བཅུ་གཅིག་པ་ ཚེས་22'],
  // National Day, a Thursday; CLDR would print Friday.
  ['2026-12-17', { lang: 'dz', style: 'full' }, 'གཟའ་ཕུར་བུ་, སྤྱི་ལོ་༢༠༢༦ ཟླ་བཅུ་གཉིས་པ་ ཚེས་༡༧'],
  // Month 4 and 6 keep their final tsheg (CLDR drops it).
  ['2026-04-05', { lang: 'dz' }, 'སྤྱི་ལོ་༢༠༢༦ ཟླ་བཞི་པ་ ཚེས་༠༥'],
  ['2026-06-30', { lang: 'dz' }, 'སྤྱི་ལོ་༢༠༢༦ ཟླ་དྲུག་པ་ ཚེས་༣༠'],
  // 20:00 UTC on 21 November is 02:00 on the 22nd in Thimphu (UTC+6).
  ['2026-11-21T20:00:00Z', { lang: 'en', style: 'full' }, 'Sunday 22 November 2026'],
  ['2026-11-21T20:00:00Z', { style: 'iso' }, '2026-11-22'],
];

export const timeExamples: [input: string, options: TimeOptions, expected: string][] = [
  ['2026-11-22T15:46:00+06:00', {}, '3:46 pm'],
  ['2026-11-22T15:46:00+06:00', { clock: 24 }, '15:46'],
  ['2026-11-22T00:05:00+06:00', {}, '12:05 am'],
  ['2026-11-22T12:00:00+06:00', {}, '12:00 pm'],
  // 11:00 UTC is 17:00 in Thimphu, the usual closing time of a tender.
  ['2026-11-22T11:00:00Z', { clock: 24 }, '17:00'],
  ['2026-11-22T15:46:00+06:00', { lang: 'dz' }, 'ཆུ་ཚོད་ ༣ སྐར་མ་ ༤༦ ཕྱི་ཆ་'],
  ['2026-11-22T09:00:00+06:00', { lang: 'dz' }, 'ཆུ་ཚོད་ ༩ སྐར་མ་ ༠༠ སྔ་ཆ་'],
  ['2026-11-22T17:00:00+06:00', { lang: 'dz', clock: 24 }, 'ཆུ་ཚོད་ ༡༧ སྐར་མ་ ༠༠'],
];

export const numberExamples: [value: number, options: NumberOptions, expected: string][] = [
  [1234567.5, {}, '1,234,567.5'],
  [1234567.5, { lang: 'dz' }, '༡༢,༣༤,༥༦༧.༥'],
  [1234567.5, { lang: 'dz', digits: 'latn' }, '12,34,567.5'],
  [1234567.5, { lang: 'dz', grouping: 'international' }, '༡,༢༣༤,༥༦༧.༥'],
  [100000, { grouping: 'indian' }, '1,00,000'],
  [999, {}, '999'],
  [-1234.567, { maximumFractionDigits: 2 }, '-1,234.57'],
  [0.5, { minimumFractionDigits: 2 }, '0.50'],
  [-0.0001, { maximumFractionDigits: 2 }, '0'],
];

export const currencyExamples: [value: number, options: CurrencyOptions, expected: string][] = [
  [1234567.5, {}, 'Nu. 1,234,567.50'],
  [1234567.5, { grouping: 'indian' }, 'Nu. 12,34,567.50'],
  [1234567.5, { lang: 'dz' }, 'Nu. ༡༢,༣༤,༥༦༧.༥༠'],
  [200000, { grouping: 'indian' }, 'Nu. 2,00,000.00'],
  [100, {}, 'Nu. 100.00'],
  [-42.5, {}, '-Nu. 42.50'],
];

export const fileSizeExamples: [bytes: number, lang: 'en' | 'dz', expected: string][] = [
  [0, 'en', '0 B'],
  [512, 'en', '512 B'],
  [2_400_000, 'en', '2.4 MB'],
  [362_200, 'en', '362 KB'],
  [999_950, 'en', '1 MB'],
  [18_424, 'dz', '༡༨ KB'],
  [1_500_000_000, 'dz', '༡.༥ GB'],
];

/** Relative to 10:00 on Sunday 22 November 2026 in Thimphu. */
export const RELATIVE_NOW = '2026-11-22T10:00:00+06:00';

export const relativeExamples: [date: string, lang: Lang, expected: string][] = [
  ['2026-11-22T09:59:30+06:00', 'en', 'just now'],
  ['2026-11-22T09:59:00+06:00', 'en', '1 minute ago'],
  ['2026-11-22T09:15:00+06:00', 'en', '45 minutes ago'],
  ['2026-11-22T07:00:00+06:00', 'en', '3 hours ago'],
  // 23:00 the evening before is "yesterday", not "11 hours ago".
  ['2026-11-21T23:00:00+06:00', 'en', 'yesterday'],
  ['2026-11-21T23:00:00+06:00', 'dz', 'ཁ་ཙ་'],
  ['2026-11-19T12:00:00+06:00', 'en', '3 days ago'],
  ['2026-11-19T12:00:00+06:00', 'dz', 'ཉིནམ་ ༣ ཧེ་མ་'],
  ['2026-11-08T12:00:00+06:00', 'en', '2 weeks ago'],
  ['2026-08-01T12:00:00+06:00', 'en', '3 months ago'],
  ['2024-11-01T12:00:00+06:00', 'en', '2 years ago'],
  ['2026-11-23T12:00:00+06:00', 'en', 'tomorrow'],
  ['2026-11-25T12:00:00+06:00', 'en', 'in 3 days'],
  ['2026-11-25T12:00:00+06:00', 'dz', 'ཉིནམ་ ༣ ནང་'],
];
