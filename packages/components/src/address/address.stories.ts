import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { formControlMeta, formStory } from '../form-base/form-stories.ts';
import './address.ts';

const meta: Meta = { title: 'Forms/Address', ...formControlMeta('druk-address') };
export default meta;

export const Empty: StoryObj = formStory('druk-address', 'empty');
export const Filled: StoryObj = formStory('druk-address', 'filled');
export const Invalid: StoryObj = formStory('druk-address', 'invalid');
export const Disabled: StoryObj = formStory('druk-address', 'disabled');
export const Dzongkha: StoryObj = formStory('druk-address', 'dzongkha');
