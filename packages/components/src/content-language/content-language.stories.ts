import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { DZONGKHA_PASSAGE } from '../../test/samples.ts';
import { storyElement, type StoryArgs } from '../../test/story.ts';
import './content-language.ts';

const meta: Meta<StoryArgs> = {
  title: 'Content/Content language',
  component: 'druk-content-language',
  render: (args) => storyElement('druk-content-language', args),
  args: { lang: 'dz', content: `<p>${DZONGKHA_PASSAGE}</p>` },
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const DzongkhaInEnglishPage: Story = {};
