import type { CatalogueDomain } from '../types.ts';

/** Strings of the Lit components (masthead, header, footer, skip link, …). Owned by @druk/components. */
export const components = {
  'masthead.official': {
    en: 'An official website of the Royal Government of Bhutan',
    dz: 'འབྲུག་རྒྱལ་གཞུང་གི་ གཞུང་འབྲེལ་ཝེབ་སའིཊ།',
    review: true,
  },
  'skip-link.label': { en: 'Skip to main content', dz: 'གཙོ་བོའི་ནང་དོན་ལུ་ མཆོངས།', review: true },
} as const satisfies CatalogueDomain;
