import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { formControlMeta, formStory } from '../form-base/form-stories.ts';
import './phone-input.ts';

const meta: Meta = { title: 'Forms/Phone input', ...formControlMeta('druk-phone-input') };
export default meta;

export const Empty: StoryObj = formStory('druk-phone-input', 'empty');
export const Filled: StoryObj = formStory('druk-phone-input', 'filled');
export const Invalid: StoryObj = formStory('druk-phone-input', 'invalid');
export const Disabled: StoryObj = formStory('druk-phone-input', 'disabled');
export const Dzongkha: StoryObj = formStory('druk-phone-input', 'dzongkha');
