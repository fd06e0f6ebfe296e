import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://example.gov.bt',
  server: { host: '127.0.0.1', port: 4321 },
  trailingSlash: 'always',
});
