// Dates as Bhutanese government sites write them: ISO, "28 November 2026", "Nov 28, 2026", day-first
// "28/11/2026" or "28.11.2026", with English or Tibetan digits.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

/** Tibetan digits (U+0F20–U+0F29) to ASCII, so "༢༠༢༦" reads as 2026. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0F20-\u0F29]/g, (digit) => String(digit.charCodeAt(0) - 0x0f20));
}

const PATTERNS: { regex: RegExp; toIso(match: RegExpExecArray): string | undefined }[] = [
  {
    regex: /\b(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]\d{2}:\d{2}(?::\d{2})?)?/g,
    toIso: (m) => iso(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    regex: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME}\\.?,?\\s+(\\d{4})\\b`, 'gi'),
    toIso: (m) => iso(Number(m[3]), monthNumber(m[2]), Number(m[1])),
  },
  {
    regex: new RegExp(`\\b${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'),
    toIso: (m) => iso(Number(m[3]), monthNumber(m[1]), Number(m[2])),
  },
  {
    // Day first, as in Bhutan and the UK.
    regex: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g,
    toIso: (m) => iso(Number(m[3]), Number(m[2]), Number(m[1])),
  },
];

function monthNumber(name: string | undefined): number {
  return MONTHS.indexOf((name ?? '').slice(0, 3).toLowerCase()) + 1;
}

function iso(year: number, month: number, day: number): string | undefined {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

export interface FoundDate {
  iso: string;
  /** Index in the text, to relate the date to a label before it. */
  index: number;
  text: string;
}

/** Every date in a text, in order of appearance. */
export function findDates(text: string): FoundDate[] {
  const ascii = asciiDigits(text);
  const found: FoundDate[] = [];
  for (const { regex, toIso } of PATTERNS) {
    regex.lastIndex = 0;
    for (let match = regex.exec(ascii); match; match = regex.exec(ascii)) {
      const value = toIso(match);
      if (value && !found.some((other) => other.index === match.index)) {
        found.push({ iso: value, index: match.index, text: match[0] });
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

export function parseDate(text: string): string | undefined {
  return findDates(text)[0]?.iso;
}

/** Dates that follow a label (within `window` characters), e.g. the date after "Closing date:". */
export function datesAfter(text: string, label: RegExp, window = 60): FoundDate[] {
  const ascii = asciiDigits(text);
  const results: FoundDate[] = [];
  const flags = label.flags.includes('g') ? label.flags : `${label.flags}g`;
  const regex = new RegExp(label.source, flags);
  for (let match = regex.exec(ascii); match; match = regex.exec(ascii)) {
    const start = match.index + match[0].length;
    const date = findDates(ascii.slice(start, start + window))[0];
    if (date) results.push({ ...date, index: start + date.index });
  }
  return results;
}

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(toIso) - Date.parse(fromIso)) / 86_400_000);
}
