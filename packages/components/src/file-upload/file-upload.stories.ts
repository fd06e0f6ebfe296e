import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import type { DrukFileUpload } from './file-upload.ts';
import './file-upload.ts';

const meta: Meta<{ disabled: boolean }> = {
  title: 'Forms/File upload',
  component: 'druk-file-upload',
  args: { disabled: false },
  render: ({ disabled }) =>
    html`<form>
      <druk-file-upload
        name="document"
        label="Supporting document"
        accept=".pdf"
        max-size="1000"
        ?disabled=${disabled}
      ></druk-file-upload>
    </form>`,
};
export default meta;

type Story = StoryObj<{ disabled: boolean }>;

const field = (canvasElement: HTMLElement) => canvasElement.querySelector<DrukFileUpload>('druk-file-upload')!;
const pdf = (size: number) => new File([new Uint8Array(size)], 'permit.pdf', { type: 'application/pdf' });

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    await expect(field(canvasElement).querySelector('#document-limits')!.textContent!.trim()).toBe(
      'Accepted file types: .pdf. Largest size: 1 KB.',
    );
  },
};

export const Filled: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.upload(field(canvasElement).focusTarget as HTMLInputElement, pdf(500));
    await expect(field(canvasElement).files.map((file) => file.name)).toEqual(['permit.pdf']);
    await expect(field(canvasElement).checkValidity()).toBe(true);
  },
};

export const Invalid: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.upload(field(canvasElement).focusTarget as HTMLInputElement, pdf(5000));
    await expect(field(canvasElement).checkValidity()).toBe(false);
    await field(canvasElement).updateComplete;
    await expect(field(canvasElement).querySelector('.druk-error-message')!.textContent).toContain(
      'permit.pdf is larger than 1 KB',
    );
  },
};

export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement }) => {
    await expect((field(canvasElement).focusTarget as HTMLInputElement).disabled).toBe(true);
  },
};

export const Dzongkha: Story = {
  globals: { lang: 'dz' },
  play: async ({ canvasElement }) => {
    await expect(field(canvasElement).querySelector('#document-limits')!.textContent).toContain('ཡིག་སྣོད་ཀྱི་དབྱེ་བ་');
  },
};
