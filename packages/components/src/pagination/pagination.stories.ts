import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { storyElement, type StoryArgs } from '../../test/story.ts';
import './pagination.ts';

const meta: Meta<StoryArgs> = {
  title: 'Content/Pagination',
  component: 'druk-pagination',
  render: (args) => storyElement('druk-pagination', args),
  args: { current: 6, total: 12, href: '#page-{page}' },
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const Middle: Story = {};
export const First: Story = { args: { current: 1 } };
export const Last: Story = { args: { current: 12 } };
export const Dzongkha: Story = { globals: { lang: 'dz' } };
