import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { storyElement, type StoryArgs } from '../../test/story.ts';
import './back-to-top.ts';

const meta: Meta<StoryArgs> = {
  title: 'Site chrome/Back to top',
  component: 'druk-back-to-top',
  render: (args) => storyElement('druk-back-to-top', args),
  args: {},
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const English: Story = {};
export const Dzongkha: Story = { globals: { lang: 'dz' } };
