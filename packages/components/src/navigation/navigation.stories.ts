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

/** Items with `items` are sub-menus: a toggle that opens a list of links (a native disclosure). */
export const SubMenus: Story = {
  args: {
    items: JSON.stringify([
      { label: 'Home', href: '#home' },
      {
        label: 'About us',
        items: [
          { label: 'Who we are', href: '#about' },
          { label: 'Message from the Dzongdag', href: '#message' },
          { label: 'Divisions', href: '#divisions', current: true },
        ],
      },
      {
        label: 'Services',
        items: [
          { label: 'All services', href: '#services' },
          { label: 'Forms', href: '#forms' },
        ],
      },
      { label: 'Contact', href: '#contact' },
    ]),
  },
};

export const SubMenusDzongkha: Story = {
  args: {
    items: JSON.stringify([
      { label: 'གདོང་ཤོག', href: '#home' },
      {
        label: 'ང་བཅས་སྐོར།',
        items: [
          { label: 'ང་བཅས་ག་ཨིན་ན།', href: '#about' },
          { label: 'ལས་སྡེ།', href: '#divisions', current: true },
        ],
      },
      { label: 'ཞབས་ཏོག', items: [{ label: 'ཞབས་ཏོག་ཆ་མཉམ།', href: '#services' }] },
    ]),
  },
  globals: { lang: 'dz' },
};

/** A sub-menu opened, as a keyboard user sees it after Enter on its toggle. */
export const SubMenuOpen: Story = {
  args: SubMenus.args,
  play: async ({ canvasElement }) => {
    const navigation = canvasElement.querySelector('druk-navigation');
    await navigation?.updateComplete;
    const submenu = navigation?.shadowRoot?.querySelector<HTMLDetailsElement>('.submenu');
    if (!submenu) throw new Error('SubMenuOpen: the story has no sub-menu');
    submenu.open = true;
  },
};
