// Amounts of Ngultrum as people type them into forms. The browser (druk-amount-input) and the server,
// which must check again because a form also submits without JavaScript, use the same two functions.
import { toAsciiDigits } from './format/digits.ts';

const PLAIN_AMOUNT = /^\d+(\.\d{1,2})?$/;

/**
 * An amount of Ngultrum as a plain decimal, "1500.50", from "Nu. 1,500.50", "Nu 1500", "༡༥༠༠",
 * "1,00,000" (Indian grouping). Returns the trimmed input unchanged when it is not an amount.
 */
export function normaliseNgultrum(text: string): string {
  const cleaned = toAsciiDigits(text)
    .trim()
    .replace(/^(Nu\.?|BTN|དངུལ་ཀྲམ་?)\s*/i, '')
    .replace(/[\s,]/g, '');
  return PLAIN_AMOUNT.test(cleaned) ? cleaned : text.trim();
}

/** Whether a normalised amount is a non-negative number of Ngultrum with at most 2 decimals (chhertum). */
export function isValidNgultrum(amount: string): boolean {
  return PLAIN_AMOUNT.test(amount);
}
