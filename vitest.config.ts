import { existsSync, globSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { chromiumLaunchOptions } from './packages/chromium/src/index.js';
import { browserCommands } from './test/support/browser-commands.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

// A factory, not a shared object: vitest edits `instances` in place, and a shared
// object makes two projects claim the same name.
function browserMode() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({ launchOptions: chromiumLaunchOptions() }),
    instances: [{ browser: 'chromium' as const }],
    commands: browserCommands,
  };
}

const projects: TestProjectInlineConfiguration[] = [
  {
    test: {
      name: 'unit',
      include: ['packages/*/{src,test}/**/*.test.ts', 'scripts/**/*.test.ts'],
      exclude: ['**/*.browser.test.ts', 'packages/*/test/e2e/**', '**/node_modules/**'],
      environment: 'node',
    },
  },
  {
    test: {
      name: 'browser',
      include: ['packages/*/{src,test}/**/*.browser.test.ts'],
      browser: browserMode(),
    },
  },
  {
    test: {
      name: 'e2e',
      include: ['test/**/*.test.ts'],
      exclude: ['test/bench/**', 'test/packages/**', '**/node_modules/**'],
      environment: 'node',
      globalSetup: ['test/support/global-setup.ts'],
      testTimeout: 120_000,
      hookTimeout: 300_000,
      // One browser-heavy file at a time: the machines this runs on have 2 cores.
      fileParallelism: false,
    },
  },
  {
    // A package's own end-to-end tests (the competition's rounds against sites on 127.0.0.1, its nginx
    // block): real servers and Chromium like e2e, but no built agency site, so no globalSetup.
    test: {
      name: 'package-e2e',
      include: ['packages/*/test/e2e/**/*.test.ts'],
      environment: 'node',
      testTimeout: 120_000,
      hookTimeout: 300_000,
      fileParallelism: false,
    },
  },
  {
    // The packed tarballs installed into scratch projects; needs no built site, so no globalSetup.
    test: {
      name: 'packages',
      include: ['test/packages/**/*.test.ts'],
      environment: 'node',
      testTimeout: 120_000,
      hookTimeout: 300_000,
    },
  },
];

// Storybook stories run as tests (with their accessibility checks) once there are any.
if (globSync('packages/*/src/**/*.stories.ts', { cwd: root }).length > 0 && existsSync(`${root}.storybook/main.ts`)) {
  projects.push({
    plugins: [storybookTest({ configDir: `${root}.storybook` })],
    test: { name: 'storybook', browser: browserMode() },
  });
}

export default defineConfig({ test: { projects } });
