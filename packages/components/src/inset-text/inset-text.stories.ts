import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { DZONGKHA_PASSAGE } from '../../test/samples.ts';
import { storyElement, type StoryArgs } from '../../test/story.ts';
import './inset-text.ts';

const meta: Meta<StoryArgs> = {
  title: 'Content/Inset text',
  component: 'druk-inset-text',
  render: (args) => storyElement('druk-inset-text', args),
  args: { content: '<p>It can take up to 10 working days to get your health card.</p>' },
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const English: Story = {};
export const Dzongkha: Story = { args: { content: `<p>${DZONGKHA_PASSAGE}</p>` }, globals: { lang: 'dz' } };
