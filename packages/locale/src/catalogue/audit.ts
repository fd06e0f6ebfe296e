import type { CatalogueDomain } from '../types.ts';

/** Labels of the druk-audit reports. Owned by @druk/audit. */
export const audit = {
  'audit.report.title': { en: 'Website audit report', dz: 'ཝེབ་སའིཊ་ བརྟག་ཞིབ་ སྙན་ཞུ།', review: true },
} as const satisfies CatalogueDomain;
