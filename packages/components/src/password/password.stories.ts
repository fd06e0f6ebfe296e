import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { formControlMeta, formStory } from '../form-base/form-stories.ts';
import './password.ts';

const meta: Meta = { title: 'Forms/Password', ...formControlMeta('druk-password') };
export default meta;

export const Empty: StoryObj = formStory('druk-password', 'empty');
export const Filled: StoryObj = formStory('druk-password', 'filled');
export const Invalid: StoryObj = formStory('druk-password', 'invalid');
export const Disabled: StoryObj = formStory('druk-password', 'disabled');
export const Dzongkha: StoryObj = formStory('druk-password', 'dzongkha');
