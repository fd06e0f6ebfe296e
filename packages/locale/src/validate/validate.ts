import type { MessageKey } from '../catalogue/index.ts';
import { toAsciiDigits } from '../format/digits.ts';

/**
 * What every validator returns: the normalised value (what to store), or the catalogue id
 * of the message that says what is wrong. A valid value may carry a `warning` that should
 * be shown but must not block the form.
 */
export type Validation<Extra extends object = object> =
  ({ ok: true; value: string; warning?: MessageKey } & Extra) | { ok: false; error: MessageKey };

/** Unicode NFC: the same text typed on different keyboards compares and stores equal. */
export function normalizeText(input: string): string {
  return input.normalize('NFC');
}

const SEPARATORS = /[\s\u00A0\-‐‑‒–—.]/g;

/**
 * Citizenship ID: 11 digits once spaces and hyphens are removed and Tibetan digits are
 * converted. No check digit is tested because none is published; a number whose digits 2–3
 * are not a dzongkhag code (01–20) is accepted with a warning, because census transfers
 * produce such numbers.
 */
export function validateCid(input: string): Validation {
  const digits = toAsciiDigits(normalizeText(input)).replace(SEPARATORS, '');
  if (digits === '') return { ok: false, error: 'validation.cid.empty' };
  if (!/^\d+$/.test(digits)) return { ok: false, error: 'validation.cid.characters' };
  if (digits.length !== 11) return { ok: false, error: 'validation.cid.length' };
  const dzongkhag = Number(digits.slice(1, 3));
  return dzongkhag >= 1 && dzongkhag <= 20
    ? { ok: true, value: digits }
    : { ok: true, value: digits, warning: 'validation.cid.dzongkhag-code' };
}

/** Masks a Citizenship ID for display, keeping the first 3 and last 3 digits: `114•••••581`. */
export function maskCid(cid: string): string {
  return `${cid.slice(0, 3)}${'•'.repeat(Math.max(0, cid.length - 6))}${cid.slice(-3)}`;
}

/** B-Mobile 16/17, TashiCell 77, and 87 (in libphonenumber's current Bhutan metadata). */
const MOBILE = /^(?:1[67]|[78]7)\d{6}$/;
/** Fixed lines: a one-digit area code then six digits (libphonenumber's Bhutan ranges). */
const FIXED = /^(?:2[3-6]|[34][5-7]|5[236]|6[2-46]|7[246]|8[2-4])\d{5}$/;

export type PhoneKind = 'mobile' | 'fixed';

/**
 * A Bhutan phone number, however it is written: `+975 17 12 34 56`, `0097517123456`,
 * `17-12-34-56`, `02-322123` (trunk 0), `༡༧༡༢༣༤༥༦`. Returns E.164 as `value`
 * (`+97517123456`), the display form (`+975 17 12 34 56`, `+975 2 322 123`) and the kind.
 */
export function validatePhone(input: string): Validation<{ display: string; kind: PhoneKind }> {
  const text = toAsciiDigits(normalizeText(input)).replace(/[()]/g, '').replace(SEPARATORS, '');
  if (text === '') return { ok: false, error: 'validation.phone.empty' };
  if (!/^\+?\d+$/.test(text)) return { ok: false, error: 'validation.phone.characters' };
  let national: string;
  if (text.startsWith('+') || text.startsWith('00')) {
    const international = text.startsWith('+') ? text.slice(1) : text.slice(2);
    if (!international.startsWith('975')) return { ok: false, error: 'validation.phone.country' };
    national = international.slice(3);
  } else {
    national = text;
  }
  // The trunk 0 of local notation ("02-322123", "08-478205"); it is never part of the number.
  if (national.startsWith('0')) national = national.slice(1);
  if (national.length !== 7 && national.length !== 8) return { ok: false, error: 'validation.phone.length' };
  if (national.length === 8 && MOBILE.test(national)) {
    const pairs = national.match(/\d\d/g) as string[];
    return { ok: true, value: `+975${national}`, display: `+975 ${pairs.join(' ')}`, kind: 'mobile' };
  }
  if (national.length === 7 && FIXED.test(national)) {
    const display = `+975 ${national.slice(0, 1)} ${national.slice(1, 4)} ${national.slice(4)}`;
    return { ok: true, value: `+975${national}`, display, kind: 'fixed' };
  }
  return { ok: false, error: 'validation.phone.prefix' };
}

/** Bhutan Post postcode: 5 digits (region, dzongkhag, dungkhag, delivery area), e.g. 11001. */
export function validatePostcode(input: string): Validation {
  const text = toAsciiDigits(normalizeText(input)).replace(/\s/g, '');
  if (text === '') return { ok: false, error: 'validation.postcode.empty' };
  if (!/^\d{5}$/.test(text)) return { ok: false, error: 'validation.postcode.format' };
  return { ok: true, value: text };
}
