import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { formControlMeta, formStory } from '../form-base/form-stories.ts';
import './radios.ts';

const meta: Meta = { title: 'Forms/Radios', ...formControlMeta('druk-radios') };
export default meta;

export const Empty: StoryObj = formStory('druk-radios', 'empty');
export const Filled: StoryObj = formStory('druk-radios', 'filled');
export const Invalid: StoryObj = formStory('druk-radios', 'invalid');
export const Disabled: StoryObj = formStory('druk-radios', 'disabled');
export const Dzongkha: StoryObj = formStory('druk-radios', 'dzongkha');
