import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Lang } from '@druk/locale';
import { ConfigError } from '@druk/audit';
import type { Database } from './db.ts';
import { escapeHtml, languageLink, page, tableRegion } from './html.ts';
import { aggregateCriterion } from './scoring.ts';
import {
  type Competition,
  type Evaluator,
  evaluatorByToken,
  getCompetition,
  listRounds,
  listSites,
  loadManualScores,
  parseScore,
  type Round,
  saveManualScores,
  type Site,
} from './store.ts';
import { competitionTranslator, formatNumber, type Translate } from './strings.ts';

// The evaluators' scoring page: plain HTML forms served on 127.0.0.1, no script needed. Each evaluator has a
// secret link (/e/<token>/); until the round closes they see and change only their own sheet. Evaluators
// outside the organiser's machine reach it through a TLS proxy (packages/competition/deploy/competition-nginx.conf)
// at the public origin, the only origin and host it answers to.

export interface EvaluatorServer {
  /** Base URL it listens on, e.g. http://127.0.0.1:41234/ */
  url: string;
  /** The origin evaluators use, e.g. https://scores.example.bt (the listening URL's origin by default). */
  publicOrigin: string;
  /** The link to give an evaluator, at the public origin. */
  linkFor(evaluator: Evaluator): string;
  close(): Promise<void>;
}

/** A request refused with an HTTP status other than 500, and why. */
class RequestRefused extends Error {
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

const MAX_BODY_BYTES = 64 * 1024;

const HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  // The token is in the path: keep it out of caches and other sites' logs. "same-origin" rather than
  // "no-referrer", because under "no-referrer" browsers send `Origin: null` with the page's own forms, and a
  // null origin is what a sandboxed frame on any other site sends too.
  'cache-control': 'no-store',
  'referrer-policy': 'same-origin',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
};

interface Context {
  db: Database;
  competition: Competition;
  evaluator: Evaluator;
  round: Round;
  lang: Lang;
  t: Translate;
  base: string;
}

/** The open round, or the latest closed one (read-only) when none is open. */
function activeRound(db: Database, competition: Competition): Round | undefined {
  const rounds = listRounds(db, competition.id);
  return rounds.find((round) => round.status === 'open') ?? rounds.at(-1);
}

function send(response: ServerResponse, status: number, html: string, extra: Record<string, string> = {}): void {
  response.writeHead(status, { ...HEADERS, ...extra });
  response.end(html);
}

function langLink(context: Context, path: string, lang: Lang = context.lang): string {
  return `${context.base}${path}${lang === 'dz' ? '?lang=dz' : ''}`;
}

function languageSwitch(context: Context, path: string): string {
  return languageLink(context.lang, langLink(context, path, context.lang === 'en' ? 'dz' : 'en'));
}

function sheetPage(context: Context, notice = ''): string {
  const { db, competition, evaluator, round, t, lang } = context;
  const criteria = competition.rubric.manualCriteria;
  const sites = listSites(db, competition.id);
  const closed = round.status === 'closed';
  const scores = loadManualScores(db, round.id, closed ? undefined : evaluator.id);
  const mine = scores.filter((score) => score.evaluatorId === evaluator.id);
  const done = sites.filter((site) =>
    criteria.every((criterion) => mine.some((s) => s.siteId === site.id && s.criterion === criterion.id)),
  ).length;
  const cell = (site: Site, criterion: string, max: number) => {
    const entries = scores.filter((score) => score.siteId === site.id && score.criterion === criterion);
    if (!closed) {
      const own = entries[0];
      return own ? formatNumber(lang, own.score) : '–';
    }
    if (entries.length === 0) return '–';
    const aggregate = aggregateCriterion(
      criterion,
      entries.map((entry) => ({ evaluatorId: entry.evaluatorId, score: (entry.score / max) * 100 })),
      competition.rubric.outlierDistance,
    );
    const all = entries.map((entry) => formatNumber(lang, entry.score)).join(' · ');
    return `${all} (σ ${formatNumber(lang, (aggregate.spread / 100) * max)})`;
  };
  const rows = sites
    .map(
      (site) =>
        `<tr><th scope="row"><a href="${escapeHtml(langLink(context, `sites/${site.id}`))}">${escapeHtml(site.name)}</a></th>${criteria
          .map((criterion) => `<td class="number">${escapeHtml(cell(site, criterion.id, criterion.max))}</td>`)
          .join('')}</tr>`,
    )
    .join('\n');
  const title = t('competition.evaluator.title', { evaluator: evaluator.name, round: round.number });
  const body = `${languageSwitch(context, '')}
<h1>${escapeHtml(title)}</h1>
${notice}
<p class="notice">${escapeHtml(closed ? t('competition.evaluator.closed', { round: round.number }) : t('competition.evaluator.open'))}</p>
<p>${escapeHtml(t('competition.evaluator.progress', { done: formatNumber(lang, done, 0), total: formatNumber(lang, sites.length, 0) }))}</p>
${tableRegion(
  'sheet-caption',
  `<table>
<caption id="sheet-caption">${escapeHtml(title)}</caption>
<thead><tr><th scope="col">${escapeHtml(t('competition.column.site'))}</th>${criteria
    .map(
      (criterion) =>
        `<th scope="col" class="number">${escapeHtml(criterion.label[lang])} (${escapeHtml(t('competition.evaluator.out-of', { max: formatNumber(lang, criterion.max) }))})</th>`,
    )
    .join('')}</tr></thead>
<tbody>
${rows}
</tbody>
</table>`,
)}`;
  return page({ lang, title, body });
}

