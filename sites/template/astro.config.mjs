import { defineConfig } from 'astro/config';
import druk from '@druk/astro';
import site from './site.config.ts';

// Agencies edit site.config.ts and src/content/, not this file.
export default defineConfig({
  server: { host: '127.0.0.1', port: 4321 },
  integrations: [druk({ config: site })],
});
