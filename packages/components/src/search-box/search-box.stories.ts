import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { storyElement, type StoryArgs } from '../../test/story.ts';
import './search-box.ts';

const meta: Meta<StoryArgs> = {
  title: 'Content/Search box',
  component: 'druk-search-box',
  render: (args) => storyElement('druk-search-box', args),
  args: { action: '#search' },
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const English: Story = {};
export const WithQuery: Story = { args: { value: 'passport' } };
export const Dzongkha: Story = { globals: { lang: 'dz' } };
