import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { DZONGKHA_PASSAGE } from '../../test/samples.ts';
import { storyElement, type StoryArgs } from '../../test/story.ts';
import './card.ts';

const meta: Meta<StoryArgs> = {
  title: 'Content/Card',
  component: 'druk-card',
  render: (args) => storyElement('druk-card', args),
  args: {
    heading: 'Apply for a passport',
    href: '#passport',
    content: '<p>Ordinary passports take 10 working days.</p>',
  },
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const Linked: Story = {};
export const WithoutLink: Story = { args: { href: '' } };
export const Dzongkha: Story = {
  args: { heading: 'སྤ་རོ་རིན་སྤུང་རྫོང་།', content: `<p>${DZONGKHA_PASSAGE}</p>` },
  globals: { lang: 'dz' },
};
