import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { fixture } from '../../test/browser.ts';
import type { DrukFileUpload } from './file-upload.ts';
import './file-upload.ts';

const pdf = (size: number) => new File([new Uint8Array(size)], 'permit.pdf', { type: 'application/pdf' });

describe('druk-file-upload', () => {
  it('shows the accepted types and largest size as part of the description', async () => {
    const field = await fixture<DrukFileUpload>(
      html`<druk-file-upload
        name="document"
        label="Document"
        accept=".pdf,image/*"
        max-size="2000000"
      ></druk-file-upload>`,
    );
    const limits = field.querySelector('#document-limits')!;
    expect(limits.textContent!.trim()).toBe('Accepted file types: .pdf, image/*. Largest size: 2 MB.');
    expect(field.focusTarget!.getAttribute('aria-describedby')).toBe('document-limits');
  });

  it('accepts a file within the limits and refuses one that is too large or of another type', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <druk-file-upload name="document" label="Document" accept=".pdf" max-size="1000"></druk-file-upload>
      </form>`,
    );
    const field = form.querySelector<DrukFileUpload>('druk-file-upload')!;
    await userEvent.upload(field.focusTarget!, pdf(500));
    expect(form.checkValidity()).toBe(true);
    expect((new FormData(form).get('document') as File).name).toBe('permit.pdf');
    await userEvent.upload(field.focusTarget!, pdf(5000));
    expect(form.checkValidity()).toBe(false);
    await field.updateComplete;
    expect(field.validationMessage).toBe('permit.pdf is larger than 1 KB');
    await userEvent.upload(field.focusTarget!, new File(['x'], 'photo.exe', { type: 'application/octet-stream' }));
    expect(field.validationMessage).toBe('photo.exe must be one of: .pdf');
  });
});
