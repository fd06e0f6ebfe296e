/** The languages the components speak; anything else falls back to English. */
export type ComponentLang = 'en' | 'dz';

/** Maps a BCP 47 tag ("dz", "dz-BT", "en-GB", "") to a language the catalogue has. */
export function toComponentLang(tag: string | null | undefined): ComponentLang {
  return tag?.trim().toLowerCase().split('-')[0] === 'dz' ? 'dz' : 'en';
}

/**
 * The `lang` that applies to an element: its own or its nearest ancestor's, crossing shadow roots
 * (a component nested in another component's shadow DOM follows the outer page). On the server the
 * DOM shim has no tree, so only the element's own attribute counts: the SSR helper sets it.
 */
export function nearestLang(element: Element): string | null {
  let node: Element | null = element;
  while (node) {
    const owner: Element | null = typeof node.closest === 'function' ? node.closest('[lang]') : null;
    if (owner) return owner.getAttribute('lang');
    if (typeof node.closest !== 'function') return node.getAttribute('lang');
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}
