// The same examples as format.test.ts, in Chromium: its ICU has no `dz` data, so this is where
// an accidental use of Intl for Dzongkha would show.
import { describe, expect, it } from 'vitest';
import { formatDate, formatTime } from './date.ts';
import {
  RELATIVE_NOW,
  currencyExamples,
  dateExamples,
  fileSizeExamples,
  numberExamples,
  relativeExamples,
  timeExamples,
} from './examples.ts';
import { formatRelative } from './relative.ts';
import { formatFileSize, formatNgultrum, formatNumber } from './number.ts';

describe('formatting in the browser matches Node', () => {
  it('runs where Intl has no Dzongkha', () => {
    expect(Intl.DateTimeFormat.supportedLocalesOf(['dz'])).toEqual([]);
  });
  it.each(dateExamples)('date %s %j -> %s', (input, options, expected) => {
    expect(formatDate(input, options)).toBe(expected);
  });
  it.each(timeExamples)('time %s %j -> %s', (input, options, expected) => {
    expect(formatTime(input, options)).toBe(expected);
  });
  it.each(numberExamples)('number %d %j -> %s', (value, options, expected) => {
    expect(formatNumber(value, options)).toBe(expected);
  });
  it.each(currencyExamples)('Nu. %d %j -> %s', (value, options, expected) => {
    expect(formatNgultrum(value, options)).toBe(expected);
  });
  it.each(fileSizeExamples)('%d bytes (%s) -> %s', (bytes, lang, expected) => {
    expect(formatFileSize(bytes, { lang })).toBe(expected);
  });
  it.each(relativeExamples)('relative %s (%s) -> %s', (date, lang, expected) => {
    expect(formatRelative(date, { now: RELATIVE_NOW, lang })).toBe(expected);
  });
});
