import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { DZONGKHA_PASSAGE } from '../../test/samples.ts';
import { storyElement, type StoryArgs } from '../../test/story.ts';
import './alert.ts';

const meta: Meta<StoryArgs> = {
  title: 'Content/Alert',
  component: 'druk-alert',
  render: (args) => storyElement('druk-alert', args),
  args: {
    variant: 'info',
    heading: 'Offices closed on 17 December',
    content: '<p>National Day is a public holiday. Online services stay open.</p>',
  },
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const Info: Story = {};
export const Success: Story = { args: { variant: 'success', heading: 'Application received' } };
export const Warning: Story = { args: { variant: 'warning' } };
export const Important: Story = { args: { variant: 'important', heading: 'Road closed between Wangdue and Trongsa' } };
export const Dzongkha: Story = {
  args: { heading: '', content: `<p>${DZONGKHA_PASSAGE}</p>` },
  globals: { lang: 'dz' },
};
