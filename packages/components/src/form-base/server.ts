import { render } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { LitElement, TemplateResult } from 'lit';
import { loadLazyModules, renderToString, type AttributeValue, type RenderOptions } from '../ssr/render.ts';
import './controls.ts';

/** Marks elements that render into their light DOM (the form controls, ADR 0003). */
interface LightDomClass {
  readonly lightDom?: boolean;
}

function isLightDom(element: Element): boolean {
  return (element.constructor as LightDomClass).lightDom === true;
}

// Lit SSR would put a light-DOM element's template into a declarative shadow root, where its native
// control would no longer belong to the page's form. Give those elements no shadow root at all.
LitElementRenderer.renderOptions.push((element) => (isLightDom(element) ? { disableSsr: true } : undefined));

/**
 * Server-renders one form control (`druk-input`, `druk-select`, `druk-error-summary`, `druk-button`, …,
 * and `druk-fieldset`, whose `content` is the HTML of the fields it groups)
 * with its label, hint, error and native control as plain light-DOM HTML, so that a page without
 * JavaScript shows and submits it. Link `formsCss` in the page for the styles. In the browser the
 * element upgrades over this markup, keeping what the user typed.
 *
 * ```ts
 * await renderFormControl('druk-cid-input', { attributes: { name: 'cid', required: true }, lang: 'dz' });
 * ```
 */
export async function renderFormControl(tag: string, options: RenderOptions = {}): Promise<string> {
  await loadLazyModules();
  const Control = customElements.get(tag);
  if (!Control) throw new Error(`renderFormControl: <${tag}> is not a form control of @druk/components`);
  const element = new Control() as LitElement;
  if (!isLightDom(element)) {
    throw new Error(`renderFormControl: <${tag}> renders a shadow root; use renderToString from @druk/components/ssr`);
  }
  const attributes: Record<string, AttributeValue> = { ...options.attributes };
  if (options.lang) attributes.lang = options.lang;
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    const text = value === true ? '' : String(value);
    element.setAttribute(name, text);
    element.attributeChangedCallback(name, null, text);
  }
  const lifecycle = element as unknown as {
    willUpdate(changed: Map<string, unknown>): void;
    render(): TemplateResult;
    content?: string;
  };
  // Only a group (druk-fieldset) has children of its own: the fields, as trusted HTML.
  if (options.content !== undefined) {
    if (!('content' in lifecycle)) throw new Error(`renderFormControl: <${tag}> takes no content; use its attributes`);
    lifecycle.content = options.content;
  }
  lifecycle.willUpdate(new Map());
  const content = collectResultSync(render(lifecycle.render()));
  return renderToString(tag, { attributes: options.attributes, lang: options.lang, content });
}
