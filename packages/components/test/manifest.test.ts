// custom-elements.json (from @custom-elements-manifest/analyzer, `pnpm --filter @druk/components analyze`)
// describes every component: what Storybook's controls and docs, and editors, are generated from.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import '../src/index.ts';
import { samples } from './samples.ts';

interface Declaration {
  tagName?: string;
  summary?: string;
  attributes?: { name: string }[];
}
const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8')) as {
  modules: { declarations?: Declaration[] }[];
};
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);

describe('custom-elements.json', () => {
  it.each(samples.map((sample) => sample.tag))('describes <%s> with a summary', (tag) => {
    const declaration = declarations.find((candidate) => candidate.tagName === tag);
    expect(declaration?.summary).toBeTruthy();
  });

  it.each(samples.map((sample) => sample.tag))('lists every attribute <%s> observes', (tag) => {
    const element = customElements.get(tag) as unknown as { observedAttributes: string[] };
    const documented = new Set(
      declarations.find((candidate) => candidate.tagName === tag)?.attributes?.map((a) => a.name),
    );
    const missing = element.observedAttributes.filter((name) => !name.startsWith('text-') && !documented.has(name));
    expect(missing).toEqual([]);
  });

  /** Every registered druk-* element the manifest describes, form controls included. */
  const described = declarations.filter(
    (declaration) => declaration.tagName && customElements.get(declaration.tagName),
  );

  it('lists the text-* attribute of every string each element shows, form controls included', () => {
    const missing = described.flatMap((declaration) => {
      const element = customElements.get(declaration.tagName!) as unknown as { observedAttributes: string[] };
      const documented = new Set(declaration.attributes?.map((attribute) => attribute.name));
      return element.observedAttributes
        .filter((name) => name.startsWith('text-') && !documented.has(name))
        .map((name) => `<${declaration.tagName}> ${name}`);
    });
    expect(described.map((declaration) => declaration.tagName)).toContain('druk-cid-input');
    expect(missing).toEqual([]);
  });

  it('lists no internal state (allOpen, shownError) as an attribute', () => {
    const all = manifest.modules.flatMap((module) => module.declarations ?? []);
    const internal = all.flatMap((declaration) =>
      (declaration.attributes ?? [])
        .filter((attribute) => ['allOpen', 'shownError'].includes(attribute.name))
        .map((attribute) => `${declaration.tagName ?? '(base class)'} ${attribute.name}`),
    );
    expect(internal).toEqual([]);
  });
});
