import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { formControlMeta, formStory } from '../form-base/form-stories.ts';
import './select.ts';

const meta: Meta = { title: 'Forms/Select', ...formControlMeta('druk-select') };
export default meta;

export const Empty: StoryObj = formStory('druk-select', 'empty');
export const Filled: StoryObj = formStory('druk-select', 'filled');
export const Invalid: StoryObj = formStory('druk-select', 'invalid');
export const Disabled: StoryObj = formStory('druk-select', 'disabled');
export const Dzongkha: StoryObj = formStory('druk-select', 'dzongkha');
