import { describe, expect, it } from 'vitest';
import { renderFormControl } from './server.ts';

/** The markup without Lit's hydration comments, for readable assertions. */
function clean(markup: string): string {
  return markup.replace(/<!--[^>]*-->/g, '').replace(/\s+/g, ' ');
}

describe('renderFormControl', () => {
  it('writes label, hint, error and a named native input in the light DOM, tied by ids', async () => {
    const markup = clean(
      await renderFormControl('druk-input', {
        attributes: {
          name: 'full-name',
          label: 'Full name',
          hint: 'As on your CID card',
          error: 'Enter your full name',
          required: true,
        },
      }),
    );
    expect(markup).toMatch(/^<druk-input name="full-name"/);
    expect(markup).not.toContain('shadowroot');
    expect(markup).toContain('<label class="druk-label" for="full-name">Full name</label>');
    expect(markup).toContain('id="full-name-hint"');
    expect(markup).toContain('id="full-name-error"');
    expect(markup).toMatch(
      /<input[^>]*name="full-name"[^>]*required[^>]*aria-describedby="full-name-hint full-name-error"/,
    );
    expect(markup).toContain('aria-invalid="true"');
  });

  it('writes Dzongkha labels when rendered in Dzongkha', async () => {
    const markup = clean(
      await renderFormControl('druk-date-input', { attributes: { name: 'dob', label: 'སྐྱེས་ཚེས།' }, lang: 'dz' }),
    );
    expect(markup).toContain('lang="dz"');
    expect(markup).toContain('<legend class="druk-fieldset__legend">སྐྱེས་ཚེས།</legend>');
    for (const part of ['ཚེས།', 'ཟླ་བ།', 'ལོ།']) expect(markup).toContain(`>${part}</label>`);
    for (const name of ['dob-day', 'dob-month', 'dob-year']) expect(markup).toContain(`name="${name}"`);
  });

  it('writes the options of a select with the initial one selected', async () => {
    const options = JSON.stringify([
      { value: 'paro', label: 'Paro' },
      { value: 'haa', label: 'Haa' },
    ]);
    const markup = clean(
      await renderFormControl('druk-select', {
        attributes: { name: 'dzongkhag', label: 'Dzongkhag', options, value: 'haa' },
      }),
    );
    expect(markup).toMatch(/<option value="haa" selected/);
    expect(markup).not.toMatch(/<option value="paro" selected/);
  });

  it('writes an error summary as links to the fields', async () => {
    const errors = JSON.stringify([{ href: '#cid', text: 'Enter a Citizenship ID number of 11 digits' }]);
    const markup = clean(await renderFormControl('druk-error-summary', { attributes: { errors } }));
    expect(markup).toContain('There is a problem');
    expect(markup).toMatch(/<a href="#cid"\s*>Enter a Citizenship ID number of 11 digits<\/a/);
  });

  it('refuses elements that are not form controls, and options that are not JSON', async () => {
    await expect(renderFormControl('druk-nothing')).rejects.toThrow(/druk-nothing/);
    await expect(
      renderFormControl('druk-select', { attributes: { name: 'x', options: '[{value:1}]' } }),
    ).rejects.toThrow(/options is not valid JSON/);
  });
});
