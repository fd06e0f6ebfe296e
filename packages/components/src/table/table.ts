import { defineElement } from '../base/define.ts';
import { tableStrings } from '@druk/locale/catalogue/components';
import { toAsciiDigits } from '@druk/locale/format/digits';
import { html, nothing, svg } from 'lit';
import { jsonItems, validateItems, type FieldSpec } from '../base/data.ts';
import { DrukElement } from '../base/druk-element.ts';
import { baseStyles, visuallyHiddenStyles } from '../base/styles.ts';
import { registerStrings, type StringId } from '../base/strings.ts';
import { tableStyles } from './table.styles.ts';

registerStrings(tableStrings);

export interface TableColumn {
  /** The row field this column shows. */
  key: string;
  label: string;
  /** Whether a button in the header sorts by this column. */
  sortable?: boolean;
  /** Right-aligned, and sorted as numbers (Tibetan digits included). */
  numeric?: boolean;
}
export type TableRow = Record<string, string | number>;
type SortDirection = 'ascending' | 'descending';

const COLUMN_FIELDS: FieldSpec = {
  key: { type: 'string', required: true },
  label: { type: 'string', required: true },
  sortable: { type: 'boolean' },
  numeric: { type: 'boolean' },
};
const COLUMNS = '<druk-table> columns';
const ROWS = '<druk-table> rows';

/** A cell as a number: Tibetan digits read as ASCII, thousands separators and units ignored. */
function numericValue(value: string | number | undefined): number {
  if (typeof value === 'number') return value;
  const number = parseFloat(toAsciiDigits(value ?? '').replace(/[^\d.-]/g, ''));
  return Number.isNaN(number) ? Number.NEGATIVE_INFINITY : number;
}

const arrows = svg`<svg class="arrows" viewBox="0 0 6 10" aria-hidden="true"><path d="M3 0 6 4H0zM3 10 0 6h6z"/></svg>`;

/**
 * `<druk-table>`: a data table with a caption, that scrolls sideways inside itself on narrow screens
 * (the scroll area is focusable and named, so keyboard users can scroll it), and optional sorting by
 * column: the header button sorts, `aria-sort` marks the column, and a live region says "Sorted by
 * Closing date, ascending".
 *
 * @summary Responsive data table with optional sorting announced to screen readers.
 * @attr text-sorted-ascending - Replaces "Sorted by {column}, ascending" (also text-sorted-descending).
 * @csspart table - The `<table>`.
 */
export class DrukTable extends DrukElement {
  static override styles = [baseStyles, visuallyHiddenStyles, tableStyles];
  static override strings: readonly StringId[] = ['table.sorted-ascending', 'table.sorted-descending'];
  static override properties = {
    caption: {},
    columns: { converter: jsonItems<TableColumn>(COLUMNS, COLUMN_FIELDS) },
    rows: { converter: jsonItems<TableRow>(ROWS, {}) },
    sortKey: { attribute: 'sort-key', reflect: true },
    sortDirection: { attribute: 'sort-direction', reflect: true },
    announcement: { state: true },
  };

  /** What the table shows; names the table and its scroll area. Required. */
  declare caption: string;
  declare columns: TableColumn[];
  /** One object per row, keyed by column `key`. */
  declare rows: TableRow[];
  /** The column the rows are sorted by. */
  declare sortKey: string | undefined;
  declare sortDirection: SortDirection;
  declare private announcement: string;

  constructor() {
    super();
    this.caption = '';
    this.columns = [];
    this.rows = [];
    this.sortDirection = 'ascending';
    this.announcement = '';
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('columns')) this.columns = validateItems<TableColumn>(this.columns, COLUMNS, COLUMN_FIELDS);
    if (changed.has('rows')) this.rows = validateItems<TableRow>(this.rows, ROWS, {});
    if (!this.caption) console.error('<druk-table>: set the "caption" attribute; it names the table');
  }

  /** The rows in display order. */
  get sortedRows(): TableRow[] {
    const column = this.columns.find((candidate) => candidate.key === this.sortKey);
    if (!column) return this.rows;
    const collator = new Intl.Collator(this.language, { numeric: true, sensitivity: 'base' });
    const sign = this.sortDirection === 'descending' ? -1 : 1;
    return [...this.rows].sort((a, b) => {
      const order = column.numeric
        ? numericValue(a[column.key]) - numericValue(b[column.key])
        : collator.compare(String(a[column.key] ?? ''), String(b[column.key] ?? ''));
      return order * sign;
    });
  }

  private sortBy(column: TableColumn): void {
    this.sortDirection = this.sortKey === column.key && this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    this.sortKey = column.key;
    this.announcement = this.t(`table.sorted-${this.sortDirection}`, { column: column.label });
  }

  private renderHeader(column: TableColumn) {
    const sorted = this.sortKey === column.key ? this.sortDirection : nothing;
    const content = column.sortable
      ? html`<button type="button" @click=${() => this.sortBy(column)}>${column.label}${arrows}</button>`
      : column.label;
    return html`<th scope="col" class=${column.numeric ? 'numeric' : ''} aria-sort=${sorted}>${content}</th>`;
  }

  override render() {
    return html`<div class="scroll" role="region" aria-label=${this.caption} tabindex="0">
        <table part="table">
          <caption>
            ${this.caption}
          </caption>
          <thead>
            <tr>
              ${this.columns.map((column) => this.renderHeader(column))}
            </tr>
          </thead>
          <tbody>
            ${this.sortedRows.map(
              (row) =>
                html`<tr>
                  ${this.columns.map((column, index) =>
                    index === 0
                      ? html`<th scope="row" class=${column.numeric ? 'numeric' : ''}>${row[column.key] ?? ''}</th>`
                      : html`<td class=${column.numeric ? 'numeric' : ''}>${row[column.key] ?? ''}</td>`,
                  )}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <div class="visually-hidden" role="status">${this.announcement}</div>`;
  }
}

defineElement('druk-table', DrukTable);

declare global {
  interface HTMLElementTagNameMap {
    'druk-table': DrukTable;
  }
}
