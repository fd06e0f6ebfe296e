import type { Lang } from '@druk/locale';
import { siteFolderName, CATEGORY_IDS } from '@druk/audit';
import type { FindingChange } from './compare.ts';
import { escapeHtml, page } from './html.ts';
import type { Leaderboard } from './board.ts';
import type { Standing } from './scoring.ts';
import { competitionTranslator, formatDate, formatNumber, formatPercent, type Translate } from './strings.ts';

/** What a webmaster receives after a round: the pack's JSON, and the source of its HTML pages. */
export interface SiteReport {
  competition: string;
  round: number;
  /** `id` is the site's stable id, also the name of its pack's folder. */
  site: { id: string; name: string; url: string; agency: string; contactEmail: string };
  status: string;
  rank: number | null;
  total: number | null;
  band: string | null;
  categories: Standing['categories'];
  automated: Standing['automated'];
  eliminationEvidence: string;
  uptime: Standing['uptime'];
  manual: {
    criterion: string;
    label: { en: string; dz: string };
    mean: number;
    spread: number;
    evaluators: number;
    outliers: number;
  }[];
  changes: {
    previousRound: number;
    /** The round in which the site was not audited, so no finding is called fixed or new; null when both were. */
    notAuditedInRound: number | null;
    rankMovement: number | null;
    totalChange: number | null;
    fixed: FindingChange[];
    introduced: FindingChange[];
    persisting: number;
  } | null;
  failures: FindingChange[];
}

export function siteReportData(board: Leaderboard, standing: Standing): SiteReport {
  const { rubric } = board.competition;
  const comparison = board.comparison?.sites.find((site) => site.after.site.id === standing.site.id);
  const crawl = board.crawls.get(standing.site.id);
  return {
    competition: board.competition.name,
    round: board.round.number,
    site: {
      id: siteFolderName(standing.site.url),
      name: standing.site.name,
      url: standing.site.url,
      agency: standing.site.agency,
      contactEmail: standing.site.contactEmail,
    },
    status: standing.eliminated ? 'eliminated' : standing.status,
    rank: standing.rank,
    total: standing.total,
    band: standing.band,
    categories: standing.categories,
    automated: standing.automated,
    eliminationEvidence: standing.eliminationEvidence,
    uptime: standing.uptime,
    manual: standing.manual.map((aggregate) => ({
      criterion: aggregate.criterion,
      label: rubric.manualCriteria.find((criterion) => criterion.id === aggregate.criterion)!.label,
      mean: Math.round(aggregate.mean * 10) / 10,
      spread: Math.round(aggregate.spread * 10) / 10,
      evaluators: aggregate.scores.length,
      outliers: aggregate.scores.filter((score) => score.outlier).length,
    })),
    changes:
      comparison && board.comparison
        ? {
            previousRound: board.comparison.previous.number,
            notAuditedInRound: comparison.notAuditedIn?.number ?? null,
            rankMovement: comparison.rankMovement,
            totalChange: comparison.totalChange,
            fixed: comparison.fixed,
            introduced: comparison.introduced,
            persisting: comparison.persisting,
          }
        : null,
    failures: (crawl?.findings ?? [])
      .filter((finding) => finding.status === 'fail')
      .map(({ key, ruleId, category, severity, message, pages }) => ({
        key,
        ruleId,
        category,
        severity,
        message,
        pages,
      })),
  };
}

/**
 * Failures as the webmaster reads them: one line per rule, severity and message, however many findings share
 * it (axe reports one per element, e.g. `axe/region` for each block outside a landmark), with how many there
 * were and on how many pages in all.
 */
function findingList(findings: FindingChange[], lang: Lang, t: Translate): string {
  if (findings.length === 0) return '';
  const lines = new Map<string, { finding: FindingChange; count: number; pages: Set<string> }>();
  for (const finding of findings) {
    const id = JSON.stringify([finding.ruleId, finding.severity, finding.message]);
    const line = lines.get(id) ?? { finding, count: 0, pages: new Set<string>() };
    line.count += 1;
    for (const page of finding.pages) line.pages.add(page);
    lines.set(id, line);
  }
  const items = [...lines.values()]
    .map(({ finding, count, pages }) => {
      const times = count > 1 ? ` × ${escapeHtml(formatNumber(lang, count, 0))}` : '';
      return `<li><strong>${escapeHtml(finding.ruleId)}</strong> (${escapeHtml(finding.severity)}): ${escapeHtml(finding.message)}${times} <span class="muted">${escapeHtml(t('competition.report.pages', { count: formatNumber(lang, pages.size, 0) }))}</span></li>`;
    })
    .join('\n');
  return `<ul>\n${items}\n</ul>`;
}

