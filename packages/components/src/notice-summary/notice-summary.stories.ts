import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { storyElement, type StoryArgs } from '../../test/story.ts';
import './notice-summary.ts';

const meta: Meta<StoryArgs> = {
  title: 'Content/Notice summary',
  component: 'druk-notice-summary',
  render: (args) => storyElement('druk-notice-summary', args),
  args: {
    kind: 'tender',
    heading: 'Supply of office furniture',
    href: '#tender',
    published: '2026-11-01',
    closing: '2026-12-31',
    now: '2026-11-28T10:00:00+06:00',
  },
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const Open: Story = {};
export const ClosingSoon: Story = { args: { closing: '2026-12-01' } };
export const Closed: Story = { args: { kind: 'vacancy', heading: 'Assistant engineer', closing: '2026-11-01' } };
export const Dzongkha: Story = { args: { closing: '2026-12-01' }, globals: { lang: 'dz' } };
