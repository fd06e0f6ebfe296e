import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { accessibilityTree, fixture } from '../../test/browser.ts';
import type { DrukTable } from './table.ts';
import './table.ts';

const columns = JSON.stringify([
  { key: 'dzongkhag', label: 'Dzongkhag', sortable: true },
  { key: 'population', label: 'Population', sortable: true, numeric: true },
]);
const rows = JSON.stringify([
  { dzongkhag: 'Thimphu', population: '1,38,736' },
  { dzongkhag: 'Paro', population: '༤༦༣༡༦' },
  { dzongkhag: 'Zhemgang', population: '17763' },
]);

const firstColumn = (table: DrukTable) =>
  [...table.shadowRoot!.querySelectorAll('tbody th')].map((cell) => cell.textContent?.trim());

describe('druk-table', () => {
  it('sorts numbers (Indian grouping and Tibetan digits too) with Enter, and says so', async () => {
    const table = await fixture<DrukTable>(
      html`<druk-table caption="Population by dzongkhag" columns=${columns} rows=${rows}></druk-table>`,
    );
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => firstColumn(table)).toEqual(['Zhemgang', 'Paro', 'Thimphu']);
    const header = table.shadowRoot!.querySelectorAll('thead th')[1]!;
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(table.shadowRoot!.querySelector('[role="status"]')!.textContent).toBe('Sorted by Population, ascending');
    await userEvent.keyboard(' ');
    await expect.poll(() => firstColumn(table)).toEqual(['Thimphu', 'Paro', 'Zhemgang']);
    expect(header.getAttribute('aria-sort')).toBe('descending');
  });

  it('names the table and its scroll area by the caption', async () => {
    await fixture(html`<druk-table caption="Population by dzongkhag" columns=${columns} rows=${rows}></druk-table>`);
    const tree = await accessibilityTree();
    expect(tree).toContainEqual(expect.objectContaining({ role: 'region', name: 'Population by dzongkhag' }));
    expect(tree).toContainEqual(expect.objectContaining({ role: 'table', name: 'Population by dzongkhag' }));
    expect(tree.filter((node) => node.role === 'rowheader').map((node) => node.name)).toEqual([
      'Thimphu',
      'Paro',
      'Zhemgang',
    ]);
  });
});
