// The per-site HTML report: one self-contained file (inline CSS and SVG, screenshots as data: URLs, no
// scripts, no external requests) that a webmaster can open offline from an e-mail. English, with a
// Dzongkha summary from @druk/locale.
import { translate, type MessageKey } from '@druk/locale';
import { findingCost, DEFAULT_RUBRIC } from '../results/scoring.ts';
import type { Band, CategoryId, Finding, RuleMeta, SiteResult } from '../types.ts';

const BAND_COLOURS: Record<Band, string> = {
  excellent: '#0b6e2f',
  'very-good': '#2f7d32',
  good: '#7a5c00',
  fair: '#a14a00',
  poor: '#b00020',
};

export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const categoryName = (category: CategoryId, lang: 'en' | 'dz' = 'en') =>
  translate(`audit.category.${category}` as MessageKey, lang);
const bandName = (band: Band, lang: 'en' | 'dz' = 'en') => translate(`audit.band.${band}` as MessageKey, lang);

/** Horizontal bar chart of the six category scores, as inline SVG with a text alternative. */
export function scoreChart(result: SiteResult): string {
  const rowHeight = 34;
  const labelWidth = 260;
  const barWidth = 360;
  const height = result.score.categories.length * rowHeight + 10;
  const rows = result.score.categories
    .map((category, index) => {
      const y = index * rowHeight + 5;
      const width = Math.max(2, (category.score / 100) * barWidth);
      return `<text x="0" y="${y + 21}" font-size="15">${escapeHtml(categoryName(category.category))}</text>
<rect x="${labelWidth}" y="${y + 4}" width="${barWidth}" height="24" fill="#e8e8e8"/>
<rect x="${labelWidth}" y="${y + 4}" width="${width.toFixed(1)}" height="24" fill="${BAND_COLOURS[category.band]}"/>
<text x="${labelWidth + barWidth + 10}" y="${y + 21}" font-size="15">${category.score} · ${escapeHtml(bandName(category.band))}</text>`;
    })
    .join('\n');
  const description = result.score.categories
    .map((category) => `${categoryName(category.category)}: ${category.score} (${bandName(category.band)})`)
    .join('; ');
  return `<svg role="img" aria-labelledby="chart-title" viewBox="0 0 ${labelWidth + barWidth + 140} ${height}" width="100%" style="max-width:760px">
<title id="chart-title">Scores by category: ${escapeHtml(description)}</title>
${rows}
</svg>`;
}

function references(rule: RuleMeta): string {
  return rule.references
    .map((reference) => {
      const label = `${reference.standard}${reference.criterion ? ` ${reference.criterion}` : ''}`;
      return reference.url ? `<a href="${escapeHtml(reference.url)}">${escapeHtml(label)}</a>` : escapeHtml(label);
    })
    .join(', ');
}