function uptimeSection(report: SiteReport, lang: Lang, t: Translate): string {
  const uptime = report.uptime;
  if (!uptime || uptime.uptime === null) return `<p>${escapeHtml(t('competition.report.no-uptime'))}</p>`;
  const summary = t('competition.report.uptime', {
    uptime: formatPercent(lang, uptime.uptime),
    probes: formatNumber(lang, uptime.probes, 0),
    ms: formatNumber(lang, uptime.meanResponseMs ?? 0, 0),
  });
  const spans = (heading: string, list: { from: number; to: number; extra?: string }[]) =>
    list.length === 0
      ? ''
      : `<h3>${escapeHtml(heading)}</h3>\n<ul>\n${list
          .map(
            (span) =>
              `<li>${escapeHtml(formatDate(lang, span.from))} – ${escapeHtml(formatDate(lang, span.to))}${span.extra ? ` (${escapeHtml(span.extra)})` : ''}</li>`,
          )
          .join('\n')}\n</ul>`;
  return `<p>${escapeHtml(summary)}</p>
${report.eliminationEvidence ? `<p class="notice">${escapeHtml(t('competition.status.eliminated'))}: ${escapeHtml(report.eliminationEvidence)}</p>` : ''}
${spans(
  t('competition.report.outages'),
  uptime.outages.map((outage) => ({ ...outage, extra: `${outage.probes} × ${outage.reason}` })),
)}
${spans(t('competition.report.gaps'), uptime.gaps)}`;
}

/** One site's report page in one language (findings' own messages come from the audit, in English). */
export function renderSiteReport(report: SiteReport, lang: Lang): string {
  const t = competitionTranslator(lang);
  const title = t('competition.report.title', { site: report.site.name });
  const summary =
    report.total === null
      ? t(`competition.status.${report.status === 'unreachable' ? 'unreachable' : 'not-audited'}`)
      : t('competition.report.summary', {
          round: formatNumber(lang, report.round, 0),
          rank: report.rank === null ? t('competition.status.eliminated') : formatNumber(lang, report.rank, 0),
          total: formatNumber(lang, report.total),
          band: t(`audit.band.${report.band as 'good'}`),
        });
  const categories = CATEGORY_IDS.map(
    (id) =>
      `<tr><th scope="row">${escapeHtml(t(`audit.category.${id}`))}</th><td class="number">${escapeHtml(report.categories[id] === undefined ? '–' : formatNumber(lang, report.categories[id]!))}</td></tr>`,
  ).join('\n');
  const manual = report.manual.length
    ? `<h2>${escapeHtml(t('competition.report.manual'))}</h2>
<table>
<thead><tr><th scope="col">${escapeHtml(t('competition.report.criterion'))}</th><th scope="col" class="number">${escapeHtml(t('competition.report.mean'))}</th><th scope="col" class="number">${escapeHtml(t('competition.report.spread'))}</th><th scope="col"></th></tr></thead>
<tbody>
${report.manual
  .map(
    (entry) =>
      `<tr><th scope="row">${escapeHtml(entry.label[lang])}</th><td class="number">${escapeHtml(formatNumber(lang, entry.mean))}</td><td class="number">${escapeHtml(formatNumber(lang, entry.spread))}</td><td>${entry.outliers ? escapeHtml(t('competition.report.outliers', { count: formatNumber(lang, entry.outliers, 0) })) : ''}</td></tr>`,
  )
  .join('\n')}
</tbody>
</table>`
    : '';
  const changes = !report.changes
    ? ''
    : report.changes.notAuditedInRound !== null
      ? `<h2>${escapeHtml(t('competition.report.changes', { round: formatNumber(lang, report.changes.previousRound, 0) }))}</h2>
<p>${escapeHtml(t('competition.report.not-compared', { round: formatNumber(lang, report.changes.notAuditedInRound, 0) }))}</p>`
      : `<h2>${escapeHtml(t('competition.report.changes', { round: formatNumber(lang, report.changes.previousRound, 0) }))}</h2>
<h3>${escapeHtml(t('competition.report.fixed', { count: formatNumber(lang, report.changes.fixed.length, 0) }))}</h3>
${findingList(report.changes.fixed, lang, t)}
<h3>${escapeHtml(t('competition.report.introduced', { count: formatNumber(lang, report.changes.introduced.length, 0) }))}</h3>
${findingList(report.changes.introduced, lang, t)}
<p>${escapeHtml(t('competition.report.persisting', { count: formatNumber(lang, report.changes.persisting, 0) }))}</p>`;
  const body = `<h1>${escapeHtml(title)}</h1>
<p><a href="${escapeHtml(report.site.url)}">${escapeHtml(report.site.url)}</a></p>
<p>${escapeHtml(summary)}</p>
<h2>${escapeHtml(t('competition.report.categories'))}</h2>
<table>
<tbody>
${categories}
</tbody>
</table>
<h2>${escapeHtml(t('competition.column.uptime'))}</h2>
${uptimeSection(report, lang, t)}
${manual}
${changes}
<h2>${escapeHtml(t('competition.report.failures', { count: formatNumber(lang, report.failures.length, 0) }))}</h2>
${findingList(report.failures, lang, t)}`;
  return page({ lang, title, body });
}
