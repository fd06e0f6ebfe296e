import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { formControlMeta, formStory } from '../form-base/form-stories.ts';
import './checkboxes.ts';

const meta: Meta = { title: 'Forms/Checkboxes', ...formControlMeta('druk-checkboxes') };
export default meta;

export const Empty: StoryObj = formStory('druk-checkboxes', 'empty');
export const Filled: StoryObj = formStory('druk-checkboxes', 'filled');
export const Invalid: StoryObj = formStory('druk-checkboxes', 'invalid');
export const Disabled: StoryObj = formStory('druk-checkboxes', 'disabled');
export const Dzongkha: StoryObj = formStory('druk-checkboxes', 'dzongkha');
