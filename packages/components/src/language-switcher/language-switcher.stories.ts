import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { storyElement, type StoryArgs } from '../../test/story.ts';
import './language-switcher.ts';

const meta: Meta<StoryArgs> = {
  title: 'Site chrome/Language switcher',
  component: 'druk-language-switcher',
  render: (args) => storyElement('druk-language-switcher', args),
  args: { versions: '[{"lang": "en", "href": "#en"}, {"lang": "dz", "href": "#dz"}]' },
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const English: Story = {};
export const Dzongkha: Story = { globals: { lang: 'dz' } };
export const NotYetInDzongkha: Story = {
  args: { versions: '[{"lang": "en", "href": "#en"}, {"lang": "dz", "href": "#dz", "available": false}]' },
};
