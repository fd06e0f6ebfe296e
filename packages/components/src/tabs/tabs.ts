import { defineElement } from '../base/define.ts';
import { tabsStrings } from '@druk/locale/catalogue/components';
import { html } from 'lit';
import { DrukElement } from '../base/druk-element.ts';
import { baseStyles } from '../base/styles.ts';
import { registerStrings, type StringId } from '../base/strings.ts';
import { DrukTabPanel } from './tab-panel.ts';
import { tabsStyles } from './tabs.styles.ts';

registerStrings(tabsStrings);

/**
 * `<druk-tabs>`: switches between `<druk-tab-panel>` children. Follows the ARIA Authoring Practices
 * tabs pattern with automatic activation: Arrow Left/Right (and Home/End) move between tabs and show
 * the panel, Tab moves into the panel. The panels name themselves with `aria-label` (no ID reference
 * crosses the shadow boundary). Without JavaScript every panel shows, each under its heading.
 *
 * @summary Tabs over druk-tab-panel children, progressive enhancement of stacked sections.
 * @attr text-label - Replaces the tab list's name "Contents".
 * @slot - The `<druk-tab-panel>` elements.
 * @fires druk-tab-change - When the selected tab changes; `detail.index` is the new tab.
 * @csspart tablist - The row of tabs.
 * @csspart tab - Each tab.
 */
export class DrukTabs extends DrukElement {
  static override styles = [baseStyles, tabsStyles];
  static override strings: readonly StringId[] = ['tabs.label'];
  static override properties = { selected: { type: Number, reflect: true }, labels: { state: true } };

  /** Index of the selected tab, 0 by default. */
  declare selected: number;
  declare private labels: string[];

  constructor() {
    super();
    this.selected = 0;
    this.labels = [];
  }

  /** The panels, in order. */
  get panels(): DrukTabPanel[] {
    return [...this.children].filter((child): child is DrukTabPanel => child instanceof DrukTabPanel);
  }

  private onSlotChange(): void {
    this.labels = this.panels.map((panel) => panel.label);
  }

  override updated(): void {
    const panels = this.panels;
    if (this.selected >= panels.length) this.selected = Math.max(0, panels.length - 1);
    panels.forEach((panel, index) => {
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-label', panel.label);
      panel.setAttribute('tabindex', '0');
      panel.toggleAttribute('hidden', index !== this.selected);
    });
  }

  private select(index: number, focus: boolean): void {
    if (index !== this.selected) {
      this.selected = index;
      this.dispatchEvent(new CustomEvent('druk-tab-change', { detail: { index }, bubbles: true, composed: true }));
    }
    if (focus) void this.updateComplete.then(() => this.tabButtons()[index]?.focus());
  }

  private tabButtons(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  }

  private onKeydown(event: KeyboardEvent): void {
    const last = this.labels.length - 1;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
    const moves: Record<string, number> = {
      [forward]: this.selected === last ? 0 : this.selected + 1,
      [backward]: this.selected === 0 ? last : this.selected - 1,
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.select(next, true);
  }

  override render() {
    return html`${
        this.labels.length > 0
          ? html`<div role="tablist" part="tablist" aria-label=${this.t('tabs.label')} @keydown=${this.onKeydown}>
              ${this.labels.map(
                (label, index) =>
                  html`<button
                    role="tab"
                    part="tab"
                    type="button"
                    aria-selected=${String(index === this.selected)}
                    tabindex=${index === this.selected ? 0 : -1}
                    @click=${() => this.select(index, false)}
                  >
                    ${label}
                  </button>`,
              )}
            </div>`
          : ''
      }
      <div class="panels"><slot @slotchange=${this.onSlotChange}></slot></div>`;
  }
}

defineElement('druk-tabs', DrukTabs);

declare global {
  interface HTMLElementTagNameMap {
    'druk-tabs': DrukTabs;
  }
}
