import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { storyElement, type StoryArgs } from '../../test/story.ts';
import './contents-list.ts';

const meta: Meta<StoryArgs> = {
  title: 'Content/Contents list',
  component: 'druk-contents-list',
  render: (args) => storyElement('druk-contents-list', args),
  args: {
    items: JSON.stringify([
      { label: 'Who can apply', href: '#who' },
      { label: 'Documents you need', href: '#documents', children: [{ label: 'Living abroad', href: '#abroad' }] },
      { label: 'Fees', href: '#fees' },
    ]),
  },
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const FromItems: Story = {};

/** Built in the browser from the headings of the article below it. */
export const FromHeadings: Story = {
  args: { items: undefined, for: 'story-article', depth: 3 },
  render: (args) => {
    const wrapper = document.createElement('div');
    const article = document.createElement('article');
    article.id = 'story-article';
    article.innerHTML = '<h2>Who can apply</h2><p>Any citizen over 18.</p><h3>Living abroad</h3><h2>Fees</h2>';
    wrapper.append(storyElement('druk-contents-list', args), article);
    return wrapper;
  },
};

export const Dzongkha: Story = {
  args: {
    items: JSON.stringify([
      { label: 'སྤ་རོ་', href: '#paro' },
      { label: 'ཐིམ་ཕུ་', href: '#thimphu' },
    ]),
  },
  globals: { lang: 'dz' },
};
