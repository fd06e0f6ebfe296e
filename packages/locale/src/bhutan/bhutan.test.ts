import { describe, expect, it } from 'vitest';
import { DZONGKHAGS, GEWOGS, THROMDES, dzongkhagName, findDzongkhag, gewogsOf } from './index.ts';

const TIBETAN = /^[\u0F00-\u0FFF]+$/u;

describe('dzongkhags and thromdes', () => {
  it('has the 20 dzongkhags with unique ISO 3166-2:BT codes and CID codes 01–20 in alphabetical order', () => {
    expect(DZONGKHAGS).toHaveLength(20);
    expect(new Set(DZONGKHAGS.map((d) => d.code)).size).toBe(20);
    expect(DZONGKHAGS.every((d) => /^BT-(\d\d|GA|TY)$/.test(d.code))).toBe(true);
    expect(DZONGKHAGS.map((d) => d.cidCode)).toEqual(
      Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    // The CID order is alphabetical ignoring spaces and case (Trashigang 15, Trashi Yangtse 16).
    const english = DZONGKHAGS.map((d) => d.en.replaceAll(' ', '').toLowerCase());
    expect(english).toEqual([...english].sort());
  });

  it('has the 4 thromdes, each in a known dzongkhag', () => {
    expect(THROMDES.map((t) => t.en)).toEqual([
      'Thimphu Thromde',
      'Phuentsholing Thromde',
      'Gelephu Thromde',
      'Samdrup Jongkhar Thromde',
    ]);
    for (const thromde of THROMDES) expect(findDzongkhag(thromde.dzongkhag)).toBeDefined();
  });

  it('keeps every Dzongkha spelling flagged until DDC confirms it', () => {
    expect(DZONGKHAGS.every((d) => d.dzStatus === 'unconfirmed' && TIBETAN.test(d.dz))).toBe(true);
    expect(THROMDES.every((t) => t.dzStatus === 'composed' && t.dz.endsWith('ཁྲོམ་སྡེ་'))).toBe(true);
  });

  it('finds a dzongkhag by code, English name or variant, and Dzongkha spelling or variant', () => {
    expect(findDzongkhag('BT-15')?.en).toBe('Thimphu');
    expect(findDzongkhag('thimphu')?.code).toBe('BT-15');
    expect(findDzongkhag('Chukha')?.code).toBe('BT-12');
    expect(findDzongkhag('ཐིམ་ཕུ')?.code).toBe('BT-15');
    expect(findDzongkhag('ཐིམ་ཕུག་')?.code).toBe('BT-15');
    expect(findDzongkhag('གཞལམ་སྒང་')?.code).toBe('BT-34');
    expect(findDzongkhag('Atlantis')).toBeUndefined();
    expect(dzongkhagName('BT-33', 'dz')).toBe('བུམ་ཐང་');
  });
});

describe('gewogs', () => {
  it('has the 8 gewogs of Zhemgang from the Dzongkha Wikipedia sample, in Tibetan script', () => {
    const zhemgang = gewogsOf('BT-34');
    expect(zhemgang).toHaveLength(8);
    expect(zhemgang.every((g) => TIBETAN.test(g.dz.replaceAll('་', '')) && g.source.length > 0)).toBe(true);
    expect(gewogsOf('BT-15')).toEqual([]);
  });

  it('records gewogs only under known dzongkhag codes', () => {
    for (const code of Object.keys(GEWOGS)) expect(findDzongkhag(code)).toBeDefined();
  });
});
