import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { accessibilityTree, expectAccessible, fixture } from '../../test/browser.ts';
import { matchesQuery, type DrukCombobox } from './combobox.ts';
import './combobox.ts';

async function gewogField(lang = 'en'): Promise<{ form: HTMLFormElement; field: DrukCombobox }> {
  const form = await fixture<HTMLFormElement>(
    html`<form><druk-combobox name="gewog" label="Gewog" gewogs-of="BT-34" required></druk-combobox></form>`,
    lang,
  );
  const field = form.querySelector('druk-combobox')!;
  await field.updateComplete;
  return { form, field };
}

const input = (field: DrukCombobox) => field.focusTarget as HTMLInputElement;
const shownOptions = (field: DrukCombobox) =>
  [...field.querySelectorAll('[role="option"]')].map((option) => option.textContent?.trim());
const activeOption = (field: DrukCombobox) => {
  const id = input(field).getAttribute('aria-activedescendant');
  return id ? field.querySelector(`#${CSS.escape(id)}`)?.textContent?.trim() : undefined;
};
const status = (field: DrukCombobox) => field.querySelector('[role="status"]')?.textContent?.trim();

describe('matching what is typed', () => {
  it('finds names by any word or syllable, with or without the tsheg, and Tibetan digits as ASCII', () => {
    expect(matchesQuery('ཤིང་མཁར', 'མཁར')).toBe(true);
    expect(matchesQuery('ཤིང་མཁར', 'ཤིང་མཁ')).toBe(true);
    expect(matchesQuery('ཀྲོང', 'ཀྲོང་')).toBe(true);
    expect(matchesQuery('ཤིང་མཁར', 'མཁར་ཤིང')).toBe(false);
    expect(matchesQuery('Phangkhar', 'phang')).toBe(true);
    expect(matchesQuery('Phangkhar', 'khar')).toBe(false);
    expect(matchesQuery('Zone 3', '༣')).toBe(true);
  });
});

