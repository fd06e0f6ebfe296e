// Normalisers and checks for what people type into Bhutanese forms. Each normaliser accepts Tibetan
// digits (༠–༩, U+0F20–U+0F29) as well as ASCII ones, and the separators people write, and returns the
// form a server stores; each check works on the normalised form. Both run in the browser (the form
// controls) and on the server, which must check again because a form also submits without JavaScript.

import { toAsciiDigits } from './format/digits.ts';

/** Digits only, from digits written with spaces, hyphens or dots between groups. */
function digitsOnly(text: string): string {
  return toAsciiDigits(text).replace(/[\s\-.]/g, '');
}

/** A Citizenship ID number as its 11 digits: "116 0200 1234" -> "11602001234". */
export function normaliseCid(text: string): string {
  return digitsOnly(text);
}

/** Whether a normalised Citizenship ID number has the 11 digits of the printed card. */
export function isValidCid(cid: string): boolean {
  return /^\d{11}$/.test(cid);
}

/**
 * A Bhutanese phone number in E.164 form, "+97517123456", from the ways people write it:
 * "17 12 34 56", "+975-17-123456", "00975 2 321234", "02 321234" (the trunk 0 of a landline area code).
 * Returns the cleaned input unchanged when it is not a Bhutanese number, so the check can reject it.
 */
export function normalisePhone(text: string): string {
  const digits = digitsOnly(text).replace(/[()]/g, '');
  const national = digits.replace(/^(\+975|00975)/, '').replace(/^0(?=[2-8]\d{6}$)/, '');
  return isNationalNumber(national) ? `+975${national}` : digits;
}

/** Mobile numbers have 8 digits and start 16, 17 or 77; landlines have an area code 2–8 and 7 digits. */
function isNationalNumber(national: string): boolean {
  return /^(16|17|77)\d{6}$/.test(national) || /^[2-8]\d{6}$/.test(national);
}

/** Whether a normalised number (E.164) is a Bhutanese mobile or landline number. */
export function isValidPhone(phone: string): boolean {
  return phone.startsWith('+975') && isNationalNumber(phone.slice(4));
}

/** A postcode as its digits. */
export function normalisePostcode(text: string): string {
  return digitsOnly(text);
}

/** Bhutan Post postcodes have 5 digits. */
export function isValidPostcode(postcode: string): boolean {
  return /^\d{5}$/.test(postcode);
}

/**
 * An amount of Ngultrum as a plain decimal, "1500.50", from "Nu. 1,500.50", "Nu 1500", "༡༥༠༠",
 * "1,00,000" (Indian grouping). Returns the cleaned input unchanged when it is not an amount.
 */
export function normaliseNgultrum(text: string): string {
  const cleaned = toAsciiDigits(text)
    .trim()
    .replace(/^(Nu\.?|BTN|དངུལ་ཀྲམ་?)\s*/i, '')
    .replace(/[\s,]/g, '');
  return /^\d+(\.\d{1,2})?$/.test(cleaned) ? cleaned : text.trim();
}

/** Whether a normalised amount is a non-negative number of Ngultrum with at most 2 decimals (chhertum). */
export function isValidNgultrum(amount: string): boolean {
  return /^\d+(\.\d{1,2})?$/.test(amount);
}
