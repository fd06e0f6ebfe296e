import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { storyElement, type StoryArgs } from '../../test/story.ts';
import './feedback.ts';

const meta: Meta<StoryArgs> = {
  title: 'Content/Feedback',
  component: 'druk-feedback',
  render: (args) => storyElement('druk-feedback', args),
  args: {},
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const English: Story = {};
export const Dzongkha: Story = { globals: { lang: 'dz' } };
