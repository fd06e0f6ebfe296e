import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { DZONGKHA_PASSAGE } from '../../test/samples.ts';
import { storyElement, type StoryArgs } from '../../test/story.ts';
import './accordion.ts';

const meta: Meta<StoryArgs> = {
  title: 'Content/Accordion',
  component: 'druk-accordion',
  render: (args) => storyElement('druk-accordion', args),
  args: {
    content:
      '<druk-details summary="Who can apply"><p>Any citizen over 18.</p></druk-details><druk-details summary="Documents you need"><p>Your CID card and a photograph.</p></druk-details>',
  },
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const English: Story = {};
export const Dzongkha: Story = {
  args: {
    content: `<druk-details summary="སྤ་རོ་རིན་སྤུང་རྫོང་།" open><p>${DZONGKHA_PASSAGE}</p></druk-details><druk-details summary="གཞལམ་སྒང་རྫོང་ཁག།"><p>${DZONGKHA_PASSAGE}</p></druk-details>`,
  },
  globals: { lang: 'dz' },
};
