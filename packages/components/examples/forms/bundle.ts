import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** The module that defines every form control. */
export const FORM_CONTROLS_ENTRY = fileURLToPath(new URL('../../src/form-base/controls.ts', import.meta.url));

export interface BundleOptions {
  /** Leave `lit` (and its parts) out, to measure the controls "on top of Lit". */
  externalLit?: boolean;
}

/**
 * The form controls as one minified ES module for the browser, the way a site would ship them
 * (production Lit, no source maps).
 */
export async function bundleFormControls(options: BundleOptions = {}): Promise<string> {
  const result = await build({
    entryPoints: [FORM_CONTROLS_ENTRY],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    write: false,
    legalComments: 'none',
    external: options.externalLit
      ? ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*']
      : [],
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced no output for the form controls');
  return output.text;
}
