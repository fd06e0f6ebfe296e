import { describe, expect, it } from 'vitest';
import { headingSlug, renderMarkdown } from '../src/markdown.ts';

describe('Markdown headings', () => {
  it('get ids from their text, so links to them resolve', () => {
    const html = renderMarkdown('## How to apply\n\nText.\n\n### Fees & charges (2026)\n');
    expect(html).toContain('<h2 id="how-to-apply">How to apply</h2>');
    expect(html).toContain('<h3 id="fees-charges-2026">Fees &amp; charges (2026)</h3>');
  });

  it('keep Dzongkha letters and vowel signs, with tsheg and shad as separators', () => {
    expect(headingSlug('ཞུ་ཡིག་ ཕུལ་ཐངས།')).toBe('ཞུ-ཡིག-ཕུལ-ཐངས');
    expect(headingSlug('Dzongpen གི་ ལས་འགན།')).toBe('dzongpen-གི-ལས-འགན');
  });

  it('never repeat an id, nor take one the page layout uses', () => {
    const html = renderMarkdown('## Documents\n\n## Contact\n\n## Contact\n\n## Main\n\n## ???\n');
    expect(html).toContain('<h2 id="documents-2">Documents</h2>');
    expect(html).toContain('<h2 id="contact">Contact</h2>');
    expect(html).toContain('<h2 id="contact-2">Contact</h2>');
    expect(html).toContain('<h2 id="main-2">Main</h2>');
    expect(html).toContain('<h2>???</h2>');
  });
});
