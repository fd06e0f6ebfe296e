import markdownit from 'markdown-it';

type Renderer = ReturnType<typeof markdownit>;
const renderers = new Map<boolean, Renderer>();

/**
 * The Markdown renderer of every page body. Raw HTML is off unless the site turns it on
 * (`markdownHtml`), so text pasted from elsewhere cannot bring scripts, iframes or inline
 * styles that the Content-Security-Policy would block.
 */
export function markdownRenderer(allowHtml = false): Renderer {
  let renderer = renderers.get(allowHtml);
  if (!renderer) {
    renderer = markdownit({ html: allowHtml, linkify: true, typographer: false });
    renderers.set(allowHtml, renderer);
  }
  return renderer;
}

/** Ids the page layout gives its own elements (Layout.astro, Item.astro): a heading must not take them. */
const LAYOUT_IDS = ['main', 'documents'];

/**
 * An anchor for a heading, from its text in any script: letters, marks and digits are kept (Dzongkha
 * included), and spaces, tsheg, shad and other punctuation become single hyphens. Empty for a heading with
 * no letters, which then gets no id.
 */
export function headingSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Gives every heading of the body an id (unless it has one), so "[see](#how-to-apply)" and links from
 * other pages reach it; a repeated or layout-reserved slug gets a number.
 */
function addHeadingIds(tokens: ReturnType<Renderer['parse']>): void {
  const taken = new Set(LAYOUT_IDS);
  tokens.forEach((token, index) => {
    if (token.type !== 'heading_open' || token.attrGet('id')) return;
    const slug = headingSlug(tokens[index + 1]?.content ?? '');
    if (!slug) return;
    let id = slug;
    for (let n = 2; taken.has(id); n += 1) id = `${slug}-${n}`;
    taken.add(id);
    token.attrSet('id', id);
  });
}

/** A link written in Markdown, with the line of the file it is on. */
export interface MarkdownLink {
  href: string;
  line: number;
}

/** Markdown body to HTML. */
export function renderMarkdown(source: string, allowHtml = false): string {
  return renderMarkdownWithLinks(source, allowHtml).html;
}

/**
 * Markdown body to HTML, with every link it contains. `firstLine` is the file's line number of
 * the body's first line (after the front matter), so a broken link can be reported by line.
 */
export function renderMarkdownWithLinks(
  source: string,
  allowHtml = false,
  firstLine = 1,
): { html: string; links: MarkdownLink[] } {
  const renderer = markdownRenderer(allowHtml);
  const env = {};
  const tokens = renderer.parse(source, env);
  addHeadingIds(tokens);
  const links: MarkdownLink[] = [];
  for (const block of tokens) {
    if (block.type !== 'inline' || !block.map || !block.children) continue;
    // Inline tokens carry no line of their own: count the line breaks before each link.
    let line = firstLine + block.map[0];
    for (const token of block.children) {
      if (token.type === 'softbreak' || token.type === 'hardbreak') line += 1;
      if (token.type === 'link_open') links.push({ href: String(token.attrGet('href') ?? ''), line });
    }
  }
  return { html: renderer.renderer.render(tokens, renderer.options, env), links };
}

/** Visible text of rendered HTML, for search records and descriptions. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|template)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