function sitePage(
  context: Context,
  site: Site,
  entered?: { values: Record<string, string>; comment: string; error: string },
): string {
  const { db, competition, evaluator, round, t, lang } = context;
  const closed = round.status === 'closed';
  const own = loadManualScores(db, round.id, evaluator.id).filter((score) => score.siteId === site.id);
  const title = `${site.name}: ${t('competition.evaluator.title', { evaluator: evaluator.name, round: round.number })}`;
  const error = entered?.error
    ? `<div class="notice" role="alert"><p>${escapeHtml(t('competition.evaluator.error', { message: entered.error }))}</p></div>`
    : '';
  const fields = competition.rubric.manualCriteria
    .map((criterion) => {
      const saved = own.find((score) => score.criterion === criterion.id);
      const value = entered?.values[criterion.id] ?? (saved ? String(saved.score) : '');
      const id = `score-${criterion.id}`;
      return `<label for="${id}">${escapeHtml(criterion.label[lang])} <span class="muted">(${escapeHtml(t('competition.evaluator.out-of', { max: formatNumber(lang, criterion.max) }))})</span></label>
<input id="${id}" name="score.${escapeHtml(criterion.id)}" type="number" inputmode="decimal" min="0" max="${criterion.max}" step="0.5" value="${escapeHtml(value)}"${closed ? ' disabled' : ''}>`;
    })
    .join('\n');
  const comment = entered?.comment ?? own[0]?.comment ?? '';
  const form = `<form method="post" action="${escapeHtml(langLink(context, `sites/${site.id}`))}">
<fieldset>
<legend>${escapeHtml(site.name)}</legend>
<p><a href="${escapeHtml(site.url)}">${escapeHtml(site.url)}</a></p>
${fields}
<label for="comment">${escapeHtml(t('competition.evaluator.comment'))}</label>
<textarea id="comment" name="comment"${closed ? ' disabled' : ''}>${escapeHtml(comment)}</textarea>
</fieldset>
${closed ? '' : `<button class="button" type="submit">${escapeHtml(t('competition.evaluator.save', { site: site.name }))}</button>`}
</form>`;
  const body = `${languageSwitch(context, `sites/${site.id}`)}
<p><a href="${escapeHtml(langLink(context, ''))}">${escapeHtml(t('competition.evaluator.title', { evaluator: evaluator.name, round: round.number }))}</a></p>
<h1>${escapeHtml(site.name)}</h1>
${error}
${closed ? `<p class="notice">${escapeHtml(t('competition.evaluator.closed', { round: round.number }))}</p>` : ''}
${form}`;
  return page({ lang, title, body });
}

/**
 * The posted form. A body over the limit is read to its end and dropped, so that the 413 reaches the browser:
 * a connection closed while the browser is still sending loses the answer.
 */
function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((done, failed) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('error', failed);
    request.on('end', () => {
      if (size > MAX_BODY_BYTES)
        failed(new RequestRefused(413, `a form may have at most ${MAX_BODY_BYTES / 1024} KiB`));
      else done(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
    });
  });
}

async function saveSite(context: Context, site: Site, request: IncomingMessage, response: ServerResponse) {
  const form = await readForm(request);
  const values: Record<string, string> = {};
  for (const criterion of context.competition.rubric.manualCriteria) {
    values[criterion.id] = (form.get(`score.${criterion.id}`) ?? '').trim();
  }
  const comment = (form.get('comment') ?? '').trim();
  try {
    const scores = Object.fromEntries(
      Object.entries(values).map(([criterion, raw]) => [criterion, raw === '' ? null : parseScore(raw)]),
    );
    saveManualScores(context.db, context.round, context.competition.rubric, {
      siteId: site.id,
      evaluatorId: context.evaluator.id,
      scores,
      comment,
      source: 'scoring page',
    });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    send(response, 400, sitePage(context, site, { values, comment, error: error.message }));
    return;
  }
  const query = new URLSearchParams({ saved: String(site.id), ...(context.lang === 'dz' ? { lang: 'dz' } : {}) });
  response.writeHead(303, { location: `${context.base}?${query}`, 'cache-control': 'no-store' });
  response.end();
}

/**
 * A form must come from a page of this site: browsers name the page's origin in `Origin` on every POST. A
 * missing or `null` origin (sandboxed frames, data: URLs) is refused along with every other site's.
 */
