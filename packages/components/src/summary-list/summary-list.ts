import { defineElement } from '../base/define.ts';
import { summaryListStrings } from '@druk/locale/catalogue/components';
import { html, nothing } from 'lit';
import { jsonItems, type FieldSpec } from '../base/data.ts';
import { DrukElement } from '../base/druk-element.ts';
import { baseStyles, visuallyHiddenStyles } from '../base/styles.ts';
import { inSentence, registerStrings, type StringId } from '../base/strings.ts';
import { summaryListStyles } from './summary-list.styles.ts';

registerStrings(summaryListStrings);

/** One answer shown back: the question (`key`), the answer (`value`; line breaks kept) and where to change it. */
export interface SummaryRow {
  key: string;
  value: string;
  /** The page (or field, `#id`) where the answer is changed; no link without it. */
  href?: string;
}

const ROW_FIELDS: FieldSpec = {
  key: { type: 'string', required: true },
  value: { type: 'string', required: true },
  href: { type: 'string' },
};

/** Stands in for the key while the "Change {key}" string is split around it. */
const KEY_MARK = '\u0000';

/**
 * `<druk-summary-list>`: the answers a user gave, shown back before they submit ("Check your answers"),
 * as a description list: each row a question, its answer and a "Change" link. The link's accessible
 * name includes the question ("Change date of birth"; in Dzongkha the question comes first), from
 * visually hidden text, so a list of links still says which answer each one changes. Server-rendered,
 * it is complete without JavaScript.
 *
 * @summary Key and value rows with "Change" links, for checking answers before submitting.
 * @attr rows - JSON array of `{"key", "value", "href"?}`; a row that is not is left out, with one warning.
 * @attr text-change - Replaces "Change{key}" (`{key}` is the hidden part, e.g. " date of birth").
 * @csspart list - The `<dl>`.
 */
export class DrukSummaryList extends DrukElement {
  static override styles = [baseStyles, visuallyHiddenStyles, summaryListStyles];
  static override strings: readonly StringId[] = ['summary-list.change'];
  static override properties = { rows: { converter: jsonItems<SummaryRow>('<druk-summary-list> rows', ROW_FIELDS) } };

  declare rows: SummaryRow[];

  constructor() {
    super();
    this.rows = [];
  }

  /** "Change" with the question hidden where the language puts it: " date of birth" in English. */
  private changeLink(row: SummaryRow) {
    const key = inSentence(row.key);
    const [before = '', after = ''] = this.t('summary-list.change', { key: KEY_MARK }).split(KEY_MARK);
    const hidden = html`<span class="visually-hidden">${before ? ' ' : ''}${key}${after ? ' ' : ''}</span>`;
    return html`<a href=${row.href}>${before}${hidden}${after}</a>`;
  }

  override render() {
    return html`<dl part="list">
      ${this.rows.map(
        (row) =>
          html`<div class="row">
            <dt>${row.key}</dt>
            <dd>${row.value}</dd>
            ${row.href ? html`<dd class="actions">${this.changeLink(row)}</dd>` : nothing}
          </div>`,
      )}
    </dl>`;
  }
}

defineElement('druk-summary-list', DrukSummaryList);

declare global {
  interface HTMLElementTagNameMap {
    'druk-summary-list': DrukSummaryList;
  }
}
