import { defineElement } from '../base/define.ts';
import { html } from 'lit';
import { DrukElement } from '../base/druk-element.ts';
import { baseStyles } from '../base/styles.ts';
import { tagStyles } from './tag.styles.ts';

export type TagVariant = 'neutral' | 'info' | 'success' | 'warning' | 'error';

/**
 * `<druk-tag>`: a short status label ("Open", "New", "Closed"). The words carry the meaning; the
 * colour only repeats it, and has a border so it also shows in forced-colours mode.
 *
 * @summary Status label.
 * @slot - The label text.
 * @csspart base - The label box.
 */
export class DrukTag extends DrukElement {
  static override styles = [baseStyles, tagStyles];
  static override properties = { variant: { reflect: true } };

  /** `neutral` (default), `info`, `success`, `warning` or `error`. */
  declare variant: TagVariant;

  constructor() {
    super();
    this.variant = 'neutral';
  }

  override render() {
    return html`<strong part="base"><slot></slot></strong>`;
  }
}

defineElement('druk-tag', DrukTag);

declare global {
  interface HTMLElementTagNameMap {
    'druk-tag': DrukTag;
  }
}
