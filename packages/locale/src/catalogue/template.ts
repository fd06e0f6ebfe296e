import type { CatalogueDomain } from '../types.ts';

/** Strings of the site template chrome (navigation, page types, footer). Owned by the site template. */
export const template = {
  'template.home': { en: 'Home', dz: 'གདོང་ཤོག', review: true },
} as const satisfies CatalogueDomain;
