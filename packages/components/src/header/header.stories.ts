import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { storyElement, type StoryArgs } from '../../test/story.ts';
import './header.ts';

const meta: Meta<StoryArgs> = {
  title: 'Site chrome/Header',
  component: 'druk-header',
  render: (args) => storyElement('druk-header', args),
  args: { agency: 'Ministry of Health', 'agency-dz': 'གསོ་བ་ལྷན་ཁག', lineage: '' },
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const English: Story = {};
export const Dzongkha: Story = { globals: { lang: 'dz' } };
export const WithLineage: Story = { args: { lineage: 'Royal Government of Bhutan · Thimphu' } };
export const EnglishOnly: Story = { args: { 'agency-dz': '' } };
