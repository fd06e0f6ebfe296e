import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { storyElement, type StoryArgs } from '../../test/story.ts';
import './table.ts';

const meta: Meta<StoryArgs> = {
  title: 'Content/Table',
  component: 'druk-table',
  render: (args) => storyElement('druk-table', args),
  args: {
    caption: 'Population by dzongkhag',
    columns:
      '[{"key": "dzongkhag", "label": "Dzongkhag", "sortable": true}, {"key": "population", "label": "Population", "sortable": true, "numeric": true}]',
    rows: '[{"dzongkhag": "Thimphu", "population": 138736}, {"dzongkhag": "Paro", "population": 46316}, {"dzongkhag": "Zhemgang", "population": 17763}]',
  },
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const English: Story = {};
export const SortedDescending: Story = { args: { 'sort-key': 'population', 'sort-direction': 'descending' } };
export const Dzongkha: Story = {
  args: {
    caption: 'རྫོང་ཁག་གི་མི་རློབས།',
    columns:
      '[{"key": "d", "label": "\\u0f62\\u0fab\\u0f7c\\u0f44\\u0f0b\\u0f41\\u0f42", "sortable": true}, {"key": "p", "label": "\\u0f58\\u0f72\\u0f0b\\u0f62\\u0fb3\\u0f7c\\u0f56\\u0f66\\u0f0d", "sortable": true, "numeric": true}]',
    rows: '[{"d": "\\u0f50\\u0f72\\u0f58\\u0f0b\\u0f55\\u0f74\\u0f0d", "p": "\\u0f21\\u0f23\\u0f28\\u0f27\\u0f23\\u0f26"}, {"d": "\\u0f66\\u0fa4\\u0f0b\\u0f62\\u0f7c\\u0f0d", "p": "\\u0f24\\u0f26\\u0f23\\u0f21\\u0f26"}]',
  },
  globals: { lang: 'dz' },
};
