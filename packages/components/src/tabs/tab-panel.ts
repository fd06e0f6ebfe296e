import { defineElement } from '../base/define.ts';
import { html } from 'lit';
import { DrukElement, headingLevel } from '../base/druk-element.ts';
import { baseStyles } from '../base/styles.ts';
import { tabPanelStyles } from './tabs.styles.ts';

/**
 * `<druk-tab-panel>`: one panel of `<druk-tabs>`. Until the tabs' script runs (or without JavaScript)
 * every panel is shown in turn under its own heading, so no content waits for a script.
 *
 * @summary One panel of druk-tabs.
 * @slot - The panel's content.
 * @csspart heading - The heading shown when the tabs are not enhanced.
 */
export class DrukTabPanel extends DrukElement {
  static override styles = [baseStyles, tabPanelStyles];
  static override properties = { label: {}, headingLevel: { type: Number, attribute: 'heading-level' } };

  /** The tab's name, also the panel's heading without JavaScript. Required. */
  declare label: string;
  /** Level of that heading, 2 to 6; 2 by default. */
  declare headingLevel: number;

  constructor() {
    super();
    this.label = '';
    this.headingLevel = 2;
  }

  override render() {
    const level = headingLevel(this.headingLevel);
    return html`<div class="heading" part="heading" role="heading" aria-level=${level}>${this.label}</div>
      <slot></slot>`;
  }
}

defineElement('druk-tab-panel', DrukTabPanel);

declare global {
  interface HTMLElementTagNameMap {
    'druk-tab-panel': DrukTabPanel;
  }
}
