import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { storyElement, type StoryArgs } from '../../test/story.ts';
import './breadcrumbs.ts';

const meta: Meta<StoryArgs> = {
  title: 'Site chrome/Breadcrumbs',
  component: 'druk-breadcrumbs',
  render: (args) => storyElement('druk-breadcrumbs', args),
  args: {
    items:
      '[{"label": "Home", "href": "#home"}, {"label": "Services", "href": "#services"}, {"label": "Birth registration", "href": "#birth"}]',
  },
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const English: Story = {};
export const Dzongkha: Story = {
  args: {
    items:
      '[{"label": "\\u0f42\\u0f51\\u0f7c\\u0f44\\u0f0b\\u0f64\\u0f7c\\u0f42", "href": "#home"}, {"label": "\\u0f5e\\u0f56\\u0f66\\u0f0b\\u0f4f\\u0f7c\\u0f42", "href": "#services"}]',
  },
  globals: { lang: 'dz' },
};
