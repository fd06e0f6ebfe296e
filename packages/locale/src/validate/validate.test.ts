import { describe, expect, it } from 'vitest';
import { translate } from '../translate.ts';
import { maskCid, normalizeText, validateCid, validatePhone, validatePostcode } from './validate.ts';

describe('validateCid', () => {
  it.each([
    ['11410002581', '11410002581'],
    ['114 1000 2581', '11410002581'],
    ['114-10002-581', '11410002581'],
    ['༡༡༤༡༠༠༠༢༥༨༡', '11410002581'],
    [' 11410002581 ', '11410002581'],
  ])('accepts %j as %s', (input, value) => {
    expect(validateCid(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'validation.cid.empty'],
    ['   ', 'validation.cid.empty'],
    ['1141000258', 'validation.cid.length'],
    ['114100025811', 'validation.cid.length'],
    ['1141000258O', 'validation.cid.characters'],
  ] as const)('rejects %j with %s', (input, error) => {
    expect(validateCid(input)).toEqual({ ok: false, error });
  });

  it('warns, without blocking, when digits 2–3 are not a dzongkhag code', () => {
    expect(validateCid('12510002581')).toEqual({
      ok: true,
      value: '12510002581',
      warning: 'validation.cid.dzongkhag-code',
    });
  });

  it('has a message for every error in both languages', () => {
    expect(translate('validation.cid.length', 'en')).toBe('A Citizenship ID number has 11 digits');
    expect(translate('validation.cid.length', 'dz')).toMatch(/[\u0F00-\u0FFF]/);
  });

  it('masks a CID for display', () => {
    expect(maskCid('11410002581')).toBe('114•••••581');
  });
});

describe('validatePhone', () => {
  it.each([
    ['+975 17 12 34 56', '+97517123456', '+975 17 12 34 56', 'mobile'],
    ['17123456', '+97517123456', '+975 17 12 34 56', 'mobile'],
    ['0097517123456', '+97517123456', '+975 17 12 34 56', 'mobile'],
    ['77-12-34-56', '+97577123456', '+975 77 12 34 56', 'mobile'],
    ['87123456', '+97587123456', '+975 87 12 34 56', 'mobile'],
    ['16 123 456', '+97516123456', '+975 16 12 34 56', 'mobile'],
    ['༡༧༡༢༣༤༥༦', '+97517123456', '+975 17 12 34 56', 'mobile'],
    // As written on government sites: trunk 0, hyphens, 00 prefix.
    ['02-322123', '+9752322123', '+975 2 322 123', 'fixed'],
    ['08-478205', '+9758478205', '+975 8 478 205', 'fixed'],
    ['00975-2-324217', '+9752324217', '+975 2 324 217', 'fixed'],
    ['+975 (2) 322 123', '+9752322123', '+975 2 322 123', 'fixed'],
  ] as const)('accepts %j', (input, value, display, kind) => {
    expect(validatePhone(input)).toEqual({ ok: true, value, display, kind });
  });

  it.each([
    ['', 'validation.phone.empty'],
    ['17 12 34 5x', 'validation.phone.characters'],
    ['+91 98765 43210', 'validation.phone.country'],
    ['0091 9876543210', 'validation.phone.country'],
    ['1712345', 'validation.phone.prefix'],
    ['171234567', 'validation.phone.length'],
    ['12345678', 'validation.phone.prefix'],
    ['9123456', 'validation.phone.prefix'],
  ] as const)('rejects %j with %s', (input, error) => {
    expect(validatePhone(input)).toEqual({ ok: false, error });
  });
});

describe('validatePostcode', () => {
  it.each([
    ['11001', '11001'],
    [' 21101 ', '21101'],
    ['༡༡༠༠༡', '11001'],
  ])('accepts %j', (input, value) => {
    expect(validatePostcode(input)).toEqual({ ok: true, value });
  });
  it.each([
    ['', 'validation.postcode.empty'],
    ['1100', 'validation.postcode.format'],
    ['11001-1', 'validation.postcode.format'],
    ['BT-11001', 'validation.postcode.format'],
  ] as const)('rejects %j with %s', (input, error) => {
    expect(validatePostcode(input)).toEqual({ ok: false, error });
  });
});

describe('normalizeText', () => {
  it('composes to NFC', () => {
    // "é" typed as e + combining acute, and a Tibetan vowel sign pair that NFC reorders to its canonical form.
    expect(normalizeText('e\u0301')).toBe('\u00e9');
    expect(normalizeText('\u0F40\u0F74\u0F71')).toBe('\u0F40\u0F71\u0F74');
  });
});
