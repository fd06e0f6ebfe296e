import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { formControlMeta, formStory } from '../form-base/form-stories.ts';
import './cid-input.ts';

const meta: Meta = { title: 'Forms/Citizenship ID input', ...formControlMeta('druk-cid-input') };
export default meta;

export const Empty: StoryObj = formStory('druk-cid-input', 'empty');
export const Filled: StoryObj = formStory('druk-cid-input', 'filled');
export const Invalid: StoryObj = formStory('druk-cid-input', 'invalid');
export const Disabled: StoryObj = formStory('druk-cid-input', 'disabled');
export const Dzongkha: StoryObj = formStory('druk-cid-input', 'dzongkha');
