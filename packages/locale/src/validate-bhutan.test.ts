import { describe, expect, it } from 'vitest';
import {
  isValidCid,
  isValidNgultrum,
  isValidPhone,
  isValidPostcode,
  normaliseCid,
  normaliseNgultrum,
  normalisePhone,
  normalisePostcode,
} from './validate-bhutan.ts';

describe('Bhutanese form input', () => {
  it('reads Citizenship ID numbers written with spaces, hyphens or Tibetan digits', () => {
    expect(normaliseCid('116 0200 1234')).toBe('11602001234');
    expect(normaliseCid('༡༡༦༠༢༠༠༡༢༣༤')).toBe('11602001234');
    expect(isValidCid(normaliseCid('116-0200-1234'))).toBe(true);
    expect(isValidCid(normaliseCid('1160200123'))).toBe(false);
    expect(isValidCid(normaliseCid('11602OO1234'))).toBe(false);
  });

  it('normalises mobile and landline numbers to +975 E.164 and rejects others', () => {
    expect(normalisePhone('17 12 34 56')).toBe('+97517123456');
    expect(normalisePhone('+975-77-123456')).toBe('+97577123456');
    expect(normalisePhone('00975 2 321234')).toBe('+9752321234');
    expect(normalisePhone('02 321234')).toBe('+9752321234');
    expect(normalisePhone('༡༧༡༢༣༤༥༦')).toBe('+97517123456');
    expect(isValidPhone(normalisePhone('17 12 34 56'))).toBe(true);
    expect(isValidPhone(normalisePhone('18 12 34 56'))).toBe(false);
    expect(isValidPhone(normalisePhone('+91 98765 43210'))).toBe(false);
  });

  it('checks 5-digit postcodes', () => {
    expect(isValidPostcode(normalisePostcode('11001'))).toBe(true);
    expect(isValidPostcode(normalisePostcode('༡༡༠༠༡'))).toBe(true);
    expect(isValidPostcode(normalisePostcode('1100'))).toBe(false);
  });

  it('reads Ngultrum amounts with prefix, Indian grouping and chhertum', () => {
    expect(normaliseNgultrum('Nu. 1,500.50')).toBe('1500.50');
    expect(normaliseNgultrum('1,00,000')).toBe('100000');
    expect(normaliseNgultrum('༡༥༠༠')).toBe('1500');
    expect(isValidNgultrum(normaliseNgultrum('Nu 12.5'))).toBe(true);
    expect(isValidNgultrum(normaliseNgultrum('12.505'))).toBe(false);
    expect(isValidNgultrum(normaliseNgultrum('-5'))).toBe(false);
    expect(isValidNgultrum(normaliseNgultrum('five'))).toBe(false);
  });
});
