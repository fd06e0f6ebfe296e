import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Lang } from '@druk/locale';
import { CATEGORY_IDS, type Band, siteFolderName, toCsv } from '@druk/audit';
import type { RoundComparison } from './compare.ts';
import { buildLeaderboard, standingStatus, type Leaderboard } from './board.ts';
import type { Database } from './db.ts';
import { escapeHtml, languageLink, page, tableRegion } from './html.ts';
import { renderSiteReport, siteReportData } from './report.ts';
import type { Standing } from './scoring.ts';
import type { Competition } from './store.ts';
import { competitionTranslator, formatDate, formatNumber, formatPercent, type Translate } from './strings.ts';

/**
 * The competition's CSV files have always ended lines with LF: a closed round's files, regenerated, must stay
 * byte for byte those already sent to agencies.
 */
const CSV_LINE_END = '\n';

const BAND_COLOURS: Record<Band, string> = {
  excellent: '#00703c',
  'very-good': '#2e7d32',
  good: '#1d4f91',
  fair: '#a35200',
  poor: '#b10e1e',
};

/** An inline SVG chart named by its title (for screen readers) and captioned with it. */
function chartFigure(id: string, title: string, width: number, height: number, content: string): string {
  return `<figure>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" role="img" aria-labelledby="${id}-title">
<title id="${id}-title">${escapeHtml(title)}</title>
${content}
</svg>
<figcaption>${escapeHtml(title)}</figcaption>
</figure>`;
}

const LABEL_CHARACTERS = 40;

/** A site name cut to fit a chart label; the table beside the chart has it in full. */
function shortName(name: string): string {
  return name.length > LABEL_CHARACTERS ? `${name.slice(0, LABEL_CHARACTERS - 1).trimEnd()}…` : name;
}

/** Horizontal bars of the totals, best first; the table below carries the same numbers for screen readers. */
function totalsChart(board: Leaderboard, lang: Lang, t: Translate): string {
  const scored = board.standings.filter((standing) => standing.total !== null);
  // Room for the longest name at 13 px (about 7.5 px a character), within reason; longer names are cut.
  const longest = Math.max(...scored.map((standing) => Math.min(LABEL_CHARACTERS, standing.site.name.length)));
  const labelWidth = Math.max(120, Math.ceil(longest * 7.5) + 12);
  const barWidth = 380;
  const rowHeight = 26;
  const height = scored.length * rowHeight + 10;
  const rows = scored
    .map((standing, index) => {
      const y = index * rowHeight + 5;
      const width = Math.max(1, (standing.total! / 100) * barWidth);
      const colour = standing.eliminated ? '#6b6b6b' : BAND_COLOURS[standing.band!];
      return `<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end" font-size="13">${escapeHtml(shortName(standing.site.name))}</text>
<rect x="${labelWidth}" y="${y + 3}" width="${width.toFixed(1)}" height="${rowHeight - 8}" fill="${colour}"/>
<text x="${labelWidth + width + 6}" y="${y + 16}" font-size="13">${escapeHtml(formatNumber(lang, standing.total!))}</text>`;
    })
    .join('\n');
  return chartFigure('chart-totals', t('competition.chart.totals'), labelWidth + barWidth + 60, height, rows);
}

/** A slope chart: each site's rank in the previous round joined to its rank now. */
function movementChart(board: Leaderboard, comparison: RoundComparison, lang: Lang, t: Translate): string {
  const moved = comparison.sites.filter((site) => site.before?.rank != null && site.after.rank !== null);
  if (moved.length === 0) return '';
  const maxRank = Math.max(...moved.flatMap((site) => [site.before!.rank!, site.after.rank!]));
  const step = 26;
  const height = maxRank * step + 30;
  const left = 60;
  const right = 300;
  const y = (rank: number) => 20 + (rank - 1) * step;
  const lines = moved
    .map((site) => {
      const colour = site.rankMovement! > 0 ? '#00703c' : site.rankMovement! < 0 ? '#b10e1e' : '#4a4a4a';
      const from = y(site.before!.rank!);
      const to = y(site.after.rank!);
      return `<line x1="${left}" y1="${from}" x2="${right}" y2="${to}" stroke="${colour}" stroke-width="2"/>
<text x="${left - 8}" y="${from + 4}" text-anchor="end" font-size="13">${escapeHtml(formatNumber(lang, site.before!.rank!, 0))}</text>
<text x="${right + 8}" y="${to + 4}" font-size="13">${escapeHtml(`${formatNumber(lang, site.after.rank!, 0)} ${shortName(site.after.site.name)}`)}</text>`;
    })
    .join('\n');
  const title = t('competition.chart.movement', { previous: comparison.previous.number, round: board.round.number });
  return chartFigure('chart-movement', title, 620, height, lines);
}

