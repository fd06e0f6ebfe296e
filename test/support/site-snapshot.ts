import { chmodSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A private copy of the built site for one test file, so a rebuild of sites/template/dist started
 * elsewhere in the meantime cannot pull files away mid-test. `remove` deletes the copy.
 */
export function snapshotSite(dist: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'druk-site-copy-'));
  cpSync(dist, dir, { recursive: true });
  // Readable by nginx's unprivileged worker processes.
  chmodSync(dir, 0o755);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
