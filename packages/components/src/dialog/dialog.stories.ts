import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { DZONGKHA_PASSAGE } from '../../test/samples.ts';
import { storyElement, type StoryArgs } from '../../test/story.ts';
import './dialog.ts';

const meta: Meta<StoryArgs> = {
  title: 'Content/Dialog',
  component: 'druk-dialog',
  render: (args) => storyElement('druk-dialog', args),
  args: {
    heading: 'Cancel your application?',
    opener: 'Cancel application',
    content:
      '<p>Your answers are deleted. You can start a new application at any time.</p>' +
      '<a slot="actions" href="#cancelled">Yes, cancel it</a>',
  },
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const Closed: Story = {};
export const Open: Story = { args: { open: true } };
export const Dzongkha: Story = {
  args: {
    heading: 'ནང་དོན།',
    opener: 'ནང་དོན།',
    open: true,
    content: `<p>${DZONGKHA_PASSAGE}</p>`,
  },
  globals: { lang: 'dz' },
};
