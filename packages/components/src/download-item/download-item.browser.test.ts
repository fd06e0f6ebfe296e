import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { accessibilityTree, fixture } from '../../test/browser.ts';
import './download-item.ts';

describe('druk-download-item', () => {
  it('names the link by the title and describes it with format, size, language and date', async () => {
    await fixture(
      html`<druk-download-item
        href="/files/report.pdf"
        label="Annual report 2025"
        format="pdf"
        size="2400000"
        file-lang="dz"
        published="2026-03-03"
      ></druk-download-item>`,
    );
    const link = (await accessibilityTree()).find((node) => node.role === 'link');
    expect(link?.name).toBe('Annual report 2025');
    expect(link?.description).toBe('PDF 2.4 MB Dzongkha Published 3 March 2026');
  });
});
