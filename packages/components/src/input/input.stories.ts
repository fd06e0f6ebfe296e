import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { formControlMeta, formStory } from '../form-base/form-stories.ts';
import './input.ts';

const meta: Meta = { title: 'Forms/Text input', ...formControlMeta('druk-input') };
export default meta;

export const Empty: StoryObj = formStory('druk-input', 'empty');
export const Filled: StoryObj = formStory('druk-input', 'filled');
export const Invalid: StoryObj = formStory('druk-input', 'invalid');
export const Disabled: StoryObj = formStory('druk-input', 'disabled');
export const Dzongkha: StoryObj = formStory('druk-input', 'dzongkha');
