import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import './masthead.ts';

interface MastheadArgs {
  open: boolean;
  textOfficial: string;
}

const meta: Meta<MastheadArgs> = {
  title: 'Site chrome/Masthead',
  component: 'druk-masthead',
  args: { open: false, textOfficial: '' },
  argTypes: {
    textOfficial: { name: 'text-official', description: 'Replaces the official-website statement', control: 'text' },
  },
  render: ({ open, textOfficial }) =>
    html`<druk-masthead ?open=${open} text-official=${textOfficial || nothing}></druk-masthead>`,
};
export default meta;

type Story = StoryObj<MastheadArgs>;

export const English: Story = {};
export const EnglishOpen: Story = { args: { open: true } };
export const Dzongkha: Story = { globals: { lang: 'dz' } };
export const DzongkhaOpen: Story = { args: { open: true }, globals: { lang: 'dz' } };
export const OverriddenText: Story = { args: { textOfficial: 'An official website of Paro Dzongkhag Administration' } };
