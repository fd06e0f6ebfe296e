import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { listenOnLoopback, type LoopbackServer } from './loopback.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

export type StaticServer = LoopbackServer;

/** Resolves a request path to a file inside `root`, the way static hosts do. */
function resolveFile(root: string, pathname: string): string | undefined {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  const file = join(root, relative);
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) {
    const index = join(file, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  if (existsSync(file)) return file;
  const html = `${file}.html`;
  return existsSync(html) ? html : undefined;
}

/** Serves a folder on 127.0.0.1 on a free port; the caller closes it. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file = resolveFile(root, pathname);
    if (!file) {
      const notFound = resolveFile(root, '/404.html');
      response.writeHead(404, { 'content-type': CONTENT_TYPES['.html'] });
      if (notFound) createReadStream(notFound).pipe(response);
      else response.end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return listenOnLoopback(server);
}

/**
 * Serves a new temporary folder (its name starts with `prefix`) once `write` has put the site in it; closing
 * the server also removes the folder.
 */
export async function serveTemporaryFolder(
  prefix: string,
  write: (folder: string) => void | Promise<void>,
): Promise<StaticServer> {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  const remove = () => rmSync(folder, { recursive: true, force: true });
  try {
    await write(folder);
    const server = await serveStatic(folder);
    return {
      ...server,
      close: async () => {
        await server.close();
        remove();
      },
    };
  } catch (error) {
    remove();
    throw error;
  }
}

/** A file of an in-memory site: an HTML page, or any body with its content type. */
export type ServedFile = string | { type: string; body: string | Buffer };

/**
 * Serves `files` by URL path (the query is ignored) on 127.0.0.1 on a free port; any other path gets a 404
 * with `notFound` as its HTML page (empty by default). The caller closes it.
 */
export async function serveFiles(files: Record<string, ServedFile>, notFound = ''): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://127.0.0.1').pathname];
    if (file === undefined) {
      response.writeHead(404, { 'content-type': CONTENT_TYPES['.html'] });
      response.end(notFound);
      return;
    }
    const { type, body } = typeof file === 'string' ? { type: CONTENT_TYPES['.html']!, body: file } : file;
    response.writeHead(200, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
    response.end(body);
  });
  return listenOnLoopback(server);
}

/** An English HTML page with a mobile viewport around `body`. */
const htmlDocument = (title: string, body: string): string =>
  `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body>${body}</body></html>`;

/**
 * Serves each of `bodies` (by URL path) as the body of an English page with a mobile viewport and `title`;
 * any other path gets a 404 with `notFoundBody` in the same page.
 */
export function servePages(title: string, bodies: Record<string, string>, notFoundBody = ''): Promise<StaticServer> {
  const pages = Object.entries(bodies).map(([path, body]) => [path, htmlDocument(title, body)]);
  return serveFiles(Object.fromEntries(pages), htmlDocument(title, notFoundBody));
}

/** Every built HTML page as a URL path ("/", "/en/about/"), sorted. */
export function htmlPages(files: string[]): string[] {
  return files
    .filter((file) => file.endsWith('.html') && file !== '404.html')
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`)
    .sort();
}
