import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import type { TemplateResult } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import { loadBhutanData } from '../base/bhutan.ts';
import { dzongkha } from '../base/dzongkha.ts';
import { registerDzongkha } from '../base/strings.ts';

/** Attribute values for `renderToString(tag, …)`: `true` writes a bare attribute, false/null/undefined none. */
export type AttributeValue = string | number | boolean | null | undefined;

export interface RenderOptions {
  /** Attributes of the element, e.g. `{ 'agency-name': 'Ministry of Health' }`. */
  attributes?: Readonly<Record<string, AttributeValue>>;
  /**
   * The language to render in. Sets `lang` on the element: on the server there is no page around
   * the element to inherit it from, and the same attribute keeps the hydrated element in that language.
   */
  lang?: string;
  /**
   * Light-DOM children as trusted HTML (slotted content), written as is after rendering. Components
   * in it are expected to be rendered already (as nested `<Druk>` children are): the server must not
   * parse them again, or each would get a second declarative shadow root, which browsers reject.
   */
  content?: string;
}

const ATTRIBUTE_NAME = /^[a-z_:][a-z0-9_.:-]*$/i;
const CUSTOM_ELEMENT_NAME = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function openingTag(tag: string, options: RenderOptions): string {
  const attributes: Record<string, AttributeValue> = { ...options.attributes };
  if (options.lang) attributes.lang = options.lang;
  let markup = `<${tag}`;
  for (const [name, value] of Object.entries(attributes)) {
    if (!ATTRIBUTE_NAME.test(name)) throw new Error(`renderToString: "${name}" is not a valid attribute name`);
    if (value === false || value === null || value === undefined) continue;
    markup += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return `${markup}>`;
}

/** Stands in for `content` while the element renders; replaced by the content afterwards. */
const CONTENT_MARKER = '<!-- druk ssr content -->';

function elementTemplate(tag: string, options: RenderOptions): TemplateResult {
  if (!CUSTOM_ELEMENT_NAME.test(tag)) throw new Error(`renderToString: "${tag}" is not a custom element name`);
  if (!customElements.get(tag)) {
    throw new Error(`renderToString: <${tag}> is not defined; import its module (e.g. @druk/components/…) first`);
  }
  const children = options.content ? CONTENT_MARKER : '';
  return html`${unsafeStatic(openingTag(tag, options))}${unsafeStatic(children)}${unsafeStatic(`</${tag}>`)}`;
}

// A server renders in every language: the Dzongkha strings, which browsers fetch only when an element
// speaks Dzongkha, are registered here at once.
registerDzongkha(dzongkha);

/**
 * Loads what the browser fetches only when an element needs it (the Bhutan data): the server renders
 * every element in one go, with no update to wait in.
 */
export async function loadLazyModules(): Promise<void> {
  await loadBhutanData();
}

/**
 * Server-renders a Lit template, or one custom element by tag name, to an HTML string in which each
 * component's shadow DOM is a declarative `<template shadowrootmode="open">`. The browser shows that
 * HTML with no JavaScript; loading the component modules after
 * `@lit-labs/ssr-client/lit-element-hydrate-support.js` hydrates it without re-rendering.
 */
export async function renderToString(what: TemplateResult | string, options: RenderOptions = {}): Promise<string> {
  await loadLazyModules();
  if (typeof what !== 'string') return collectResult(render(what));
  const markup = await collectResult(render(elementTemplate(what, options)));
  // A function replacement, so `$` sequences in the content are written literally.
  return options.content ? markup.replace(CONTENT_MARKER, () => options.content ?? '') : markup;
}
