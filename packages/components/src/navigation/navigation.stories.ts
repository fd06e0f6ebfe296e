import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { storyElement, type StoryArgs } from '../../test/story.ts';
import './navigation.ts';

const meta: Meta<StoryArgs> = {
  title: 'Site chrome/Navigation',
  component: 'druk-navigation',
  render: (args) => storyElement('druk-navigation', args),
  args: {
    items:
      '[{"label": "Home", "href": "#home"}, {"label": "Services", "href": "#services", "current": true}, {"label": "Publications", "href": "#publications"}, {"label": "Tenders and vacancies", "href": "#tenders"}, {"label": "Contact", "href": "#contact"}]',
  },
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const English: Story = {};
export const Dzongkha: Story = {
  args: {
    items:
      '[{"label": "\\u0f42\\u0f51\\u0f7c\\u0f44\\u0f0b\\u0f64\\u0f7c\\u0f42", "href": "#home"}, {"label": "\\u0f5e\\u0f56\\u0f66\\u0f0b\\u0f4f\\u0f7c\\u0f42", "href": "#services", "current": true}, {"label": "\\u0f51\\u0f54\\u0f7a\\u0f0b\\u0f51\\u0f7a\\u0f56\\u0f0d", "href": "#publications"}]',
  },
  globals: { lang: 'dz' },
};
export const MenuOpen: Story = { args: { open: true } };
