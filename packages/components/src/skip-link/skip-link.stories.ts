import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { storyElement, type StoryArgs } from '../../test/story.ts';
import './skip-link.ts';

const meta: Meta<StoryArgs> = {
  title: 'Site chrome/Skip link',
  component: 'druk-skip-link',
  render: (args) => storyElement('druk-skip-link', args),
  args: { href: '#main' },
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const English: Story = {};
export const Dzongkha: Story = { globals: { lang: 'dz' } };