/** Findings the configuration set aside, with the reasons: shown, so an exception never hides a problem unseen. */
function exceptionsSection(result: SiteResult): string {
  if (!result.exceptions?.length) return '';
  const rows = result.exceptions
    .map(
      (exception) =>
        `<tr><td><code>${escapeHtml(exception.rule)}</code></td><td>${exception.selector ? `<code>${escapeHtml(exception.selector)}</code>` : 'whole page'}${exception.pages ? ` on pages matching <code>${escapeHtml(exception.pages)}</code>` : ''}</td><td>${escapeHtml(exception.reason)}</td><td>${exception.occurrences}</td><td>${exception.pageUrls.length}</td></tr>`,
    )
    .join('\n');
  return `<h2>Set aside by exceptions</h2>
<p>The audit's configuration sets these findings aside, each for the reason given: they are not among the problems above and cost no points.</p>
<table><caption>Exceptions in the configuration, with how many findings each set aside and on how many pages</caption>
<thead><tr><th scope="col">Rule</th><th scope="col">Where</th><th scope="col">Reason</th><th scope="col">Findings</th><th scope="col">Pages</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}

/** `level`: the card's heading level, one below the heading of the section it sits in. */
function findingCard(finding: Finding, rule: RuleMeta, points: number | null, level: 3 | 4): string {
  const pages = finding.pages
    .slice(0, 30)
    .map((page) => `<li><a href="${escapeHtml(page)}">${escapeHtml(page)}</a></li>`)
    .join('');
  const more = finding.pages.length > 30 ? `<li>… and ${finding.pages.length - 30} more</li>` : '';
  const occurrences = finding.occurrences
    .slice(0, 5)
    .map(
      (occurrence) => `<li>
${occurrence.selector ? `<p>Element: <code>${escapeHtml(occurrence.selector)}</code></p>` : ''}
${occurrence.snippet ? `<pre><code>${escapeHtml(occurrence.snippet)}</code></pre>` : ''}
${occurrence.message && occurrence.message !== finding.message ? `<p>${escapeHtml(occurrence.message)}</p>` : ''}
${occurrence.screenshot ? `<img src="${occurrence.screenshot}" alt="Screenshot of the element on ${escapeHtml(occurrence.pageUrl)}">` : ''}
</li>`,
    )
    .join('');
  return `<article class="finding ${finding.severity}" id="f-${finding.key}">
<h${level}>${escapeHtml(rule.help)}</h${level}>
${rule.helpDz ? `<p lang="dz">${escapeHtml(rule.helpDz)}</p>` : ''}
<p class="meta"><span class="badge">${finding.severity}</span> <code>${escapeHtml(finding.ruleId)}</code> · found by ${finding.engines.join(' and ')} · ${finding.pages.length} page(s)${points !== null ? ` · costs ${points} points` : ''}</p>
<p>${escapeHtml(finding.message)}</p>
<dl>
<dt>Why it matters</dt><dd>${escapeHtml(rule.why)}</dd>
<dt>How to fix it</dt><dd>${escapeHtml(rule.fix)}</dd>
${rule.references.length ? `<dt>Standard</dt><dd>${references(rule)}</dd>` : ''}
</dl>
<details><summary>Affected pages (${finding.pages.length})</summary><ul>${pages}${more}</ul></details>
${occurrences ? `<details${finding.occurrences.some((o) => o.screenshot) ? ' open' : ''}><summary>Where on the page</summary><ul class="occurrences">${occurrences}</ul></details>` : ''}
</article>`;
}

const STYLE = `
body{font-family:system-ui,"Noto Sans","Jomolhari","Noto Serif Tibetan",sans-serif;line-height:1.5;color:#1b1b1b;background:#fff;margin:0}
main{max-width:60rem;margin:0 auto;padding:1rem 1.25rem 4rem}
a{color:#00539f}a:focus-visible,summary:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}
h1{font-size:2rem;margin:.5rem 0}h2{margin-top:2.5rem;border-bottom:2px solid #1b1b1b}
.score{font-size:1.25rem}.band{font-weight:700}
[lang="dz"]{font-size:1.15em;line-height:1.9}
.finding{border-left:6px solid #6b6b6b;padding:.5rem 1rem;margin:1rem 0;background:#f6f6f6}
.finding.critical{border-color:#b00020}.finding.serious{border-color:#a14a00}.finding.moderate{border-color:#7a5c00}
.badge{display:inline-block;padding:0 .4rem;border:1px solid currentColor;border-radius:3px;text-transform:uppercase;font-size:.8rem}
.meta{color:#4a4a4a;font-size:.9rem}
pre{white-space:pre-wrap;word-break:break-all;background:#fff;padding:.5rem;border:1px solid #ccc}
img{max-width:100%;border:1px solid #999}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:.25rem .5rem;text-align:left;vertical-align:top}
td{word-break:break-all}
dt{font-weight:700}dd{margin:0 0 .5rem}
`;

export function renderHtmlReport(result: SiteResult): string {
  const rules = new Map((result.rules ?? []).map((rule) => [rule.id, rule]));
  const failures = result.findings.filter((finding) => finding.status === 'fail');
  const review = result.findings.filter((finding) => finding.status === 'needs-review');
  const toolErrors = result.findings.filter((finding) => finding.status === 'tool-error');
  const ruleOf = (finding: Finding): RuleMeta =>
    rules.get(finding.ruleId) ?? {
      id: finding.ruleId,
      category: finding.category,
      severity: finding.severity,
      tags: [],
      references: [],
      help: finding.ruleId,
      why: '',
      fix: '',
    };
  const costs = new Map(
    result.score.categories.flatMap((category) =>
      category.deductions.map((deduction) => [deduction.findingKey, deduction.points] as const),
    ),
  );
  const byCategory = result.score.categories
    .map((category) => {
      const items = failures.filter((finding) => finding.category === category.category);
      const cards = items
        .map((finding) =>
          findingCard(finding, ruleOf(finding), costs.get(finding.key) ?? findingCost(finding, DEFAULT_RUBRIC), 4),
        )
        .join('\n');
      return `<section aria-labelledby="cat-${category.category}">
<h3 id="cat-${category.category}">${escapeHtml(categoryName(category.category))}: ${category.score} (${escapeHtml(bandName(category.band))})</h3>
${cards || '<p>No failures in this category.</p>'}
</section>`;
    })
    .join('\n');
  const top = failures.slice(0, 5);
  const dzSummary = `<section lang="dz" aria-labelledby="dz-summary">
<h2 id="dz-summary">${escapeHtml(translate('audit.report.summary', 'dz'))}</h2>
<p>${escapeHtml(translate('audit.report.overall', 'dz', { score: result.score.overall, band: bandName(result.score.band, 'dz') }))}</p>
<ul>
<li>${escapeHtml(translate('audit.report.pages', 'dz', { count: result.summary.pagesAudited }))}</li>
<li>${escapeHtml(translate('audit.report.failures', 'dz', { count: result.summary.failures }))}</li>
<li>${escapeHtml(translate('audit.report.needs-review', 'dz', { count: result.summary.needsReview }))}</li>
</ul>
<ul>${result.score.categories.map((category) => `<li>${escapeHtml(categoryName(category.category, 'dz'))}: ${category.score} (${escapeHtml(bandName(category.band, 'dz'))})</li>`).join('')}</ul>
</section>`;
  const pagesTable = result.pages
    .map(
      (page) =>
        `<tr><td><a href="${escapeHtml(page.finalUrl)}">${escapeHtml(page.url)}</a></td><td>${page.status ?? '—'}</td><td>${page.timings.loadMs ?? '—'}</td><td>${page.weightBytes !== null ? Math.round(page.weightBytes / 1024) : '—'}</td><td>${escapeHtml(page.error ? `${page.error.code}: ${page.error.message}${page.error.cause === 'tool' ? ' (tool error)' : ''}` : (page.notApplicable ?? []).join(' '))}</td></tr>`,
    )
    .join('\n');
  const passes = result.passes
    .map(
      (finding) =>
        `<li><code>${escapeHtml(finding.ruleId)}</code>: ${escapeHtml(finding.message)} (<a href="${escapeHtml(finding.pages[0] ?? '')}">${escapeHtml(finding.pages[0] ?? '')}</a>)</li>`,
    )
    .join('\n');
  const scoreExplained = result.score.categories
    .map(
      (category) =>
        `<li>${escapeHtml(categoryName(category.category))} (weight ${(category.weight * 100).toFixed(1)}%): 100 − ${(100 - category.score).toFixed(1)} = ${category.score}${
          category.deductions.length
            ? `<ul>${category.deductions
                .map(
                  (deduction) =>
                    `<li><a href="#f-${deduction.findingKey}"><code>${escapeHtml(deduction.ruleId)}</code></a>: −${deduction.points}</li>`,
                )
                .join('')}</ul>`
            : ''
        }</li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(translate('audit.report.title', 'en'))}: ${escapeHtml(result.site.name)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(translate('audit.report.title', 'en'))}: ${escapeHtml(result.site.name)}</h1>
<p><a href="${escapeHtml(result.site.url)}">${escapeHtml(result.site.url)}</a> · audited ${escapeHtml(result.finishedAt.slice(0, 16).replace('T', ' '))} UTC by druk-audit ${escapeHtml(result.tool.version)} · ${result.summary.pagesAudited} pages${result.truncated ? ' (the page cap or time budget stopped the crawl)' : ''}</p>
<p class="score">Overall score: <strong>${result.score.overall}</strong> of 100 · <span class="band" style="color:${BAND_COLOURS[result.score.band]}">${escapeHtml(bandName(result.score.band))}</span></p>
<p>${result.summary.failures} problems to fix (${result.summary.bySeverity.critical} critical, ${result.summary.bySeverity.serious} serious, ${result.summary.bySeverity.moderate} moderate, ${result.summary.bySeverity.minor} minor) · ${result.summary.needsReview} items need a person to check${result.summary.toolErrors ? ` · ${result.summary.toolErrors} tool errors (no points)` : ''} · ${result.passes.length} standard elements found.</p>
${scoreChart(result)}
${top.length ? `<h2>${escapeHtml(translate('audit.report.top-problems', 'en'))}</h2><ol>${top.map((finding) => `<li><a href="#f-${finding.key}">${escapeHtml(ruleOf(finding).help)}</a> (${finding.pages.length} page(s))</li>`).join('')}</ol>` : ''}
${dzSummary}
<h2>Problems to fix</h2>
${byCategory}
<h2>Needs review</h2>
<p>Automated checks could not decide these. They are not counted in the score; a person should look at each.</p>
${review.map((finding) => findingCard(finding, ruleOf(finding), null, 3)).join('\n') || '<p>Nothing to review.</p>'}
${
  toolErrors.length
    ? `<h2>Tool errors</h2>
<p>druk-audit itself failed on these pages or checks; they say nothing about the site and cost nothing. Audit them again with <code>--retry-failed</code>.</p>
${toolErrors.map((finding) => findingCard(finding, ruleOf(finding), null, 3)).join('\n')}`
    : ''
}
${exceptionsSection(result)}
<h2>Standard elements found</h2>
<ul>${passes || '<li>None.</li>'}</ul>
<h2>How the score is made</h2>
<p>Rubric: ${escapeHtml(result.score.rubric)}. Each category starts at 100; every problem deducts points by severity, plus a little for each further page it affects, up to a cap. Items that need review cost nothing.</p>
<ul>${scoreExplained}</ul>
<h2>Pages audited</h2>
<table><caption>Every page in this audit, with its HTTP status, load time (ms) and weight (KB)</caption>
<thead><tr><th scope="col">Page</th><th scope="col">Status</th><th scope="col">Load</th><th scope="col">KB</th><th scope="col">Error or note</th></tr></thead>
<tbody>${pagesTable}</tbody></table>
</main>
</body>
</html>
`;
}
