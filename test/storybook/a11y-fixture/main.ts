import type { StorybookConfig } from '@storybook/web-components-vite';
import config from '../../../.storybook/main.ts';

// The project's Storybook (its addons and framework) with this folder's stories instead of the components'.
const fixture: StorybookConfig = { ...config, stories: ['./*.stories.ts'] };

export default fixture;
