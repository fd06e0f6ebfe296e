import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { storyElement, type StoryArgs } from '../../test/story.ts';
import './warning-text.ts';

const meta: Meta<StoryArgs> = {
  title: 'Content/Warning text',
  component: 'druk-warning-text',
  render: (args) => storyElement('druk-warning-text', args),
  args: { content: 'You can be fined up to Nu. 5,000 if you do not register.' },
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const English: Story = {};
export const Dzongkha: Story = {
  args: { content: 'ཐོ་བཀོད་མ་འབད་བ་ཅིན་ ཉེས་ཆད་ དངུལ་ཀྲམ་ ༥,༠༠༠ གྱི་བར་ཕོག་འོང་།' },
  globals: { lang: 'dz' },
};
