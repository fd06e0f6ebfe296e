// A small server for the example form: serves the page (in English or Dzongkha, with or without the
// form controls' script), checks a submission the way a real back end must (the page also submits
// without JavaScript), shows the form again with the server's messages when something is wrong, and
// otherwise echoes every submitted value back as JSON.
import { validateCid } from '@druk/locale';
import { translate } from '@druk/locale';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DZONGKHA_JSON } from '../../scripts/dzongkha.ts';
import { bundleFormControls } from './bundle.ts';
import { feedbackPage, type PageLang } from './page.ts';

export interface ExampleServer {
  /** Base URL with a trailing slash, on 127.0.0.1. */
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Every submitted value by name; files as `{ name, size, type }`. */
export type Echo = Record<string, (string | { name: string; size: number; type: string })[]>;

async function readForm(request: IncomingMessage): Promise<FormData> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  return new Request('http://127.0.0.1/', {
    method: 'POST',
    headers: { 'content-type': request.headers['content-type'] ?? 'application/x-www-form-urlencoded' },
    body,
  }).formData();
}

function echo(form: FormData): Echo {
  const result: Echo = {};
  for (const [name, value] of form) {
    const entry = typeof value === 'string' ? value : { name: value.name, size: value.size, type: value.type };
    (result[name] ??= []).push(entry);
  }
  return result;
}

/** The server's own checks; the messages come from the same catalogue as the controls'. */
function check(form: FormData, lang: PageLang): Record<string, string> {
  const errors: Record<string, string> = {};
  const text = (name: string) => String(form.get(name) ?? '').trim();
  if (!text('full-name')) errors['full-name'] = lang === 'dz' ? 'མིང་ཆ་ཚང་ བཙུགས།' : 'Enter your full name';
  const cid = validateCid(text('cid'));
  if (!cid.ok) errors.cid = translate(cid.error, lang);
  if (!text('dzongkhag')) errors.dzongkhag = lang === 'dz' ? 'རྫོང་ཁག་ གདམ་ཁ་རྐྱབ།' : 'Select your dzongkhag';
  if (!text('contact')) errors.contact = lang === 'dz' ? 'ཨིན་ ཡང་ན་ མེན་ གདམ་ཁ་རྐྱབ།' : 'Select yes or no';
  if (!text('message')) errors.message = lang === 'dz' ? 'བསམ་འཆར་ བཙུགས།' : 'Enter your feedback';
  return errors;
}

/** Starts the example on a free port of 127.0.0.1; the caller closes it. */
export async function startExampleServer(): Promise<ExampleServer> {
  const script = await bundleFormControls();
  // An esbuild bundle keeps `new URL('./dzongkha.json', import.meta.url)` as it is, so, like a portal
  // that bundles with esbuild, the server serves the strings file beside the script.
  const dzongkha = await readFile(DZONGKHA_JSON);
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const lang: PageLang = url.searchParams.get('lang') === 'dz' ? 'dz' : 'en';
      const scriptSrc = url.searchParams.get('js') === 'off' ? undefined : '/forms.js';
      const action = `/submit?${url.searchParams}`;
      // No caching, so that the browser restores form state itself on back/forward, as with most CMS pages.
      const html = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
      if (request.method === 'GET' && url.pathname === '/') {
        const page = await feedbackPage({ lang, scriptSrc, action });
        response.writeHead(200, html).end(page);
      } else if (request.method === 'GET' && url.pathname === '/forms.js') {
        response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(script);
      } else if (request.method === 'GET' && url.pathname === '/dzongkha.json') {
        response.writeHead(200, { 'content-type': 'application/json' }).end(dzongkha);
      } else if (request.method === 'POST' && url.pathname === '/submit') {
        const form = await readForm(request);
        const errors = check(form, lang);
        if (Object.keys(errors).length > 0) {
          const values: Record<string, string[]> = {};
          for (const [name, value] of form) {
            if (typeof value === 'string' && name !== 'password') (values[name] ??= []).push(value);
          }
          const page = await feedbackPage({ lang, scriptSrc, action, errors, values });
          response.writeHead(422, html).end(page);
        } else {
          response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(echo(form)));
        }
      } else {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      }
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    server,
    close: () =>
      new Promise<void>((done, failed) => {
        server.closeAllConnections();
        server.close((error) => (error ? failed(error) : done()));
      }),
  };
}