/**
 * Progressive enhancement: without script the table is a plain table in rank order; with it, every column
 * heading becomes a button that sorts by that column (numbers by their data-value) and sets aria-sort.
 */
const SORT_SCRIPT = `
for (const table of document.querySelectorAll('table[data-sortable]')) {
  const headers = [...table.tHead.rows[0].cells];
  headers.forEach((th, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const key = (row) => {
        const cell = row.cells[column];
        const value = cell.dataset.value;
        return value === undefined ? cell.textContent.trim() : value === '' ? null : Number(value);
      };
      const rows = [...table.tBodies[0].rows].sort((a, b) => {
        const x = key(a), y = key(b);
        if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
        const order = typeof x === 'number' ? x - y : String(x).localeCompare(String(y));
        return ascending ? order : -order;
      });
      table.tBodies[0].append(...rows);
    });
  });
}`;

function numberCell(lang: Lang, value: number | null | undefined, text?: string): string {
  const shown = value === null || value === undefined ? '–' : (text ?? formatNumber(lang, value));
  return `<td class="number" data-value="${value ?? ''}">${escapeHtml(shown)}</td>`;
}

function movementText(lang: Lang, movement: number | null): string {
  if (movement === null) return '–';
  if (movement === 0) return '=';
  return `${movement > 0 ? '▲' : '▼'} ${formatNumber(lang, Math.abs(movement), 0)}`;
}

/**
 * For the organisers' moderation: every criterion where the evaluators' scores spread by more than half the
 * outlier distance, or where a score was set aside, widest spread first.
 */
function disagreementSection(board: Leaderboard, lang: Lang, t: Translate): string {
  const { rubric } = board.competition;
  const threshold = rubric.outlierDistance / 2;
  const rows = board.standings
    .flatMap((standing) =>
      standing.manual
        .filter((aggregate) => aggregate.spread > threshold || aggregate.scores.some((score) => score.outlier))
        .map((aggregate) => ({ standing, aggregate })),
    )
    .sort((a, b) => b.aggregate.spread - a.aggregate.spread);
  const heading = `<h2 id="disagreement">${escapeHtml(t('competition.leaderboard.disagreement'))}</h2>`;
  const points = formatNumber(lang, threshold);
  if (rows.length === 0) return `${heading}\n<p>${escapeHtml(t('competition.leaderboard.agreement', { points }))}</p>`;
  const body = rows
    .map(({ standing, aggregate }) => {
      const label = rubric.manualCriteria.find((criterion) => criterion.id === aggregate.criterion)?.label[lang];
      const outliers = aggregate.scores.filter((score) => score.outlier).length;
      const scores = aggregate.scores.map((score) => formatNumber(lang, score.score, 0)).join(' · ');
      return `<tr><th scope="row">${escapeHtml(standing.site.name)}</th><td>${escapeHtml(label ?? aggregate.criterion)}</td><td>${escapeHtml(scores)}</td><td class="number">${escapeHtml(formatNumber(lang, aggregate.spread))}</td><td class="number">${escapeHtml(formatNumber(lang, aggregate.mean))}</td><td>${outliers ? escapeHtml(t('competition.report.outliers', { count: formatNumber(lang, outliers, 0) })) : ''}</td></tr>`;
    })
    .join('\n');
  return `${heading}
<p>${escapeHtml(t('competition.leaderboard.disagreement-intro', { points }))}</p>
${tableRegion(
  'disagreement',
  `<table>
<thead><tr><th scope="col">${escapeHtml(t('competition.column.site'))}</th><th scope="col">${escapeHtml(t('competition.report.criterion'))}</th><th scope="col">${escapeHtml(t('competition.report.scores'))}</th><th scope="col" class="number">${escapeHtml(t('competition.report.spread'))}</th><th scope="col" class="number">${escapeHtml(t('competition.report.mean'))}</th><th scope="col"></th></tr></thead>
<tbody>
${body}
</tbody>
</table>`,
)}`;
}

export interface LeaderboardLinks {
  /** Relative links to the other language's page, the CSV and the JSON. */
  otherLanguage: string;
  csv: string;
  json: string;
  /** Relative link to a site's report pack page in this language. */
  report: (standing: Standing) => string;
}

