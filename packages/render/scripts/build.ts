// Builds dist/client/druk-chrome.js: Lit's hydration support, then the chrome's elements, in one
// minified module. Loaded after the fragments, it hydrates their server-rendered shadow roots
// (keeping the server's nodes) instead of rendering them again. scripts/packages.ts calls this.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleOne } from '../../components/scripts/build.ts';
import { CHROME_MODULES } from '../src/render.ts';
import { CLIENT_SCRIPT } from '../src/write.ts';

const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildClientScript(): Promise<string> {
  // The hydration support must run before LitElement is defined, so it comes first. The fragments come in
  // Dzongkha too: the Dzongkha strings' loader is bundled in (one file, no second fetch).
  const entry = ['@lit-labs/ssr-client/lit-element-hydrate-support.js', ...CHROME_MODULES, '@druk/components/dzongkha']
    .map((module) => `import '${module}';`)
    .join('\n');
  mkdirSync(dirname(CLIENT_SCRIPT), { recursive: true });
  writeFileSync(CLIENT_SCRIPT, await bundleOne(entry, PACKAGE_DIR));
  return CLIENT_SCRIPT;
}
