import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { formControlMeta, formStory } from '../form-base/form-stories.ts';
import './date-input.ts';

const meta: Meta = { title: 'Forms/Date input', ...formControlMeta('druk-date-input') };
export default meta;

export const Empty: StoryObj = formStory('druk-date-input', 'empty');
export const Filled: StoryObj = formStory('druk-date-input', 'filled');
export const Invalid: StoryObj = formStory('druk-date-input', 'invalid');
export const Disabled: StoryObj = formStory('druk-date-input', 'disabled');
export const Dzongkha: StoryObj = formStory('druk-date-input', 'dzongkha');
