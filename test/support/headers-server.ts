// Serves a built site the way static hosts that read a `_headers` file (Netlify, Cloudflare Pages) do:
// the static server of static-server.ts plus the response headers the site declares for each path.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic, type StaticServer } from './static-server.ts';

interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

/** Parses `_headers`: a path pattern (with * wildcards) on its own line, then indented "Name: value" lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const separator = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && separator > 0) rule.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
  }
  return rules;
}

export async function serveWithHeaders(root: string): Promise<StaticServer> {
  const file = join(root, '_headers');
  const rules = existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
  const served = await serveStatic(root);
  // Runs before the static handler, which then keeps these headers when it writes its own.
  served.server.prependListener('request', (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    for (const rule of rules) {
      if (rule.pattern.test(pathname)) for (const [name, value] of rule.headers) response.setHeader(name, value);
    }
  });
  return served;
}
