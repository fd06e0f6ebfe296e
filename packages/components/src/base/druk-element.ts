import { LitElement, type CSSResultGroup, type PropertyValues } from 'lit';
import { nearestLang, toComponentLang, type ComponentLang } from './lang.ts';
import { baseStyles } from './styles.ts';
import {
  catalogueText,
  dzongkhaPending,
  fillPlaceholders,
  overrideAttribute,
  type StringId,
  type StringParams,
} from './strings.ts';

/** A heading level for `aria-level`: the requested one, kept within 2 to 6 (the page owns the h1). */
export function headingLevel(requested: number): number {
  return Math.min(6, Math.max(2, Math.round(requested) || 2));
}

/** Connected components, so that one observer can re-render them all when a page changes `lang`. */
const connected = new Set<DrukElement>();
let langObserver: MutationObserver | undefined;

function watchLangChanges(): void {
  if (langObserver || typeof MutationObserver === 'undefined') return;
  langObserver = new MutationObserver(() => {
    for (const element of connected) element.requestUpdate();
  });
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * The base of every druk-* component: English or Dzongkha strings from @druk/locale chosen by the
 * nearest `lang`, each overridable per element by a `text-*` attribute, and the shared token styles.
 *
 * A component lists the string ids it shows in `static strings`; their override attributes are then
 * observed, so a CMS (or a script) can change them at any time and the component re-renders.
 */
export class DrukElement extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  /**
   * The catalogue ids this component shows; each gets an observed `text-*` override attribute.
   * @internal
   */
  static strings: readonly StringId[] = [];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', ...this.strings.map(overrideAttribute)];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (old !== value && (name === 'lang' || name.startsWith('text-'))) this.requestUpdate();
  }

  /** Whether the element arrived with a server-rendered (declarative) shadow root still to hydrate. */
  private serverRendered = false;

  override connectedCallback(): void {
    if (!this.hasUpdated && this.shadowRoot?.firstChild) this.serverRendered = true;
    super.connectedCallback();
    connected.add(this);
    watchLangChanges();
  }

  /**
   * What the element must load before it renders, or undefined when it has everything: the Dzongkha
   * strings come in a file of their own, fetched the first time an element speaks Dzongkha (ADR 0022),
   * so a Dzongkha page never shows English first. Elements that show other lazily loaded data add theirs.
   */
  protected pendingData(): Promise<unknown> | undefined {
    return this.language === 'dz' ? dzongkhaPending() : undefined;
  }

  /** Renders once `pendingData` has loaded; `updateComplete` waits for it too. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = this.pendingData();
    return pending ? pending.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // Hydration rendered the server's language; now follow the page's, if it differs.
    if (this.serverRendered) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  /**
   * The language this element speaks: from the nearest `lang` (its own, an ancestor's, the page's).
   * While hydrating, the language the server rendered in (its own `lang`, else English), since hydration
   * must match the server's DOM; `firstUpdated` then switches to the page's language.
   */
  get language(): ComponentLang {
    if (this.serverRendered && !this.hasUpdated) return toComponentLang(this.getAttribute('lang'));
    return toComponentLang(nearestLang(this));
  }

  /** A string in the element's language: the `text-*` attribute if set, else the catalogue text. */
  protected t(id: StringId, params?: StringParams): string {
    const override = this.getAttribute(overrideAttribute(id));
    return fillPlaceholders(override ?? catalogueText(id, this.language), params);
  }
}
