import { describe, expect, it } from 'vitest';
import { isValidNgultrum, normaliseNgultrum } from './validate-ngultrum.ts';

describe('Ngultrum amounts', () => {
  it('reads the Nu. prefix, Indian grouping, chhertum and Tibetan digits', () => {
    expect(normaliseNgultrum('Nu. 1,500.50')).toBe('1500.50');
    expect(normaliseNgultrum('1,00,000')).toBe('100000');
    expect(normaliseNgultrum('༡༥༠༠')).toBe('1500');
    expect(normaliseNgultrum('BTN 20')).toBe('20');
  });

  it('rejects negative amounts, more than 2 decimals and words', () => {
    expect(isValidNgultrum(normaliseNgultrum('Nu 12.5'))).toBe(true);
    expect(isValidNgultrum(normaliseNgultrum('12.505'))).toBe(false);
    expect(isValidNgultrum(normaliseNgultrum('-5'))).toBe(false);
    expect(isValidNgultrum(normaliseNgultrum('five'))).toBe(false);
  });
});
