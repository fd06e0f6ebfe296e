import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { storyElement, type StoryArgs } from '../../test/story.ts';
import './tag.ts';

const meta: Meta<StoryArgs> = {
  title: 'Content/Tag',
  component: 'druk-tag',
  render: (args) => storyElement('druk-tag', args),
  args: { variant: 'neutral', content: 'Draft' },
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const Neutral: Story = {};
export const Success: Story = { args: { variant: 'success', content: 'Open' } };
export const Warning: Story = { args: { variant: 'warning', content: 'Closing soon' } };
export const Error: Story = { args: { variant: 'error', content: 'Closed' } };
export const Dzongkha: Story = { args: { variant: 'success', content: 'ཁ་ཕྱེ་ཡོད།' }, globals: { lang: 'dz' } };
