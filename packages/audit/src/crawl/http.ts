// Plain HTTP(S) from Node for what needs no browser: robots.txt, sitemaps, link checks, downloads and
// the certificate. Certificates are not verified here (the certificate check reports them separately),
// so a site with a bad certificate is still audited.
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect as tlsConnect, type PeerCertificate } from 'node:tls';

export const USER_AGENT = 'druk-audit/0.1 (+https://github.com/druk-design-system; website audit)';

export interface HttpResponse {
  url: string;
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** True when the body was cut at maxBytes. */
  truncated: boolean;
  /** Declared or counted size in bytes. */
  bytes: number | null;
  redirects: string[];
}

export interface RequestOptions {
  method?: 'GET' | 'HEAD';
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

/** One request, following redirects; rejects on network errors and timeouts with a coded Error. */
export async function fetchUrl(url: string, options: RequestOptions = {}): Promise<HttpResponse> {
  const { method = 'GET', timeoutMs = 15_000, maxBytes = 5 * 1024 * 1024, maxRedirects = 5 } = options;
  const redirects: string[] = [];
  let current = url;
  for (let hop = 0; ; hop += 1) {
    const response = await requestOnce(current, method, timeoutMs, maxBytes);
    const location = response.headers.location;
    if (response.status >= 300 && response.status < 400 && location) {
      if (hop >= maxRedirects)
        throw Object.assign(new Error(`More than ${maxRedirects} redirects`), { code: 'ERR_TOO_MANY_REDIRECTS' });
      redirects.push(current);
      current = new URL(location, current).href;
      continue;
    }
    return { ...response, url: current, redirects };
  }
}

function requestOnce(url: string, method: string, timeoutMs: number, maxBytes: number) {
  return new Promise<Omit<HttpResponse, 'url' | 'redirects'>>((resolve, reject) => {
    const parsed = new URL(url);
    const send = parsed.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(
      parsed,
      { method, headers: { 'user-agent': USER_AGENT, accept: '*/*' }, rejectUnauthorized: false, timeout: timeoutMs },
      (response) => {
        const chunks: Buffer[] = [];
        let received = 0;
        let truncated = false;
        response.on('data', (chunk: Buffer) => {
          received += chunk.length;
          if (received > maxBytes) {
            truncated = true;
            response.destroy();
            return;
          }
          chunks.push(chunk);
        });
        const finish = () => {
          clearTimeout(timer);
          const declared = Number(response.headers['content-length']);
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
            truncated,
            bytes: Number.isFinite(declared) && declared > 0 ? declared : truncated ? null : received,
          });
        };
        response.on('end', finish);
        response.on('close', finish);
        response.on('error', finish);
      },
    );
    // A whole-request deadline: the socket timeout alone does not stop a server that trickles bytes.
    const timer = setTimeout(() => {
      request.destroy(Object.assign(new Error(`Timed out after ${timeoutMs} ms`), { code: 'ETIMEDOUT' }));
    }, timeoutMs);
    request.on('timeout', () =>
      request.destroy(Object.assign(new Error(`Timed out after ${timeoutMs} ms`), { code: 'ETIMEDOUT' })),
    );
    request.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    request.end();
  });
}

export type LinkVerdict =
  { ok: true; status: number } | { ok: false; status: number | null; review: boolean; reason: string };

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Checks a link: HEAD, then GET when HEAD is refused; retries 429 and 5xx with backoff (honouring
 * Retry-After up to 5 s). 401/403/429 that persist are "needs review" (bot walls, rate limits), as are
 * network errors on other sites; 404, 410 and 5xx are broken.
 */
