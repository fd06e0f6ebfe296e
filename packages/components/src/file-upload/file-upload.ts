import { defineElement } from '../base/define.ts';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatFileSize } from '@druk/locale/format/number';
import type { StringId } from '../base/strings.ts';
import { DrukFormField, type FieldIds } from '../form-base/form-field.ts';

/** Whether a file matches one entry of an `accept` list: `.pdf`, `image/*` or `application/pdf`. */
function matchesAccept(file: File, accept: string): boolean {
  const rule = accept.trim().toLowerCase();
  if (rule.startsWith('.')) return file.name.toLowerCase().endsWith(rule);
  if (rule.endsWith('/*')) return file.type.toLowerCase().startsWith(rule.slice(0, -1));
  return file.type.toLowerCase() === rule;
}

/**
 * `<druk-file-upload>`: a native file input whose accepted types and largest size are shown in the hint
 * (so they are read with the field and visible without JavaScript) and enforced before submission.
 * The form must use `method="post" enctype="multipart/form-data"`; the server checks again.
 *
 * @summary File input with accepted types and size shown and enforced.
 * @attr name - As on `<druk-input>`.
 * @attr label - As on `<druk-input>`.
 * @attr hint - As on `<druk-input>`.
 * @attr error - As on `<druk-input>`.
 * @attr required - As on `<druk-input>`.
 * @attr disabled - As on `<druk-input>`.
 * @attr accept - Accepted types, as on `<input type="file">`: `.pdf,.jpg,image/png`.
 * @attr max-size - Largest size of each file, in bytes.
 * @attr multiple - Allows several files.
 */
export class DrukFileUpload extends DrukFormField {
  static override strings: readonly StringId[] = [
    'form.error.prefix',
    'form.error.value-missing',
    'form.file.limits',
    'form.file.too-large',
    'form.file.wrong-type',
  ];

  static override properties: PropertyDeclarations = {
    accept: {},
    maxSize: { attribute: 'max-size', type: Number },
    multiple: { type: Boolean },
  };

  declare accept: string | undefined;
  declare maxSize: number | undefined;
  declare multiple: boolean;

  constructor() {
    super();
    this.multiple = false;
  }

  override willUpdate(): void {
    if (this.maxSize !== undefined && !(this.maxSize > 0)) {
      throw new Error(`<druk-file-upload name="${this.name}">: max-size must be a positive number of bytes`);
    }
  }

  private sizeText(bytes: number): string {
    return formatFileSize(bytes, { lang: this.language });
  }

  private get acceptList(): string[] {
    return (this.accept ?? '').split(',').filter((entry) => entry.trim());
  }

  /** The files chosen now. */
  get files(): File[] {
    return [...((this.focusTarget as HTMLInputElement | undefined)?.files ?? [])];
  }

  protected override extraDescriptions(ids: FieldIds): string[] {
    return this.acceptList.length || this.maxSize ? [`${ids.control}-limits`] : [];
  }

  protected override fieldError(): string | undefined {
    const types = this.acceptList.join(', ');
    for (const file of this.files) {
      if (this.acceptList.length && !this.acceptList.some((rule) => matchesAccept(file, rule))) {
        return this.t('form.file.wrong-type', { file: file.name, types });
      }
      if (this.maxSize && file.size > this.maxSize) {
        return this.t('form.file.too-large', { file: file.name, size: this.sizeText(this.maxSize) });
      }
    }
    return undefined;
  }

  private renderLimits(ids: FieldIds) {
    if (!this.acceptList.length && !this.maxSize) return nothing;
    return html`<div class="druk-hint" id=${`${ids.control}-limits`}>
      ${this.t('form.file.limits', {
        types: this.acceptList.join(', ') || '—',
        size: this.maxSize ? this.sizeText(this.maxSize) : '—',
      })}
    </div>`;
  }

  override render() {
    return this.renderSingle(
      (ids, description) =>
        html`${this.renderLimits(ids)}<input
            class="druk-file"
            id=${ids.control}
            name=${this.name}
            type="file"
            accept=${ifDefined(this.accept)}
            ?multiple=${this.multiple}
            ?required=${this.required}
            ?disabled=${this.disabled}
            aria-describedby=${description}
            aria-invalid=${this.errorText ? 'true' : 'false'}
            data-druk-control
          />`,
    );
  }
}

defineElement('druk-file-upload', DrukFileUpload);

declare global {
  interface HTMLElementTagNameMap {
    'druk-file-upload': DrukFileUpload;
  }
}
