import { describe, expect, it } from 'vitest';
import { reviewWorksheet } from './review.ts';
import { reviewPending } from './translate.ts';

describe('reviewWorksheet', () => {
  it('lists every string awaiting review, with its English, and counts them', () => {
    const sheet = reviewWorksheet();
    expect(sheet).toMatch(new RegExp(`^${reviewPending().length} of \\d+ strings\\.`, 'm'));
    expect(sheet).toContain('| `validation.cid.length` | A Citizenship ID number has 11 digits |');
    // Reviewed (or CLDR-sourced) strings are not on the sheet.
    expect(sheet).not.toContain('`language.dz`');
  });
});
