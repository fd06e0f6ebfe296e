import { defineElement } from '../base/define.ts';
import { accordionStrings } from '@druk/locale/catalogue/components';
import { html } from 'lit';
import { DrukElement } from '../base/druk-element.ts';
import { baseStyles } from '../base/styles.ts';
import { registerStrings, type StringId } from '../base/strings.ts';
import type { DrukDetails } from '../details/details.ts';
import '../details/details.ts';
import { accordionStyles } from './accordion.styles.ts';

registerStrings(accordionStrings);

const NAVIGATION_KEYS = ['ArrowDown', 'ArrowUp', 'Home', 'End'];

/**
 * `<druk-accordion>`: a stack of `<druk-details>` sections with a "Show all sections" button. Each
 * section is a native disclosure, so the accordion works without JavaScript; with it, the button
 * opens or closes every section, and Arrow Up/Down, Home and End move between section headers
 * (ARIA Authoring Practices, accordion pattern).
 *
 * ```html
 * <druk-accordion>
 *   <druk-details summary="Who can apply">…</druk-details>
 *   <druk-details summary="Documents you need">…</druk-details>
 * </druk-accordion>
 * ```
 *
 * @summary Group of expandable sections with show-all and arrow-key navigation.
 * @attr text-show-all - Replaces "Show all sections".
 * @attr text-hide-all - Replaces "Hide all sections".
 * @slot - The `<druk-details>` sections.
 * @csspart toggle-all - The show/hide-all button.
 */
export class DrukAccordion extends DrukElement {
  static override styles = [baseStyles, accordionStyles];
  static override strings: readonly StringId[] = ['accordion.show-all', 'accordion.hide-all'];
  static override properties = { allOpen: { state: true } };

  declare private allOpen: boolean;

  constructor() {
    super();
    this.allOpen = false;
  }

  /** The sections, in order. */
  get sections(): DrukDetails[] {
    return [...this.querySelectorAll(':scope > druk-details')] as DrukDetails[];
  }

  private syncAllOpen(): void {
    const sections = this.sections;
    this.allOpen = sections.length > 0 && sections.every((section) => section.open);
  }

  private toggleAll(): void {
    const open = !this.allOpen;
    for (const section of this.sections) section.open = open;
    this.allOpen = open;
  }

  private onKeydown(event: KeyboardEvent): void {
    if (!NAVIGATION_KEYS.includes(event.key)) return;
    const sections = this.sections;
    const current = sections.findIndex((section) => section.shadowRoot?.activeElement?.localName === 'summary');
    if (current === -1) return;
    event.preventDefault();
    const last = sections.length - 1;
    const next = {
      ArrowDown: current === last ? 0 : current + 1,
      ArrowUp: current === 0 ? last : current - 1,
      Home: 0,
      End: last,
    }[event.key] as number;
    sections[next]?.focusSummary();
  }

  override render() {
    return html`<div class="controls">
        <button part="toggle-all" type="button" aria-expanded=${String(this.allOpen)} @click=${this.toggleAll}>
          ${this.t(this.allOpen ? 'accordion.hide-all' : 'accordion.show-all')}
        </button>
      </div>
      <div class="sections" @keydown=${this.onKeydown} @druk-toggle=${this.syncAllOpen}>
        <slot @slotchange=${this.syncAllOpen}></slot>
      </div>`;
  }
}

defineElement('druk-accordion', DrukAccordion);

declare global {
  interface HTMLElementTagNameMap {
    'druk-accordion': DrukAccordion;
  }
}
