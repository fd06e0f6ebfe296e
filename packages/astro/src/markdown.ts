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

/** Markdown body to HTML. */
export function renderMarkdown(source: string, allowHtml = false): string {
  return markdownRenderer(allowHtml).render(source);
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
