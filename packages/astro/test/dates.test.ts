import { describe, expect, it } from 'vitest';
import { bhutanDate, bhutanDay, buildDate } from '../src/content/dates.ts';

describe('front-matter dates in Bhutan Time', () => {
  it('reads a day as midnight in Bhutan (UTC+6)', () => {
    expect(bhutanDate().parse('2026-11-28').toISOString()).toBe('2026-11-27T18:00:00.000Z');
  });

  it('reads a closing day as its last second, so the item is open all day', () => {
    expect(bhutanDate({ endOfDay: true }).parse('2026-12-01').toISOString()).toBe('2026-12-01T17:59:59.000Z');
  });

  it('reads a closing time', () => {
    expect(bhutanDate({ endOfDay: true }).parse('2026-12-22 12:00').toISOString()).toBe('2026-12-22T06:00:00.000Z');
  });

  it('rejects dates that do not exist and other formats', () => {
    expect(bhutanDate().safeParse('2026-02-30').success).toBe(false);
    expect(bhutanDate().safeParse('28/11/2026').success).toBe(false);
    expect(bhutanDate().safeParse(20261128).success).toBe(false);
  });

  it('gives the Bhutan calendar day of an instant', () => {
    expect(bhutanDay(new Date('2026-11-27T19:30:00Z'))).toBe('2026-11-28');
  });

  it('takes the build date from DRUK_BUILD_DATE, and explains a bad one', () => {
    expect(bhutanDay(buildDate({ DRUK_BUILD_DATE: '2027-01-05' }))).toBe('2027-01-05');
    expect(() => buildDate({ DRUK_BUILD_DATE: 'tomorrow' })).toThrow(/DRUK_BUILD_DATE="tomorrow"/);
  });
});
