import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { storyElement, type StoryArgs } from '../../test/story.ts';
import './task-list.ts';

const tasks = (labels: readonly [string, string, string, string]) =>
  JSON.stringify([
    { label: labels[0], href: '#details', status: 'completed' },
    { label: labels[1], href: '#documents', status: 'in-progress' },
    { label: labels[2], href: '#declaration', status: 'not-started' },
    { label: labels[3], status: 'cannot-start' },
  ]);

const meta: Meta<StoryArgs> = {
  title: 'Forms/Task list',
  component: 'druk-task-list',
  render: (args) => storyElement('druk-task-list', args),
  args: { tasks: tasks(['Your details', 'Upload documents', 'Declaration', 'Pay the fee']) },
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const Application: Story = {};
export const Dzongkha: Story = {
  // Dzongkhag names from the dzongkhag list, as the steps of an application that visits each office.
  args: { tasks: tasks(['ཐིམ་ཕུ་', 'སྤ་རོ་', 'སྤུ་ན་ཁ་', 'དབང་འདུས་ཕོ་བྲང་']) },
  globals: { lang: 'dz' },
};
