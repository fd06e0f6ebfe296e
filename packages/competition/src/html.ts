import type { Lang } from '@druk/locale';
import { otherLanguageName } from './strings.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/**
 * Styles shared by the leaderboard, the report packs and the evaluator sheets. Inline, so a page is one file
 * that can be mailed or archived; Dzongkha gets its own fonts and a taller line (stacked letters need room).
 */
const STYLES = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --line: #c8c8c8; --accent: #8a2c0d; --focus: #ffbf47; }
* { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.5 system-ui, sans-serif; color: var(--ink); background: #fff; }
:lang(dz) { font-family: Jomolhari, 'Noto Serif Tibetan', 'DDC Uchen', serif; line-height: 1.9; }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
/* The leaderboard's fourteen columns fit a 1280 px office screen only with its whole width. */
main.wide { max-width: 90rem; }
main.wide :is(th, td) { padding-inline: 0.4rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 0.5rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.5rem; }
a { color: #1d4f91; }
a:focus-visible, button:focus-visible, input:focus-visible, textarea:focus-visible, .table-wrap:focus-visible {
  outline: 3px solid var(--focus); outline-offset: 2px; box-shadow: 0 0 0 5px var(--ink);
}
.muted { color: var(--muted); }
.notice { border-left: 5px solid var(--accent); padding: 0.5rem 1rem; background: #fbf3ee; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
caption { text-align: start; font-weight: 600; padding: 0.5rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: 0.4rem 0.6rem; text-align: start; vertical-align: top; }
td.number, th.number { text-align: end; }
/* The sort button takes the heading's text style, but not its padding and rule a second time. */
th button { all: inherit; padding: 0; border: 0; cursor: pointer; text-decoration: underline dotted; }
svg { max-width: 100%; height: auto; }
label { display: block; font-weight: 600; margin-top: 0.75rem; }
input[type='number'] { width: 6rem; font: inherit; padding: 0.25rem; border: 2px solid var(--ink); }
textarea { width: 100%; max-width: 40rem; min-height: 4rem; font: inherit; border: 2px solid var(--ink); }
.button { display: inline-block; margin-top: 1rem; padding: 0.5rem 1rem; font: inherit; font-weight: 600; color: #fff;
  background: #00703c; border: 0; border-bottom: 3px solid #002d18; cursor: pointer; }
fieldset { border: 1px solid var(--line); margin: 1rem 0; padding: 0.5rem 1rem 1rem; }
legend { font-weight: 600; font-size: 1.1rem; }
`;

/** A whole, self-contained HTML page. `body` is trusted markup built with escapeHtml. */
export function page(options: { lang: Lang; title: string; body: string; script?: string; wide?: boolean }): string {
  const script = options.script ? `\n<script>${options.script}</script>` : '';
  return `<!doctype html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<style>${STYLES}</style>
</head>
<body>
<main${options.wide ? ' class="wide"' : ''}>
${options.body}
</main>${script}
</body>
</html>
`;
}

/**
 * A table that may be wider than the window, in a region named by `labelId` (its caption or heading) that
 * scrolls sideways and takes the keyboard's focus, so its last columns are never out of reach (WCAG 2.1.1, 1.4.10).
 */
export function tableRegion(labelId: string, table: string): string {
  return `<div class="table-wrap" role="region" aria-labelledby="${labelId}" tabindex="0">\n${table}\n</div>`;
}

/** The link to the same page in the other language, named in that language. */
export function languageLink(lang: Lang, href: string): string {
  const other = otherLanguageName(lang);
  return `<p><a href="${escapeHtml(href)}" lang="${other.lang}" hreflang="${other.lang}">${escapeHtml(other.name)}</a></p>`;
}