function checkFormOrigin(request: IncomingMessage, publicOrigin: string): void {
  const origin = request.headers.origin;
  if (origin === undefined || origin === 'null')
    throw new RequestRefused(403, 'the form does not say where it came from');
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    throw new RequestRefused(400, 'the Origin header is not an origin');
  }
  if (parsed.origin !== origin) throw new RequestRefused(400, 'the Origin header is not an origin');
  if (origin !== publicOrigin) throw new RequestRefused(403, 'the form was posted from another site');
}

async function handle(
  db: Database,
  options: { competitionName: string | undefined; publicOrigin: string },
  request: IncomingMessage,
  response: ServerResponse,
) {
  // Another Host is a request meant for another site, or a DNS name rebound to this machine by a page.
  if (request.headers.host !== new URL(options.publicOrigin).host) {
    throw new RequestRefused(400, `this server answers only for ${options.publicOrigin}`);
  }
  const competitionName = options.competitionName;
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const lang: Lang = url.searchParams.get('lang') === 'dz' ? 'dz' : 'en';
  const t = competitionTranslator(lang);
  const match = /^\/e\/([A-Za-z0-9_-]+)\/(?:sites\/(\d+))?$/.exec(url.pathname);
  const evaluator = match ? evaluatorByToken(db, match[1]!) : undefined;
  const competition = getCompetition(db, competitionName);
  if (!match || !evaluator || evaluator.competitionId !== competition.id) {
    const title = t('competition.evaluator.forbidden');
    send(response, match ? 403 : 404, page({ lang, title, body: `<h1>${escapeHtml(title)}</h1>` }));
    return;
  }
  const round = activeRound(db, competition);
  if (!round) {
    const title = t('competition.evaluator.no-round');
    send(response, 200, page({ lang, title, body: `<h1>${escapeHtml(title)}</h1>` }));
    return;
  }
  const context: Context = { db, competition, evaluator, round, lang, t, base: `/e/${evaluator.token}/` };
  const site = match[2]
    ? listSites(db, competition.id).find((candidate) => candidate.id === Number(match[2]))
    : undefined;
  if (match[2] && !site) {
    send(response, 404, page({ lang, title: '404', body: '<h1>404</h1>' }));
    return;
  }
  if (request.method === 'POST' && site) {
    checkFormOrigin(request, options.publicOrigin);
    await saveSite(context, site, request, response);
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, page({ lang, title: '405', body: '<h1>405</h1>' }), { allow: 'GET, POST' });
    return;
  }
  if (site) {
    send(response, 200, sitePage(context, site));
    return;
  }
  const savedId = Number(url.searchParams.get('saved'));
  const saved = listSites(db, competition.id).find((candidate) => candidate.id === savedId);
  const notice = saved
    ? `<div class="notice" role="status"><p>${escapeHtml(t('competition.evaluator.saved', { site: saved.name }))}</p></div>`
    : '';
  send(response, 200, sheetPage(context, notice));
}

/** "https://scores.example.bt" from the organiser's --public-origin, or an error saying what is wrong. */
export function parsePublicOrigin(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError(`--public-origin must be a URL such as https://scores.example.bt, not "${text}"`);
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username) {
    throw new ConfigError(
      `--public-origin must be a scheme and host only, such as https://scores.example.bt, not "${text}"`,
    );
  }
  return url.origin;
}

function refusal(status: number, message: string): string {
  return page({ lang: 'en', title: String(status), body: `<h1>${status}</h1>\n<p>${escapeHtml(message)}</p>` });
}

/**
 * Serves the scoring page on 127.0.0.1 (port 0: any free port) until `close()`. It answers only requests for
 * `publicOrigin` (default: its own listening URL), the address evaluators are given.
 */
export async function startEvaluatorServer(
  db: Database,
  options: { port?: number; competition?: string; publicOrigin?: string } = {},
): Promise<EvaluatorServer> {
  getCompetition(db, options.competition);
  let publicOrigin = options.publicOrigin === undefined ? '' : parsePublicOrigin(options.publicOrigin);
  const server = createServer((request, response) => {
    handle(db, { competitionName: options.competition, publicOrigin }, request, response).catch((error: unknown) => {
      if (response.headersSent) response.end();
      else if (error instanceof RequestRefused) {
        send(response, error.status, refusal(error.status, error.message));
      } else {
        send(response, 500, refusal(500, 'the scoring page failed; the organiser has the details'));
        process.emitWarning(`evaluator page: ${(error as Error).message}`);
      }
    });
  });
  await new Promise<void>((ready, failed) => {
    server.once('error', failed);
    server.listen(options.port ?? 0, '127.0.0.1', ready);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/`;
  publicOrigin ||= `http://127.0.0.1:${port}`;
  return {
    url,
    publicOrigin,
    linkFor: (evaluator) => `${publicOrigin}/e/${evaluator.token}/`,
    close: () =>
      new Promise<void>((done, failed) => {
        server.closeAllConnections();
        server.close((error) => (error ? failed(error) : done()));
      }),
  };
}
