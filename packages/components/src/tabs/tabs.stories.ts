import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { DZONGKHA_PASSAGE } from '../../test/samples.ts';
import { storyElement, type StoryArgs } from '../../test/story.ts';
import './tabs.ts';

const meta: Meta<StoryArgs> = {
  title: 'Content/Tabs',
  component: 'druk-tabs',
  render: (args) => storyElement('druk-tabs', args),
  args: {
    content:
      '<druk-tab-panel label="Overview"><p>What the service is.</p></druk-tab-panel><druk-tab-panel label="How to apply"><p>Apply online or at the dzongkhag office.</p></druk-tab-panel>',
  },
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const English: Story = {};
export const SecondSelected: Story = { args: { selected: 1 } };
export const Dzongkha: Story = {
  args: {
    content: `<druk-tab-panel label="སྤ་རོ།"><p>${DZONGKHA_PASSAGE}</p></druk-tab-panel><druk-tab-panel label="གཞལམ་སྒང་།"><p>${DZONGKHA_PASSAGE}</p></druk-tab-panel>`,
  },
  globals: { lang: 'dz' },
};