export function renderLeaderboard(board: Leaderboard, lang: Lang, links: LeaderboardLinks): string {
  const t = competitionTranslator(lang);
  const movementBySite = new Map(board.comparison?.sites.map((site) => [site.after.site.id, site.rankMovement]));
  const categoryHeads = CATEGORY_IDS.map(
    (id) => `<th scope="col" class="number">${escapeHtml(t(`audit.category.${id}`))}</th>`,
  ).join('');
  const rows = board.standings
    .map((standing) => {
      const status = standingStatus(standing);
      const band = standing.band ? t(`audit.band.${standing.band}`) : '–';
      const categories = CATEGORY_IDS.map((id) => numberCell(lang, standing.categories[id])).join('');
      const uptime = standing.uptime?.uptime ?? null;
      const movement = movementBySite.get(standing.site.id) ?? null;
      return `<tr data-status="${status}">
${numberCell(lang, standing.rank, standing.rank === null ? '–' : formatNumber(lang, standing.rank, 0))}
<th scope="row"><a href="${escapeHtml(links.report(standing))}">${escapeHtml(standing.site.name)}</a></th>
${numberCell(lang, standing.total)}
<td data-value="${standing.total ?? ''}">${escapeHtml(band)}</td>
${categories}
${numberCell(lang, uptime === null ? null : Math.round(uptime * 1000) / 10, uptime === null ? undefined : formatPercent(lang, uptime))}
${numberCell(lang, movement, movementText(lang, movement))}
<td>${escapeHtml(t(`competition.status.${status}`))}</td>
</tr>`;
    })
    .join('\n');
  const counts = board.comparison?.counts;
  const trend =
    counts && board.comparison
      ? `<p>${escapeHtml(t('competition.leaderboard.trend', { round: board.comparison.previous.number, improved: counts.improved, degraded: counts.degraded, unchanged: counts.unchanged }))}</p>`
      : '';
  const open =
    board.round.status === 'open'
      ? `<p class="notice">${escapeHtml(t('competition.leaderboard.open', { round: board.round.number }))}</p>`
      : '';
  const title = t('competition.leaderboard.title', { competition: board.competition.name, round: board.round.number });
  const body = `${languageLink(lang, links.otherLanguage)}
<h1>${escapeHtml(title)}</h1>
<p class="muted">${escapeHtml(t('competition.leaderboard.generated', { date: formatDate(lang, board.generatedAt) }))}</p>
${open}
${trend}
${totalsChart(board, lang, t)}
${board.comparison ? movementChart(board, board.comparison, lang, t) : ''}
<p class="muted">${escapeHtml(t('competition.leaderboard.sort-hint'))}</p>
${tableRegion(
  'results-caption',
  `<table data-sortable>
<caption id="results-caption">${escapeHtml(title)}</caption>
<thead><tr>
<th scope="col" class="number">${escapeHtml(t('competition.column.rank'))}</th>
<th scope="col">${escapeHtml(t('competition.column.site'))}</th>
<th scope="col" class="number">${escapeHtml(t('competition.column.total'))}</th>
<th scope="col">${escapeHtml(t('competition.column.band'))}</th>
${categoryHeads}
<th scope="col" class="number">${escapeHtml(t('competition.column.uptime'))}</th>
<th scope="col" class="number">${escapeHtml(t('competition.column.movement'))}</th>
<th scope="col">${escapeHtml(t('competition.column.status'))}</th>
</tr></thead>
<tbody>
${rows}
</tbody>
</table>`,
)}
<p>${escapeHtml(t('competition.leaderboard.downloads'))} <a href="${escapeHtml(links.csv)}">CSV</a>, <a href="${escapeHtml(links.json)}">JSON</a></p>
${disagreementSection(board, lang, t)}`;
  return page({ lang, title, body, script: SORT_SCRIPT, wide: true });
}

