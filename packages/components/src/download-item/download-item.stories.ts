import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { storyElement, type StoryArgs } from '../../test/story.ts';
import './download-item.ts';

const meta: Meta<StoryArgs> = {
  title: 'Content/Download item',
  component: 'druk-download-item',
  render: (args) => storyElement('druk-download-item', args),
  args: {
    href: '#report',
    label: 'Annual report 2025',
    format: 'pdf',
    size: 2400000,
    'file-lang': 'en',
    published: '2026-03-03',
  },
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const English: Story = {};
export const DzongkhaDocument: Story = { args: { 'file-lang': 'dz', label: 'ལོ་བསྟར་སྙན་ཞུ།' } };
export const Dzongkha: Story = { globals: { lang: 'dz' } };
