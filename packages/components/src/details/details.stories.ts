import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { DZONGKHA_PASSAGE } from '../../test/samples.ts';
import { storyElement, type StoryArgs } from '../../test/story.ts';
import './details.ts';

const meta: Meta<StoryArgs> = {
  title: 'Content/Details',
  component: 'druk-details',
  render: (args) => storyElement('druk-details', args),
  args: {
    summary: 'Help with your CID number',
    content: '<p>Your citizenship identity card number has 11 digits.</p>',
  },
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const Closed: Story = {};
export const Open: Story = { args: { open: true } };
export const Dzongkha: Story = {
  args: { summary: 'སྤ་རོ་རིན་སྤུང་རྫོང་།', open: true, content: `<p>${DZONGKHA_PASSAGE}</p>` },
  globals: { lang: 'dz' },
};
