import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { accessibilityTree, fixture } from '../../test/browser.ts';
import './alert.ts';

describe('druk-alert', () => {
  it('says its kind in the heading, not by colour alone', async () => {
    await fixture(html`<druk-alert variant="warning" heading="Road closed"><p>Use the bypass.</p></druk-alert>`);
    const heading = (await accessibilityTree()).find((node) => node.role === 'heading');
    expect(heading?.name).toBe('Warning: Road closed');
    expect(heading?.properties.level).toBe(2);
  });

  it('is announced when live: role alert for warnings, status otherwise', async () => {
    const urgent = await fixture(html`<druk-alert live variant="important" heading="x"></druk-alert>`);
    expect(urgent.shadowRoot!.querySelector('[role="alert"]')).not.toBeNull();
    const calm = await fixture(html`<druk-alert live variant="success" heading="x"></druk-alert>`);
    expect(calm.shadowRoot!.querySelector('[role="status"]')).not.toBeNull();
    const quiet = await fixture(html`<druk-alert variant="info" heading="x"></druk-alert>`);
    expect(quiet.shadowRoot!.querySelector('[role]:not([role="heading"])')).toBeNull();
  });
});
