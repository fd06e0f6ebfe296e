import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { storyElement, type StoryArgs } from '../../test/story.ts';
import './side-navigation.ts';

const meta: Meta<StoryArgs> = {
  title: 'Site chrome/Side navigation',
  component: 'druk-side-navigation',
  render: (args) => storyElement('druk-side-navigation', args),
  args: {
    heading: 'Health services',
    items: JSON.stringify([
      { label: 'Overview', href: '#overview' },
      {
        label: 'Hospitals',
        href: '#hospitals',
        children: [
          { label: 'National referral hospital', href: '#jdwnrh', current: true },
          { label: 'Regional hospitals', href: '#regional' },
        ],
      },
      { label: 'Vaccination', href: '#vaccination', children: [{ label: 'For children', href: '#children' }] },
    ]),
  },
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const CurrentPageTwoLevelsDown: Story = {};
export const Dzongkha: Story = {
  // The dzongkhags of the west, with the current one opened to its gewog pages.
  args: {
    heading: '',
    items: JSON.stringify([
      { label: 'ཐིམ་ཕུ་', href: '#thimphu' },
      {
        label: 'སྤ་རོ་',
        href: '#paro',
        children: [{ label: 'སྤ་རོ་ རྫོང་ཁག་', href: '#paro-dzongkhag', current: true }],
      },
      { label: 'སྤུ་ན་ཁ་', href: '#punakha' },
    ]),
  },
  globals: { lang: 'dz' },
};
