/** Which digits numbers are written with: ASCII (`latn`) or Tibetan (`tibt`, U+0F20–U+0F29). */
export type DigitSystem = 'latn' | 'tibt';

const TIBETAN_ZERO = 0x0f20;
const TIBETAN_DIGIT = /[\u0F20-\u0F29]/g;
const ASCII_DIGIT = /[0-9]/g;

/** ༢༠༢༦ -> 2026. Other characters are left as they are. */
export function toAsciiDigits(text: string): string {
  return text.replace(TIBETAN_DIGIT, (digit) => String(digit.charCodeAt(0) - TIBETAN_ZERO));
}

/** 2026 -> ༢༠༢༦. Other characters are left as they are. */
export function toTibetanDigits(text: string): string {
  return text.replace(ASCII_DIGIT, (digit) => String.fromCharCode(TIBETAN_ZERO + Number(digit)));
}

export function withDigits(text: string, digits: DigitSystem): string {
  return digits === 'tibt' ? toTibetanDigits(text) : toAsciiDigits(text);
}