export async function checkLink(
  url: string,
  options: { timeoutMs?: number; retries?: number; external: boolean },
): Promise<LinkVerdict> {
  const { timeoutMs = 10_000, retries = 2, external } = options;
  let last: HttpResponse | undefined;
  for (let attempt = 0; attempt <= retries; attempt += 1) {
    try {
      last = await fetchUrl(url, { method: 'HEAD', timeoutMs, maxBytes: 0 });
      if (last.status === 405 || last.status === 501 || last.status === 400) {
        last = await fetchUrl(url, { method: 'GET', timeoutMs, maxBytes: 64 * 1024 });
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'ERR_NETWORK';
      if (attempt < retries && !external) {
        await sleep(250 * 2 ** attempt);
        continue;
      }
      return { ok: false, status: null, review: external, reason: `${code}: ${(error as Error).message}` };
    }
    if (last.status < 400) return { ok: true, status: last.status };
    if ((last.status === 429 || last.status >= 500) && attempt < retries) {
      const retryAfter = Number(last.headers['retry-after']);
      await sleep(Number.isFinite(retryAfter) ? Math.min(retryAfter * 1000, 5000) : 300 * 2 ** attempt);
      continue;
    }
    break;
  }
  const status = last?.status ?? null;
  const review = status === 401 || status === 403 || status === 429;
  return { ok: false, status, review, reason: `HTTP ${status}` };
}

export interface HttpRedirectFacts {
  /** The plain-HTTP address requested first. */
  httpUrl: string;
  /**
   * true when the redirects end on an https:// address; false when an http:// address answers without
   * one (or redirects go round without reaching https://); null when there was no answer to judge.
   */
  redirectsToHttps: boolean | null;
  /** Each http:// address requested and its HTTP status, in order. */
  hops: { url: string; status: number }[];
  /** Where the last redirect pointed: the https:// address when redirectsToHttps is true. */
  target?: string;
  /** Why an address did not answer. */
  error?: string;
}

/**
 * The plain-HTTP address of a site served over HTTPS: the address people reach by typing the host name,
 * so the same host and path on port 80, whatever port the https:// URL names (plain HTTP sent to the TLS
 * port would only get a protocol error). `httpPort` names another port: tests on 127.0.0.1 use it, as
 * they cannot listen on port 80.
 */
export function plainHttpUrl(httpsUrl: string, httpPort?: number): string {
  const url = new URL(httpsUrl);
  url.protocol = 'http:';
  url.port = httpPort === undefined ? '' : String(httpPort);
  return url.href;
}

const MAX_HTTP_REDIRECTS = 5;

/** Requests the plain-HTTP address of an https:// site and follows its redirects until one reaches https://. */
export async function probeHttpRedirect(
  httpsUrl: string,
  options: { httpPort?: number; timeoutMs?: number } = {},
): Promise<HttpRedirectFacts> {
  const { httpPort, timeoutMs = 10_000 } = options;
  const httpUrl = plainHttpUrl(httpsUrl, httpPort);
  const hops: HttpRedirectFacts['hops'] = [];
  let current = httpUrl;
  while (hops.length <= MAX_HTTP_REDIRECTS) {
    let response: Awaited<ReturnType<typeof requestOnce>>;
    try {
      response = await requestOnce(current, 'GET', timeoutMs, 64 * 1024);
    } catch (error) {
      return { httpUrl, redirectsToHttps: null, hops, error: `${current}: ${(error as Error).message}` };
    }
    hops.push({ url: current, status: response.status });
    const location = response.headers.location;
    if (response.status < 300 || response.status >= 400 || !location) {
      return { httpUrl, redirectsToHttps: false, hops };
    }
    const target = new URL(location, current).href;
    if (target.startsWith('https:')) return { httpUrl, redirectsToHttps: true, hops, target };
    current = target;
  }
  return { httpUrl, redirectsToHttps: false, hops, target: current };
}

export interface CertificateFacts {
  authorized: boolean;
  error?: string;
  validTo?: string;
  daysLeft?: number;
}

/** Connects with TLS and reports whether the certificate verifies, and when it expires. */
export function probeCertificate(url: string, timeoutMs = 10_000): Promise<CertificateFacts> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = tlsConnect({
      host: hostname,
      port: Number(port || 443),
      servername: /^[\d.]+$|:/.test(hostname) ? undefined : hostname,
      rejectUnauthorized: false,
      timeout: timeoutMs,
    });
    const done = (facts: CertificateFacts) => {
      socket.destroy();
      resolve(facts);
    };
    socket.once('secureConnect', () => {
      const certificate: PeerCertificate = socket.getPeerCertificate();
      const validTo = certificate.valid_to ? new Date(certificate.valid_to).toISOString().slice(0, 10) : undefined;
      const daysLeft = certificate.valid_to
        ? Math.floor((Date.parse(certificate.valid_to) - Date.now()) / 86_400_000)
        : undefined;
      const error = socket.authorizationError ? String(socket.authorizationError) : undefined;
      done({ authorized: socket.authorized, error, validTo, daysLeft });
    });
    socket.once('timeout', () => done({ authorized: false, error: 'TLS handshake timed out' }));
    socket.once('error', (error) => done({ authorized: false, error: error.message }));
  });
}
