import type { CatalogueDomain } from '../types.ts';

/** Strings of the form controls (labels, hints, errors). Owned by the form controls in @druk/components. */
export const forms = {
  'form.error-summary.title': { en: 'There is a problem', dz: 'དཀའ་ངལ་ཅིག་ཡོདཔ་ཨིན།', review: true },
} as const satisfies CatalogueDomain;
