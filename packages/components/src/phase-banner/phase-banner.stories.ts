import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { storyElement, type StoryArgs } from '../../test/story.ts';
import './phase-banner.ts';

const meta: Meta<StoryArgs> = {
  title: 'Content/Phase banner',
  component: 'druk-phase-banner',
  render: (args) => storyElement('druk-phase-banner', args),
  args: { phase: 'beta', feedback: '#feedback' },
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const Beta: Story = {};
export const Alpha: Story = { args: { phase: 'alpha' } };
export const Dzongkha: Story = { globals: { lang: 'dz' } };
