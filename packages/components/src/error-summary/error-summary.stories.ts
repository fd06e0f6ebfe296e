import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import '../form-base/controls.ts';

const meta: Meta = {
  title: 'Forms/Error summary',
  component: 'druk-error-summary',
  render: () =>
    html`<form @submit=${(event: Event) => event.preventDefault()}>
      <druk-error-summary></druk-error-summary>
      <druk-input name="full-name" label="Full name" required></druk-input>
      <druk-cid-input name="cid" required></druk-cid-input>
      <druk-button label="Send"></druk-button>
    </form>`,
};
export default meta;

type Story = StoryObj;

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.druk-error-summary')).toBeNull();
  },
};

export const AfterSubmit: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(canvasElement.querySelector('button')!);
    const summary = canvasElement.querySelector('druk-error-summary')!;
    await summary.updateComplete;
    const links = [...canvasElement.querySelectorAll<HTMLAnchorElement>('.druk-error-summary a')];
    await expect(links.map((link) => link.textContent)).toEqual(['Enter full name', 'Enter a Citizenship ID number']);
    await expect(document.activeElement).toBe(canvasElement.querySelector('.druk-error-summary'));
    await userEvent.click(links[1]!);
    await expect(document.activeElement).toBe(canvasElement.querySelector('#cid'));
  },
};

export const FromTheServer: Story = {
  render: () =>
    html`<form>
      <druk-error-summary></druk-error-summary>
      <druk-input
        name="village"
        label="Village"
        value="Gasa"
        error="Enter the name of a village in your gewog"
      ></druk-input>
    </form>`,
  play: async ({ canvasElement }) => {
    const summary = canvasElement.querySelector('druk-error-summary')!;
    await summary.updateComplete;
    await expect(summary.errors).toEqual([{ href: '#village', text: 'Enter the name of a village in your gewog' }]);
  },
};

export const Dzongkha: Story = {
  globals: { lang: 'dz' },
  play: async ({ canvasElement }) => {
    await userEvent.click(canvasElement.querySelector('button')!);
    const summary = canvasElement.querySelector('druk-error-summary')!;
    await summary.updateComplete;
    await expect(summary.querySelector('h2')!.textContent).toBe('དཀའ་ངལ་ཅིག་ཡོདཔ་ཨིན།');
  },
};
