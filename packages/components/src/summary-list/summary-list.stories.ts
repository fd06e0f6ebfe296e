import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { storyElement, type StoryArgs } from '../../test/story.ts';
import './summary-list.ts';

const meta: Meta<StoryArgs> = {
  title: 'Forms/Summary list',
  component: 'druk-summary-list',
  render: (args) => storyElement('druk-summary-list', args),
  args: {
    rows: JSON.stringify([
      { key: 'Full name', value: 'Pema Wangmo', href: '#full-name' },
      { key: 'Date of birth', value: '5 March 1990', href: '#date-of-birth' },
      { key: 'Address', value: 'Tali\nTrong gewog\nZhemgang', href: '#address' },
      { key: 'Citizenship ID number', value: '11512000123' },
    ]),
  },
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const CheckYourAnswers: Story = {};
export const Dzongkha: Story = {
  args: {
    rows: JSON.stringify([
      { key: 'མིང་', value: 'པདྨ་དབང་མོ', href: '#full-name' },
      { key: 'སྐྱེས་ཚེས', value: '༥ ༣ ༡༩༩༠', href: '#date-of-birth' },
      { key: 'རྒེད་འོག', value: 'ཀྲོང', href: '#gewog' },
    ]),
  },
  globals: { lang: 'dz' },
};
