import { z } from 'zod';

/** Bhutan Time is UTC+6 all year (no daylight saving). */
const BHUTAN_OFFSET = '+06:00';
/** YYYY-MM-DD with an optional HH:MM; the editor shows fields with this pattern as date pickers. */
export const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?$/;

/**
 * A date in front matter, as a webmaster writes it: `2026-11-28`, or `2026-11-28 14:00` for a
 * closing time. Read as Bhutan Time. A date without a time means the start of the day, or with
 * `endOfDay` (closing dates) the last second of that day, so a tender closing "2026-12-01" is open
 * all of 1 December.
 */
export function bhutanDate({ endOfDay = false } = {}) {
  return z
    .string({ error: 'write a date as YYYY-MM-DD (in quotes or not), e.g. 2026-11-28' })
    .regex(DATE, 'write a date as YYYY-MM-DD or YYYY-MM-DD HH:MM, e.g. 2026-11-28')
    .transform((text, context) => {
      const [, year, month, day, hour, minute] = DATE.exec(text) as RegExpExecArray;
      const time = hour ? `${hour}:${minute}:00` : endOfDay ? '23:59:59' : '00:00:00';
      const date = new Date(`${year}-${month}-${day}T${time}${BHUTAN_OFFSET}`);
      if (Number.isNaN(date.getTime()) || bhutanDay(date) !== `${year}-${month}-${day}`) {
        context.addIssue({ code: 'custom', message: `${text} is not a real date` });
        return z.NEVER;
      }
      return date;
    });
}

/** The calendar day of `date` in Bhutan, as YYYY-MM-DD (for <time datetime> and sitemaps). */
export function bhutanDay(date: Date): string {
  return new Date(date.getTime() + 6 * 3600_000).toISOString().slice(0, 10);
}

/**
 * "Now" for a build: DRUK_BUILD_DATE (YYYY-MM-DD, for reproducible builds and tests) or the
 * clock. Closing dates are compared with it, so archived items move at build time.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): Date {
  const fixed = env.DRUK_BUILD_DATE;
  if (!fixed) return new Date();
  const parsed = bhutanDate().safeParse(fixed);
  if (!parsed.success) throw new Error(`DRUK_BUILD_DATE="${fixed}" is not a date (YYYY-MM-DD or YYYY-MM-DD HH:MM).`);
  return parsed.data;
}