describe('druk-combobox', () => {
  it('is a combobox named by its label, with a listbox it controls', async () => {
    const { field } = await gewogField();
    const tree = await accessibilityTree();
    const combobox = tree.find((node) => node.role === 'combobox');
    expect(combobox?.name).toBe('Gewog');
    expect(combobox?.properties.expanded).toBe(false);
    expect(input(field).getAttribute('aria-controls')).toBe(field.querySelector('[role="listbox"]')!.id);
    expect(tree.filter((node) => node.role === 'combobox' || node.role === 'listbox')).toHaveLength(1);
    await expectAccessible(field);
  });

  it('filters the list as the user types, announces the count, and submits the chosen value', async () => {
    const { form, field } = await gewogField();
    await userEvent.type(input(field), 'b');
    await field.updateComplete;
    expect(shownOptions(field)).toEqual(['Bjoka', 'Bardo']);
    expect(status(field)).toBe('2 results available');
    expect(input(field).getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard('{ArrowDown}');
    await field.updateComplete;
    expect(activeOption(field)).toBe('Bjoka');
    await userEvent.keyboard('{ArrowDown}');
    await field.updateComplete;
    expect(activeOption(field)).toBe('Bardo');
    await userEvent.keyboard('{Enter}');
    await field.updateComplete;
    expect(input(field).value).toBe('Bardo');
    expect(input(field).getAttribute('aria-expanded')).toBe('false');
    expect(new FormData(form).get('gewog')).toBe('Bardo');
    expect(form.checkValidity()).toBe(true);
  });

  it('follows the APG keys: Down/Up wrap, Home/End return to the text, Escape closes and then clears', async () => {
    const { field } = await gewogField();
    input(field).focus();
    await userEvent.keyboard('{ArrowUp}');
    await field.updateComplete;
    expect(shownOptions(field)).toHaveLength(8);
    expect(activeOption(field)).toBe('Shingkhar');
    await userEvent.keyboard('{ArrowDown}');
    await field.updateComplete;
    expect(activeOption(field)).toBe('Bjoka');
    await userEvent.keyboard('{ArrowUp}');
    await field.updateComplete;
    expect(activeOption(field)).toBe('Shingkhar');
    await userEvent.type(input(field), 'Tr');
    await field.updateComplete;
    await userEvent.keyboard('{ArrowDown}');
    await field.updateComplete;
    expect(activeOption(field)).toBe('Trong');
    await userEvent.keyboard('{Home}');
    await field.updateComplete;
    expect(input(field).hasAttribute('aria-activedescendant')).toBe(false);
    expect(input(field).selectionStart).toBe(0);
    await userEvent.keyboard('{ArrowDown}{End}');
    await field.updateComplete;
    expect(input(field).hasAttribute('aria-activedescendant')).toBe(false);
    expect(input(field).selectionStart).toBe(2);
    await userEvent.keyboard('{Escape}');
    await field.updateComplete;
    expect(input(field).getAttribute('aria-expanded')).toBe('false');
    expect(input(field).value).toBe('Tr');
    await userEvent.keyboard('{Escape}');
    await field.updateComplete;
    expect(input(field).value).toBe('');
  });

  it('refuses text that is not an option, with a message naming the field', async () => {
    const { form, field } = await gewogField();
    expect(form.checkValidity()).toBe(false);
    await field.updateComplete;
    expect(field.querySelector('.druk-error-message')?.textContent).toContain('Select gewog');
    await userEvent.type(input(field), 'Thimphu');
    expect(form.checkValidity()).toBe(false);
    await field.updateComplete;
    expect(field.querySelector('.druk-error-message')?.textContent).toContain('Select gewog from the list');
    expect(new FormData(form).get('gewog')).toBe('');
    await userEvent.clear(input(field));
    await userEvent.type(input(field), 'trong');
    expect(form.checkValidity()).toBe(true);
    expect(new FormData(form).get('gewog')).toBe('Trong');
  });

  it('on a Dzongkha page: Tibetan names, matched by syllable or by the English name, counts in Tibetan digits', async () => {
    const { form, field } = await gewogField('dz');
    await userEvent.type(input(field), 'མཁར་');
    await field.updateComplete;
    expect(shownOptions(field)).toEqual(['ཕང་མཁར', 'ཤིང་མཁར']);
    expect(status(field)).toBe('གྲུབ་འབྲས་ ༢ ཡོད།');
    await userEvent.clear(input(field));
    await userEvent.type(input(field), 'bard');
    await field.updateComplete;
    expect(shownOptions(field)).toEqual(['བར་དོ']);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await field.updateComplete;
    expect(input(field).value).toBe('བར་དོ');
    expect(new FormData(form).get('gewog')).toBe('Bardo');
    await expectAccessible(field);
  });

  it('picks an option with the mouse and resets to the initial value with the form', async () => {
    const { form, field } = await gewogField();
    field.value = 'Goshing';
    expect(input(field).value).toBe('Goshing');
    await userEvent.click(input(field));
    await field.updateComplete;
    await userEvent.click(field.querySelectorAll('[role="option"]')[6]!);
    await field.updateComplete;
    expect(new FormData(form).get('gewog')).toBe('Trong');
    form.reset();
    expect(new FormData(form).get('gewog')).toBe('');
    expect(input(field).value).toBe('');
  });

  it('shows the option in focus in system highlight colours in forced colours, on targets of 24 px', async () => {
    const { field } = await gewogField();
    input(field).focus();
    await userEvent.keyboard('{ArrowDown}');
    await field.updateComplete;
    const option = field.querySelector('[aria-selected="true"]')!;
    expect(option.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
    await commands.emulateForcedColors(true);
    try {
      const style = getComputedStyle(option);
      const other = getComputedStyle(field.querySelector('[aria-selected="false"]')!);
      expect(style.color).not.toBe(style.backgroundColor);
      expect(style.backgroundColor).not.toBe(other.backgroundColor);
    } finally {
      await commands.emulateForcedColors(false);
    }
  });

  it('warns once, naming the element and attribute, when gewogs-of has no recorded gewogs', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      await fixture(html`<druk-combobox name="place" label="Gewog" gewogs-of="BT-99"></druk-combobox>`);
    } finally {
      console.warn = warn;
    }
    expect(warnings.some((message) => message.includes('<druk-combobox name="place"> gewogs-of: "BT-99"'))).toBe(true);
  });
});
