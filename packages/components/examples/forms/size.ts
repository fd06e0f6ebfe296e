import { gzipSync } from 'node:zlib';
import { bundleFormControls } from './bundle.ts';

/** The size budget of all form controls together, gzip, without Lit (which every page shares). */
export const FORMS_BUDGET_GZIP_BYTES = 25 * 1024;

export interface BundleSize {
  raw: number;
  gzip: number;
}

function measure(code: string): BundleSize {
  return { raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

/** Sizes of the form controls bundle on top of Lit, and with Lit included. */
export async function formControlSizes(): Promise<{ withoutLit: BundleSize; withLit: BundleSize }> {
  const [withoutLit, withLit] = await Promise.all([bundleFormControls({ externalLit: true }), bundleFormControls()]);
  return { withoutLit: measure(withoutLit), withLit: measure(withLit) };
}
