import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { deepActiveElement, expectAccessible, fixture } from '../../test/browser.ts';
import '../form-base/controls.ts';
import type { DrukErrorSummary } from './error-summary.ts';

const form = html`<form>
  <druk-error-summary></druk-error-summary>
  <druk-input name="full-name" label="Full name" required></druk-input>
  <druk-cid-input name="cid" required></druk-cid-input>
  <druk-radios
    name="contact"
    label="Can we contact you?"
    required
    options='[{"value":"yes","label":"Yes"},{"value":"no","label":"No"}]'
  ></druk-radios>
  <druk-button>Send</druk-button>
</form>`;

describe('druk-error-summary', () => {
  it('lists every error on submit, takes focus, stops the submission, and links focus each field', async () => {
    const page = await fixture<HTMLFormElement>(form);
    let submitted = 0;
    page.addEventListener('submit', (event) => {
      if (!event.defaultPrevented) submitted += 1;
      event.preventDefault();
    });
    await userEvent.type(page.querySelector<HTMLInputElement>('#cid')!, '123');
    await userEvent.click(page.querySelector('button')!);
    const summary = page.querySelector<DrukErrorSummary>('druk-error-summary')!;
    await expect.poll(() => summary.errors.length).toBe(3);
    await summary.updateComplete;
    expect(submitted).toBe(0);
    expect(document.activeElement).toBe(summary.querySelector('.druk-error-summary'));
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((link) => [link.getAttribute('href'), link.textContent])).toEqual([
      ['#full-name', 'Enter full name'],
      ['#cid', 'A Citizenship ID number has 11 digits'],
      ['#contact', 'Select can we contact you?'],
    ]);
    await userEvent.click(links[1]!);
    expect(document.activeElement).toBe(page.querySelector('#cid'));
    await expectAccessible(page);
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await userEvent.type(page.querySelector<HTMLInputElement>('#full-name')!, 'Dorji');
    await userEvent.fill(page.querySelector<HTMLInputElement>('#cid')!, '11602001234');
    await userEvent.click(page.querySelector<HTMLInputElement>('#contact')!);
    await userEvent.click(page.querySelector('button')!);
    await expect.poll(() => summary.errors).toEqual([]);
    expect(submitted).toBe(1);
    expect(summary.querySelector('.druk-error-summary')).toBeNull();
  });

  it('gathers the server errors the fields carry, and focuses itself on load', async () => {
    const page = await fixture<HTMLFormElement>(
      html`<form>
        <druk-error-summary></druk-error-summary>
        <druk-input name="village" label="Village" error="Enter the name of your village"></druk-input>
      </form>`,
    );
    const summary = page.querySelector<DrukErrorSummary>('druk-error-summary')!;
    await expect.poll(() => summary.errors).toEqual([{ href: '#village', text: 'Enter the name of your village' }]);
    await expect.poll(() => document.activeElement).toBe(summary.querySelector('.druk-error-summary'));
  });

  it('focuses a field inside another shadow root from its link', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<form><druk-error-summary errors='[{"href":"#town","text":"Enter your town"}]'></druk-error-summary>
      <druk-input name="town" label="Town"></druk-input></form>`;
    const summary = root.querySelector<DrukErrorSummary>('druk-error-summary')!;
    await summary.updateComplete;
    await root.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('druk-input')!.updateComplete;
    await userEvent.click(summary.querySelector('a')!);
    expect(deepActiveElement()).toBe(root.querySelector('#town'));
  });

  it('speaks Dzongkha on a Dzongkha page', async () => {
    const page = await fixture<HTMLFormElement>(
      html`<form><druk-error-summary errors='[{"href":"#x","text":"ཐོ་བཀོད་འབད།"}]'></druk-error-summary></form>`,
      'dz',
    );
    const summary = page.querySelector<DrukErrorSummary>('druk-error-summary')!;
    await summary.updateComplete;
    expect(summary.querySelector('h2')!.textContent).toBe('དཀའ་ངལ་ཅིག་ཡོདཔ་ཨིན།');
  });
});
