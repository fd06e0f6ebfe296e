import type { Lang } from '../types.ts';
import { DZONGKHAGS, THROMDES, type DzongkhagCode } from './data.ts';
import { GEWOGS } from './gewogs.ts';
import type { Gewog } from './types.ts';

export { DZONGKHAGS, THROMDES, GEWOGS };
export type { DzongkhagCode };
export type { DzongkhaStatus, Gewog } from './types.ts';
export type Dzongkhag = (typeof DZONGKHAGS)[number];
export type Thromde = (typeof THROMDES)[number];

const key = (text: string) =>
  text
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/[\s་]+$/u, '');

/**
 * Finds a dzongkhag by ISO code (`BT-15`), CLDR id (`bt15`), English name or common variant
 * (`Chukha`), or Dzongkha name (with or without the final tsheg), including the variant
 * spellings seen in sources.
 */
export function findDzongkhag(query: string): Dzongkhag | undefined {
  const wanted = key(query);
  return DZONGKHAGS.find((dzongkhag) => {
    const names: string[] = [dzongkhag.code, dzongkhag.cldr, dzongkhag.en, dzongkhag.dz, ...dzongkhag.enVariants];
    const seen = dzongkhag.dzVariantsSeen.match(/[\u0F00-\u0FFF]+/gu) ?? [];
    return [...names, ...seen].some((name) => key(name) === wanted);
  });
}

/** The name of a dzongkhag in one language. */
export function dzongkhagName(code: DzongkhagCode, lang: Lang): string {
  const dzongkhag = DZONGKHAGS.find((entry) => entry.code === code);
  if (!dzongkhag) throw new Error(`Unknown dzongkhag code "${code}"; codes are ISO 3166-2:BT, e.g. BT-15.`);
  return dzongkhag[lang];
}

/** The gewogs of a dzongkhag, or an empty list where none are recorded yet (see gewogs.ts). */
export function gewogsOf(code: DzongkhagCode): readonly Gewog[] {
  return GEWOGS[code] ?? [];
}
