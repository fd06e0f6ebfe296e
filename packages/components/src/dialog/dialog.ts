import { defineElement } from '../base/define.ts';
import { dialogStrings } from '@druk/locale/catalogue/components';
import { html, type PropertyValues } from 'lit';
import { DrukElement, headingLevel } from '../base/druk-element.ts';
import { baseStyles } from '../base/styles.ts';
import { registerStrings, type StringId } from '../base/strings.ts';
import { dialogStyles } from './dialog.styles.ts';

registerStrings(dialogStrings);

/** What the keyboard reaches with Tab (`checkVisibility` then drops what is not shown). */
const TABBABLE =
  'a[href],area[href],button:not([disabled]),input:not([disabled]):not([type="hidden"]),select:not([disabled]),' +
  'textarea:not([disabled]),summary,iframe,[contenteditable=""],[contenteditable="true"],[tabindex]:not([tabindex="-1"])';

/** Whether buttons open and close dialogs by themselves (HTML invoker commands: `command`, `commandfor`). */
const nativeCommands = typeof HTMLButtonElement !== 'undefined' && 'command' in HTMLButtonElement.prototype;

/**
 * `<druk-dialog>`: a modal window on the native `<dialog>` element, with the button that opens it
 * ("Cancel your application", "Sign out"). Opening moves focus into the window and makes the rest of
 * the page inert; Tab and Shift+Tab stay inside; Escape or the Close button closes it and focus goes
 * back to the opener. The window is named by its heading.
 *
 * Without JavaScript the buttons still open and close the window: they are HTML invoker commands
 * (`command="show-modal"`, `command="close"`), which the browser carries out itself. With JavaScript,
 * the component also does it for browsers that predate invoker commands.
 *
 * @summary Modal dialog on the native dialog element, with its opener button.
 * @attr text-close - Replaces "Close".
 * @slot - The content of the window.
 * @slot actions - Buttons or links at the end of the window (e.g. "Yes, sign out").
 * @fires druk-toggle - After the window opens or closes; `detail.open` says which.
 * @csspart opener - The button that opens the window.
 * @csspart dialog - The `<dialog>` element.
 * @csspart heading - The heading that names the window.
 * @csspart close - The Close button.
 */
export class DrukDialog extends DrukElement {
  static override styles = [baseStyles, dialogStyles];
  static override strings: readonly StringId[] = ['dialog.close'];
  static override properties = {
    heading: {},
    opener: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    open: { type: Boolean, reflect: true },
  };

  /** The window's title, which also names it for assistive technology. Required. */
  declare heading: string;
  /** The label of the button that opens the window. Required. */
  declare opener: string;
  /** The heading's level in the page's outline, 2 by default. */
  declare headingLevel: number;
  /** Whether the window is open (set it, or call `show()` and `close()`). */
  declare open: boolean;

  constructor() {
    super();
    this.heading = '';
    this.opener = '';
    this.headingLevel = 2;
    this.open = false;
  }

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** Opens the window as a modal; focus moves into it and returns to where it was on closing. */
  show(): void {
    this.open = true;
  }

  close(): void {
    this.open = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dialog = this.dialog;
    if (!changed.has('open') || !dialog) return;
    if (this.open && !dialog.open) dialog.showModal();
    else if (!this.open && dialog.open) dialog.close();
  }

  /** The opener's and Close button's job where the browser has no invoker commands. */
  private onCommandClick(event: Event): void {
    if (nativeCommands) return;
    this.open = (event.currentTarget as HTMLButtonElement).getAttribute('command') === 'show-modal';
  }

  /** Keeps `open` in step however the window opened or closed (invoker command, Escape, script). */
  private onToggle(event: ToggleEvent): void {
    const open = event.newState === 'open';
    if (open === this.open) return;
    this.open = open;
    this.dispatchEvent(new CustomEvent('druk-toggle', { detail: { open }, bubbles: true, composed: true }));
  }

  /** The tabbable elements of the window in Tab order: the Close button, then the slotted content. */
  private tabbables(): HTMLElement[] {
    const close = this.renderRoot.querySelector<HTMLElement>('.close');
    const slotted = [...this.renderRoot.querySelectorAll('slot')]
      .flatMap((slot) => slot.assignedElements({ flatten: true }))
      .flatMap((element) => [element, ...element.querySelectorAll('*')])
      .filter((element): element is HTMLElement => element.matches(TABBABLE) && element.checkVisibility());
    return close ? [close, ...slotted] : slotted;
  }

  /** Tab from the last element goes to the first, Shift+Tab from the first to the last (not the browser's UI). */
  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Tab') return;
    const tabbables = this.tabbables();
    const first = tabbables[0];
    const last = tabbables.at(-1);
    const current = this.shadowRoot?.activeElement ?? document.activeElement;
    const target = event.shiftKey ? (current === first ? last : undefined) : current === last ? first : undefined;
    if (!target) return;
    event.preventDefault();
    target.focus();
  }

  override render() {
    return html`<button
        class="opener"
        part="opener"
        type="button"
        commandfor="dialog"
        command="show-modal"
        aria-haspopup="dialog"
        @click=${this.onCommandClick}
      >
        ${this.opener}
      </button>
      <dialog id="dialog" part="dialog" aria-labelledby="heading" @toggle=${this.onToggle} @keydown=${this.onKeydown}>
        <div class="top">
          <div class="heading" id="heading" part="heading" role="heading" aria-level=${headingLevel(this.headingLevel)}>
            ${this.heading}
          </div>
          <button
            class="close"
            part="close"
            type="button"
            commandfor="dialog"
            command="close"
            @click=${this.onCommandClick}
          >
            ${this.t('dialog.close')}
          </button>
        </div>
        <div class="body"><slot></slot></div>
        <div class="actions"><slot name="actions"></slot></div>
      </dialog>`;
  }
}

defineElement('druk-dialog', DrukDialog);

declare global {
  interface HTMLElementTagNameMap {
    'druk-dialog': DrukDialog;
  }
}
