// The Dzongkha strings are a file of their own (ADR 0022). This file loads the masthead alone, as a
// portal that imports elements one by one does, with nothing else: the element fetches its Dzongkha.
import { afterEach, describe, expect, it } from 'vitest';
import '../masthead/masthead.ts';

const fetchedDzongkha = () =>
  performance.getEntriesByType('resource').some((entry) => /\/base\/dzongkha\.json$/.test(entry.name));

async function masthead(lang: string): Promise<HTMLElement & { updateComplete: Promise<unknown> }> {
  const container = document.createElement('div');
  container.lang = lang;
  container.innerHTML = '<druk-masthead></druk-masthead>';
  document.body.append(container);
  const element = container.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  await element.updateComplete;
  return element;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the Dzongkha strings', () => {
  it('are not fetched by an English page', async () => {
    const element = await masthead('en');
    expect(element.shadowRoot?.textContent).toContain('An official website of the Royal Government of Bhutan');
    expect(fetchedDzongkha()).toBe(false);
  });

  it('are fetched when an element first speaks Dzongkha, which renders once they have arrived', async () => {
    const english = await masthead('en');
    expect(fetchedDzongkha()).toBe(false);
    const element = await masthead('dz');
    expect(fetchedDzongkha()).toBe(true);
    expect(element.shadowRoot?.textContent).toContain('འབྲུག་རྒྱལ་གཞུང་གི་ གཞུང་འབྲེལ་ཝེབ་སའིཊ།');
    // An element already on the page follows when the page switches language.
    english.parentElement!.lang = 'dz';
    await new Promise((resolve) => setTimeout(resolve));
    await english.updateComplete;
    expect(english.shadowRoot?.textContent).toContain('འབྲུག་རྒྱལ་གཞུང་གི་ གཞུང་འབྲེལ་ཝེབ་སའིཊ།');
  });
});
