// Builds dist/client/druk-chrome.js: Lit's hydration support, then the chrome's elements, in one
// minified module, and beside it druk-chrome-dzongkha.json, the Dzongkha strings it fetches only on
// Dzongkha pages. Loaded after the fragments, it hydrates their server-rendered shadow roots (keeping the
// server's nodes) instead of rendering them again. scripts/packages.ts calls this.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleSplit } from '../../components/scripts/build.ts';
import { CHROME_MODULES } from '../src/render.ts';
import { CLIENT_SCRIPT } from '../src/write.ts';

const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildClientScript(): Promise<string> {
  // The hydration support must run before LitElement is defined, so it comes first.
  const entry = ['@lit-labs/ssr-client/lit-element-hydrate-support.js', ...CHROME_MODULES]
    .map((module) => `import '${module}';`)
    .join('\n');
  const bundle = await bundleSplit(entry, { name: 'druk-chrome', resolveDir: PACKAGE_DIR });
  const folder = dirname(CLIENT_SCRIPT);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  writeFileSync(CLIENT_SCRIPT, bundle.entry);
  for (const [name, code] of Object.entries(bundle.lazy)) writeFileSync(join(folder, name), code);
  return CLIENT_SCRIPT;
}
