import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { DZONGKHA_PASSAGE } from '../../test/samples.ts';
import { storyElement, type StoryArgs } from '../../test/story.ts';
import './step-by-step.ts';

const meta: Meta<StoryArgs> = {
  title: 'Content/Step by step',
  component: 'druk-step-by-step',
  render: (args) => storyElement('druk-step-by-step', args),
  args: {
    content:
      '<druk-step number="1" heading="Check you can apply"><p>You must be a citizen.</p></druk-step><druk-step number="2" heading="Gather your documents"><p>CID card and a photograph.</p></druk-step><druk-step number="3" heading="Apply"><p><a href="#apply">Apply online</a></p></druk-step>',
  },
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const English: Story = {};
export const Dzongkha: Story = {
  args: {
    content: `<druk-step number="1" heading="སྤ་རོ་རིན་སྤུང་རྫོང་།"><p>${DZONGKHA_PASSAGE}</p></druk-step><druk-step number="2" heading="གཞལམ་སྒང་རྫོང་ཁག།"><p>${DZONGKHA_PASSAGE}</p></druk-step>`,
  },
  globals: { lang: 'dz' },
};
