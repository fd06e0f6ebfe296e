import { catalogue, toTibetanDigits } from '@druk/locale';

/**
 * Dzongkha that components and the search script may put on a page after it loads (validation
 * messages, result counts, states), none of it in the built HTML: every Dzongkha catalogue string
 * and the Tibetan digits its placeholders take. The font subset shapes it with the pages' text.
 */
export function scriptShownDzongkha(): string[] {
  return [...Object.values(catalogue).map((entry) => entry.dz), toTibetanDigits('0123456789')];
}
