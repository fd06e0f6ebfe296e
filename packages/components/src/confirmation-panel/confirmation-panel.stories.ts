import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { storyElement, type StoryArgs } from '../../test/story.ts';
import './confirmation-panel.ts';

const meta: Meta<StoryArgs> = {
  title: 'Content/Confirmation panel',
  component: 'druk-confirmation-panel',
  render: (args) => storyElement('druk-confirmation-panel', args),
  args: {
    heading: 'Application complete',
    reference: 'HC-2026-0042',
    content: '<p>We have sent you a confirmation by SMS.</p>',
  },
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const English: Story = {};
export const Dzongkha: Story = {
  args: { heading: 'ཞུ་ཡིག་ ཚར་ཡི།', content: '' },
  globals: { lang: 'dz' },
};
