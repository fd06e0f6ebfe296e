// Serves the W3C ACT Rules test cases on 127.0.0.1 at the path the W3C publishes them under
// (ACT_URL_PREFIX), which the test cases' absolute links to their shared assets expect.
import { mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ACT_URL_PREFIX } from '../../packages/audit/src/conformance/corpus.ts';
import type { LoopbackServer } from './loopback.ts';
import { serveTemporaryFolder } from './static-server.ts';

/** Serves `corpusDir`; closing the server also removes the folder it was mounted in. */
export function serveActCorpus(corpusDir: string): Promise<LoopbackServer> {
  return serveTemporaryFolder('druk-act-', (root) => {
    const mount = join(root, ACT_URL_PREFIX.replace(/\/$/, ''));
    mkdirSync(dirname(mount), { recursive: true });
    symlinkSync(corpusDir, mount);
  });
}
