// Storybook covers every component: each druk-* element that src/index.ts registers appears in a story,
// and in a story shown in Dzongkha (the page's `lang` global set to dz, or the element inside lang="dz"),
// and no story turns its accessibility checks below `error` (the preview sets `error` for all; the
// `storybook` vitest project runs them, test/storybook/a11y.test.ts shows that a violation fails it).
/// <reference types="vite/client" />
import { render as renderTemplate, type TemplateResult } from 'lit';
import { afterAll, beforeAll, expect, it } from 'vitest';
import preview from '../../../.storybook/preview.ts';
import { storyElement, type StoryArgs } from './story.ts';

interface StoryParts {
  args?: StoryArgs;
  globals?: { lang?: string };
  parameters?: { a11y?: { test?: string; disable?: boolean } };
  render?: (args: StoryArgs, context: unknown) => HTMLElement | TemplateResult;
}
type StoryModule = { default: StoryParts & { title?: string; component?: string } } & Record<string, unknown>;

const storyModules = import.meta.glob<StoryModule>('../src/**/*.stories.ts');

/** The tags src/index.ts registers, recorded as its modules define them. */
const registered = new Set<string>();
/** Per tag: the stories that show it, and those that show it in Dzongkha. */
const shownIn = new Map<string, Set<string>>();
const shownInDzongkha = new Map<string, Set<string>>();
/** Stories whose accessibility checks are weaker than `error`. */
const weakened: string[] = [];

function deepDrukElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [
    ...(element.localName.startsWith('druk-') ? [element] : []),
    ...(element.shadowRoot ? deepDrukElements(element.shadowRoot) : []),
  ]);
}

function record(map: Map<string, Set<string>>, tag: string, story: string): void {
  map.set(tag, (map.get(tag) ?? new Set()).add(story));
}

/** Holds the story being rendered; a new one each time, as lit keeps its parts in the container. */
let frame = document.createElement('div');
afterAll(() => frame.remove());

beforeAll(async () => {
  const define = customElements.define.bind(customElements);
  customElements.define = (tag, constructor, options) => {
    if (tag.startsWith('druk-')) registered.add(tag);
    define(tag, constructor, options);
  };
  try {
    await import('../src/index.ts');
  } finally {
    customElements.define = define;
  }
  for (const [path, load] of Object.entries(storyModules)) {
    const { default: meta, ...exports } = await load();
    if (meta.parameters?.a11y?.disable || (meta.parameters?.a11y?.test ?? 'error') !== 'error') weakened.push(path);
    for (const [name, value] of Object.entries(exports)) {
      if (name === '__namedExportsOrder' || typeof value !== 'object' || value === null) continue;
      const story = value as StoryParts;
      const id = `${meta.title ?? path} / ${name}`;
      if (story.parameters?.a11y?.disable || (story.parameters?.a11y?.test ?? 'error') !== 'error') weakened.push(id);
      const lang = story.globals?.lang ?? meta.globals?.lang ?? 'en';
      const args = { ...meta.args, ...story.args };
      // As the preview's decorator does: the page's language, which the components follow.
      document.documentElement.lang = lang;
      const render = story.render ?? meta.render;
      const result = render ? render(args, { args, globals: { lang } }) : storyElement(meta.component ?? '', args);
      frame.remove();
      frame = document.createElement('div');
      document.body.append(frame);
      if (result instanceof Node) frame.append(result);
      else renderTemplate(result, frame);
      const elements = deepDrukElements(frame);
      await Promise.all(elements.map((element) => (element as Element & { updateComplete?: unknown }).updateComplete));
      for (const element of elements) {
        record(shownIn, element.localName, id);
        // In Dzongkha: the page's language (the story's global) or the element's own or an ancestor's.
        if (lang === 'dz' || element.closest('[lang="dz"]')) record(shownInDzongkha, element.localName, id);
      }
    }
  }
  document.documentElement.lang = 'en';
});

it('finds the components index.ts registers', () => {
  expect(registered.size).toBeGreaterThan(40);
});

it('shows every registered component in a story', () => {
  expect([...registered].filter((tag) => !shownIn.has(tag))).toEqual([]);
});

it('shows every registered component in a Dzongkha story', () => {
  expect([...registered].filter((tag) => !shownInDzongkha.has(tag))).toEqual([]);
});

it('fails every story on an accessibility violation (a11y test "error", none weakened)', () => {
  expect(preview.parameters?.a11y).toMatchObject({ test: 'error' });
  expect(weakened).toEqual([]);
});
