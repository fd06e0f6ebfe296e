// The five states every form control shows in Storybook, each with a play function that checks it:
// empty, filled (with the keyboard), invalid (after submit), disabled, and in Dzongkha.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { render } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { CONTROL_CASES, type ControlCase, type UserActions } from './control-cases.ts';
import type { DrukFormField } from './form-field.ts';

export type FormStoryState = 'empty' | 'filled' | 'invalid' | 'disabled' | 'dzongkha';

function controlCase(tag: string): ControlCase {
  const found = CONTROL_CASES.find((candidate) => candidate.tag === tag);
  if (!found) throw new Error(`No story case for <${tag}> in form-base/control-cases.ts`);
  return found;
}

/** Meta fields shared by the stories of one control; the stories file adds its own static title. */
export function formControlMeta(tag: string): Meta {
  return { component: tag, parameters: { docs: { description: { component: controlCase(tag).title } } } };
}

/** Storybook's instrumented user events, so each step shows in the Interactions panel. */
const user: UserActions = {
  type: (element, text) => userEvent.type(element, text),
  clear: (element) => userEvent.clear(element),
  click: async (element) => {
    await userEvent.click(element);
  },
  selectOptions: (element, values) => userEvent.selectOptions(element, values),
  keyboard: async (text) => {
    await userEvent.keyboard(text);
  },
  tab: () => userEvent.tab(),
};

function entries(form: HTMLFormElement): [string, string][] {
  return [...new FormData(form)].map(([name, value]) => [name, String(value)]);
}

async function mounted(canvasElement: HTMLElement, tag: string) {
  const form = canvasElement.querySelector('form') as HTMLFormElement;
  const field = form.querySelector(tag) as DrukFormField;
  await field.updateComplete;
  return { form, field };
}

/** Submits the form (stopping the navigation) and waits for the field to show its message. */
async function submit(form: HTMLFormElement, field: DrukFormField): Promise<void> {
  form.addEventListener('submit', (event) => event.preventDefault(), { once: true });
  form.requestSubmit();
  await field.updateComplete;
}

const errorText = (field: DrukFormField) =>
  field.querySelector('.druk-error-message')?.textContent?.replace(/\s+/g, ' ').trim();

/** One state of one control as a story. */
export function formStory(tag: string, state: FormStoryState): StoryObj {
  const control = controlCase(tag);
  return {
    ...(state === 'dzongkha' ? { globals: { lang: 'dz' } } : {}),
    render: () => {
      const form = document.createElement('form');
      render(control.field, form);
      if (state === 'disabled') form.querySelector(tag)?.setAttribute('disabled', '');
      return form;
    },
    play: async ({ canvasElement }) => {
      const { form, field } = await mounted(canvasElement, tag);
      if (state === 'empty') {
        await expect(field.querySelector('label, legend')).toBeTruthy();
        await expect(field.querySelector('.druk-error-message')).toBeNull();
        await expect(entries(form)).toEqual(control.initial);
      } else if (state === 'filled') {
        await control.fill(field, user);
        await expect(entries(form)).toEqual(control.filled);
      } else if (state === 'invalid') {
        await control.fill(field, user);
        await control.spoil(field, user);
        await submit(form, field);
        await expect(errorText(field)).toBe(`Error: ${control.message}`);
      } else if (state === 'disabled') {
        await expect(field.nativeControls.every((element) => element.disabled)).toBe(true);
        await expect(entries(form)).toEqual([]);
      } else {
        await control.fill(field, user);
        await control.spoil(field, user);
        await submit(form, field);
        await expect(errorText(field)).toMatch(/^འཛོལ་བ།/);
      }
    },
  };
}
