import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * SHA-256 CSP sources of every inline <style> element in the built pages (the styles of
 * server-rendered components live in their declarative shadow roots). The policy then allows
 * exactly these styles and no others, without 'unsafe-inline'.
 */
export function inlineStyleHashes(dist: string, pages: readonly string[]): string[] {
  const hashes = new Set<string>();
  for (const page of pages) {
    const html = readFileSync(join(dist, page), 'utf8');
    for (const match of html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi)) {
      hashes.add(
        `sha256-${createHash('sha256')
          .update(match[1] as string, 'utf8')
          .digest('base64')}`,
      );
    }
  }
  return [...hashes].sort();
}