/** The leaderboard as plain data (the JSON export). */
export function leaderboardJson(board: Leaderboard) {
  const movement = new Map(board.comparison?.sites.map((site) => [site.after.site.id, site]));
  return {
    competition: board.competition.name,
    round: board.round.number,
    roundStatus: board.round.status,
    generatedAt: new Date(board.generatedAt).toISOString(),
    previousRound: board.comparison?.previous.number ?? null,
    sites: board.standings.map((standing) => ({
      rank: standing.rank,
      name: standing.site.name,
      url: standing.site.url,
      agency: standing.site.agency,
      status: standingStatus(standing),
      total: standing.total,
      band: standing.band,
      categories: standing.categories,
      uptime: standing.uptime?.uptime ?? null,
      eliminationEvidence: standing.eliminationEvidence || null,
      rankMovement: movement.get(standing.site.id)?.rankMovement ?? null,
      totalChange: movement.get(standing.site.id)?.totalChange ?? null,
      failures: standing.failures,
    })),
  };
}

export function leaderboardCsv(board: Leaderboard): string {
  const data = leaderboardJson(board);
  const header = [
    'rank',
    'name',
    'url',
    'status',
    'total',
    'band',
    ...CATEGORY_IDS,
    'uptime',
    'rank_movement',
    'total_change',
  ];
  const rows = data.sites.map((site) => [
    site.rank,
    site.name,
    site.url,
    site.status,
    site.total,
    site.band,
    ...CATEGORY_IDS.map((id) => site.categories[id]),
    site.uptime === null ? null : Math.round(site.uptime * 10000) / 10000,
    site.rankMovement,
    site.totalChange,
  ]);
  return toCsv([header, ...rows], CSV_LINE_END);
}

/**
 * Writes the leaderboard (English and Dzongkha pages, CSV, JSON) and a report pack per site
 * (`reports/<site folder>/report.en.html`, `report.dz.html`, `report.json`) into `outDir`. Returns the files
 * written. Every file is first written beside its target under a temporary name; only when all of them are
 * on disk are they renamed into place, so a run that fails (a full disk, a blocked folder) leaves the
 * previous complete set, never a leaderboard linking to packs that were not written.
 */
export function writeLeaderboard(
  db: Database,
  competition: Competition,
  outDir: string,
  roundNumber?: number,
): string[] {
  const board = buildLeaderboard(db, competition, roundNumber);
  const files = new Map<string, string>();
  const add = (relative: string, content: string) => files.set(join(outDir, relative), content);
  // The site's folder is its stable id: distinct for every registered URL (see siteFolderName).
  const folderOf = (standing: Standing) => siteFolderName(standing.site.url);
  for (const lang of ['en', 'dz'] as const) {
    add(
      `leaderboard.${lang}.html`,
      renderLeaderboard(board, lang, {
        otherLanguage: `leaderboard.${lang === 'en' ? 'dz' : 'en'}.html`,
        csv: 'leaderboard.csv',
        json: 'leaderboard.json',
        report: (standing) => `reports/${folderOf(standing)}/report.${lang}.html`,
      }),
    );
  }
  add('leaderboard.csv', leaderboardCsv(board));
  add('leaderboard.json', `${JSON.stringify(leaderboardJson(board), null, 2)}\n`);
  // Who gets which pack: one line per site, for a mail merge.
  add(
    'reports/mailing-list.csv',
    toCsv(
      [
        ['site', 'name', 'agency', 'contact_email', 'report_en', 'report_dz', 'report_json'],
        ...board.standings.map((standing) => {
          const folder = folderOf(standing);
          return [
            folder,
            standing.site.name,
            standing.site.agency,
            standing.site.contactEmail,
            `${folder}/report.en.html`,
            `${folder}/report.dz.html`,
            `${folder}/report.json`,
          ];
        }),
      ],
      CSV_LINE_END,
    ),
  );
  for (const standing of board.standings) {
    const data = siteReportData(board, standing);
    const folder = `reports/${folderOf(standing)}`;
    add(`${folder}/report.json`, `${JSON.stringify(data, null, 2)}\n`);
    for (const lang of ['en', 'dz'] as const) add(`${folder}/report.${lang}.html`, renderSiteReport(data, lang));
  }
  writeAllOrNothing(files);
  return [...files.keys()];
}

/** Writes every file under a temporary name, then renames them all into place; on a failure removes the temporaries. */
function writeAllOrNothing(files: Map<string, string>): void {
  const temporary = new Map<string, string>();
  try {
    for (const [file, content] of files) {
      mkdirSync(dirname(file), { recursive: true });
      const partial = `${file}.${process.pid}.partial`;
      temporary.set(file, partial);
      writeFileSync(partial, content);
    }
  } catch (error) {
    for (const partial of temporary.values()) rmSync(partial, { force: true });
    throw error;
  }
  for (const [file, partial] of temporary) renameSync(partial, file);
}
