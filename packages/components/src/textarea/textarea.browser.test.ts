import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { fixture } from '../../test/browser.ts';
import type { DrukTextarea } from './textarea.ts';
import './textarea.ts';

// The title of shared/data/dzongkha/01-dzwiki-paro-rinpung-dzong.txt (Dzongkha Wikipedia, CC BY-SA 4.0).
const PARO = 'སྤ་རོ་རིན་སྤུང་རྫོང་།';

describe('druk-textarea character count', () => {
  it('counts Dzongkha stacks as the reader sees them, in Dzongkha', async () => {
    const field = await fixture<DrukTextarea>(
      html`<druk-textarea name="note" label="ཟིན་བྲིས།" maxlength="20"></druk-textarea>`,
      'dz',
    );
    await userEvent.type(field.focusTarget!, PARO);
    await field.updateComplete;
    const graphemes = [...new Intl.Segmenter('dz', { granularity: 'grapheme' }).segment(PARO)].length;
    expect(graphemes).toBeLessThan(PARO.length);
    const count = field.querySelector('.druk-character-count')!;
    expect(count.textContent!.trim()).toBe(`ཡིག་འབྲུ་ ${20 - graphemes} ལྷག་ལུས་ཡོད།`);
    expect(count.getAttribute('aria-live')).toBe('polite');
  });

  it('says how many characters are too many and blocks the form, without cutting the text', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><druk-textarea name="note" label="Note" maxlength="5"></druk-textarea></form>`,
    );
    const field = form.querySelector<DrukTextarea>('druk-textarea')!;
    await userEvent.type(field.focusTarget!, 'Kuzuzangpo');
    await field.updateComplete;
    expect(field.value).toBe('Kuzuzangpo');
    expect(field.querySelector('.druk-character-count')!.textContent!.trim()).toBe('You have 5 characters too many');
    expect(form.checkValidity()).toBe(false);
    form.reset();
    await new Promise((settle) => setTimeout(settle));
    await field.updateComplete;
    expect(field.querySelector('.druk-character-count')!.textContent!.trim()).toBe('You have 5 characters remaining');
    expect(form.checkValidity()).toBe(true);
  });
});
