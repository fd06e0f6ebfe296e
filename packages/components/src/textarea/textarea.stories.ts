import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { formControlMeta, formStory } from '../form-base/form-stories.ts';
import './textarea.ts';

const meta: Meta = { title: 'Forms/Textarea', ...formControlMeta('druk-textarea') };
export default meta;

export const Empty: StoryObj = formStory('druk-textarea', 'empty');
export const Filled: StoryObj = formStory('druk-textarea', 'filled');
export const Invalid: StoryObj = formStory('druk-textarea', 'invalid');
export const Disabled: StoryObj = formStory('druk-textarea', 'disabled');
export const Dzongkha: StoryObj = formStory('druk-textarea', 'dzongkha');
