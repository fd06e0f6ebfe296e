import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { storybookProject } from '../../../vitest.config.ts';

// The project's `storybook` vitest project, on this folder's Storybook config.
export default defineConfig({ test: { projects: [storybookProject(fileURLToPath(new URL('.', import.meta.url)))] } });
