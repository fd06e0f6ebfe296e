import type { MessageKey } from '../catalogue/index.ts';
import { translate, type Overrides } from '../translate.ts';
import type { Lang } from '../types.ts';
import { withDigits, type DigitSystem } from './digits.ts';
import { thimphuDay, type DateInput } from './date.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Unit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

export interface RelativeOptions {
  lang?: Lang;
  /** The moment to measure from; default now. Pass it in tests and at build time. */
  now?: DateInput;
  digits?: DigitSystem;
  overrides?: Overrides;
}

function toTime(input: DateInput): number {
  const time = input instanceof Date ? input.getTime() : typeof input === 'number' ? input : Date.parse(input);
  if (Number.isNaN(time)) throw new Error(`Invalid date: ${JSON.stringify(String(input))}.`);
  return time;
}

/** Whole calendar days (in Thimphu) from `now` back to `then`. */
function calendarDays(then: number, now: number): number {
  const a = thimphuDay(then);
  const b = thimphuDay(now);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY);
}

/**
 * "3 days ago", "yesterday", "in 2 weeks" / "ཉིནམ་ ༣ ཧེ་མ་", "ཁ་ཙ་", … Under a day it counts
 * minutes and hours; from one day on it counts calendar days in Thimphu, so something
 * published at 23:00 yesterday reads "yesterday", not "1 hour ago" the next morning at 00:30.
 * Wording comes from the `time.*` strings of the catalogue, so a site can override it.
 */
export function formatRelative(input: DateInput, options: RelativeOptions = {}): string {
  const lang = options.lang ?? 'en';
  const then = toTime(input);
  const now = toTime(options.now ?? Date.now());
  const elapsed = now - then;
  const days = calendarDays(then, now);
  const say = (key: MessageKey, count?: number) => {
    const text = translate(key, lang, count === undefined ? undefined : { count }, options.overrides);
    return withDigits(text, options.digits ?? (lang === 'dz' ? 'tibt' : 'latn'));
  };

  if (Math.abs(elapsed) < MINUTE) return say('time.now');
  if (days === 0 || Math.abs(elapsed) < HOUR) {
    if (Math.abs(elapsed) < HOUR) return phrase('minute', Math.round(elapsed / MINUTE));
    return phrase('hour', Math.round(elapsed / HOUR));
  }
  if (days === 1) return say('time.yesterday');
  if (days === -1) return say('time.tomorrow');
  const size = Math.abs(days);
  if (size < 7) return phrase('day', days);
  if (size < 30) return phrase('week', Math.trunc(days / 7));
  if (size < 365) return phrase('month', Math.trunc(days / 30.44) || Math.sign(days));
  return phrase('year', Math.trunc(days / 365.25) || Math.sign(days));

  function phrase(unit: Unit, signed: number): string {
    const count = Math.abs(signed);
    const key = `time.${unit}.${signed >= 0 ? 'past' : 'future'}.${count === 1 ? 'one' : 'other'}` as MessageKey;
    return say(key, count);
  }
}
