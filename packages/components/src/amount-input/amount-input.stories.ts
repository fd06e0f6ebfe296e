import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { formControlMeta, formStory } from '../form-base/form-stories.ts';
import './amount-input.ts';

const meta: Meta = { title: 'Forms/Ngultrum amount', ...formControlMeta('druk-amount-input') };
export default meta;

export const Empty: StoryObj = formStory('druk-amount-input', 'empty');
export const Filled: StoryObj = formStory('druk-amount-input', 'filled');
export const Invalid: StoryObj = formStory('druk-amount-input', 'invalid');
export const Disabled: StoryObj = formStory('druk-amount-input', 'disabled');
export const Dzongkha: StoryObj = formStory('druk-amount-input', 'dzongkha');
