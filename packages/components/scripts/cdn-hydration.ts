// The CDN file's hydration support (ADR 0022). It must be in place before LitElement is defined, since
// it changes how every element connects; but its bulk, Lit's `hydrate()`, is needed only on pages with
// server-rendered elements (druk-render's fragments, a server that calls `renderToString`). So this
// module does what `@lit-labs/ssr-client/lit-element-hydrate-support.js` does, except that it fetches
// `hydrate()` the first time an element finds a server-rendered shadow root, and that element renders
// once it has arrived. The CDN build writes `@lit-labs/ssr-client` as a file of its own beside the CDN
// file, whose imports from lit-html's main module point back at the CDN file (one Lit): hence the exports.
import { render, type RenderOptions } from 'lit/html.js';
import type { PropertyValues } from 'lit';

// What the hydration file imports from lit-html itself (the rest of lit-html's modules it bundles).
export { _$LH, noChange } from 'lit/html.js';

type Hydrate = typeof import('@lit-labs/ssr-client').hydrate;

/** The element as the support sees it; `_$needsHydration` is the name Lit's own support uses. */
interface Hydrating {
  _$needsHydration?: boolean;
  shadowRoot: ShadowRoot | null;
  renderRoot: HTMLElement | DocumentFragment;
  renderOptions: RenderOptions;
  render(): unknown;
  hasAttribute(name: string): boolean;
  getAttributeNames(): string[];
  removeAttribute(name: string): void;
}

/** The methods of LitElement's prototype (and of ReactiveElement's, below it) that the support wraps. */
interface Methods {
  connectedCallback(this: Hydrating): void;
  attributeChangedCallback(this: Hydrating, name: string, old: string | null, value: string | null): void;
  createRenderRoot(this: Hydrating): unknown;
  scheduleUpdate(this: Hydrating): unknown;
  update(this: Hydrating, changed: PropertyValues): void;
}

/** Lit's server renderer writes ARIA set through element internals as `hydrate-internals-<name>`. */
const INTERNALS = 'hydrate-internals-';

let hydrate: Hydrate | undefined;
let loading: Promise<unknown> | undefined;

function loadHydrate(): Promise<unknown> {
  loading ??= import('@lit-labs/ssr-client').then(
    (module) => (hydrate = module.hydrate),
    (error: unknown) =>
      console.warn('@druk/components could not load its hydration support; server-rendered parts stay as sent:', error),
  );
  return loading;
}

(globalThis as { litElementHydrateSupport?: unknown }).litElementHydrateSupport = ({
  LitElement,
}: {
  LitElement: typeof import('lit').LitElement;
}) => {
  const proto = LitElement.prototype as unknown as Methods;
  const base = Object.getPrototypeOf(LitElement.prototype) as Methods;
  const observed = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(LitElement), 'observedAttributes')?.get;
  // An element inside another's server-rendered shadow root waits for its host (`defer-hydration`).
  Object.defineProperty(LitElement, 'observedAttributes', {
    get(this: unknown): string[] {
      return [...(observed?.call(this) as string[]), 'defer-hydration'];
    },
  });
  const { connectedCallback, attributeChangedCallback, createRenderRoot } = proto;
  proto.attributeChangedCallback = function (name, old, value) {
    if (name === 'defer-hydration' && value === null) connectedCallback.call(this);
    attributeChangedCallback.call(this, name, old, value);
  };
  proto.connectedCallback = function () {
    if (!this.hasAttribute('defer-hydration')) connectedCallback.call(this);
  };
  proto.createRenderRoot = function () {
    if (!this.shadowRoot) return createRenderRoot.call(this);
    this._$needsHydration = true;
    return this.shadowRoot;
  };
  // The first update of a server-rendered element waits for `hydrate()`.
  const { scheduleUpdate, update } = base;
  proto.scheduleUpdate = function () {
    return this._$needsHydration && !hydrate
      ? loadHydrate().then(() => scheduleUpdate.call(this))
      : scheduleUpdate.call(this);
  };
  proto.update = function (changed) {
    const value = this.render();
    update.call(this, changed);
    if (!this._$needsHydration) {
      render(value, this.renderRoot, this.renderOptions);
    } else if (hydrate) {
      this._$needsHydration = false;
      for (const name of this.getAttributeNames()) {
        if (!name.startsWith(INTERNALS)) continue;
        this.removeAttribute(name.slice(INTERNALS.length));
        this.removeAttribute(name);
      }
      hydrate(value, this.renderRoot, this.renderOptions);
    }
  };
};
