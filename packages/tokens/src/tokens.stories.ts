import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { THEMES, contrastPairs, minimumContrast, themes, type ThemeName } from './color.ts';
import { contrastRatio } from './contrast.ts';
import { PREFIX, colorEntries, scaleEntries } from './css.ts';
import { pageCss, tokensCss } from './index.ts';

/**
 * Plain HTML strings (the tokens package has no Lit): every value below is this package's own
 * data, never user input.
 */
function html(strings: TemplateStringsArray, ...values: unknown[]): string {
  return strings.reduce((out, text, i) => out + text + (i < values.length ? join(values[i]) : ''), '');
}
const join = (value: unknown): string => (Array.isArray(value) ? value.map(join).join('') : String(value ?? ''));
type TemplateResult = string;

/** The stories show the real stylesheet, as a page would load it. */
function withTokens(story: () => unknown): TemplateResult {
  if (!document.getElementById('druk-tokens')) {
    const style = document.createElement('style');
    style.id = 'druk-tokens';
    style.textContent = `${tokensCss}${pageCss}
      .tokens { font-family: var(--druk-font-family-body); color: var(--druk-color-text);
        background: var(--druk-color-background); padding: var(--druk-space-4); }
      .tokens table { border-collapse: collapse; width: 100%; margin-block-end: var(--druk-space-6); }
      .tokens caption { text-align: start; font-size: var(--druk-font-size-lg); font-weight: var(--druk-font-weight-bold);
        padding-block: var(--druk-space-3); }
      .tokens th, .tokens td { text-align: start; padding: var(--druk-space-2); vertical-align: middle;
        border-block-end: var(--druk-border-width-thin) solid var(--druk-color-border-subtle); }
      .tokens code { font-family: var(--druk-font-family-mono); font-size: var(--druk-font-size-sm); }
      .swatch { inline-size: 3rem; block-size: 2rem; border: var(--druk-border-width-thin) solid var(--druk-color-border);
        border-radius: var(--druk-radius-sm); }
      .sample { display: inline-block; padding: var(--druk-space-2) var(--druk-space-3); border-radius: var(--druk-radius-sm); }
      .ui-sample { display: inline-block; inline-size: 3rem; block-size: 1.5rem; border-radius: var(--druk-radius-sm); }
      .bar { block-size: 1rem; background: var(--druk-color-accent); }`;
    document.head.append(style);
  }
  return story() as TemplateResult;
}

const meta: Meta = {
  title: 'Foundations/Design tokens',
  decorators: [withTokens],
  parameters: { layout: 'fullscreen' },
};
export default meta;
type Story = StoryObj;

const token = (name: string) => html`<code>${PREFIX}${name}</code>`;

/** A captioned table with column headers; each row is a list of cells. */
function table(caption: string, headers: string[], rows: unknown[][]): TemplateResult {
  return html`<table>
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        ${headers.map((header) => html`<th scope="col">${header}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (cells) =>
          html`<tr>
            ${cells.map((cell) => html`<td>${cell}</td>`)}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function colourTable(theme: ThemeName): TemplateResult {
  return table(
    'Colour roles',
    ['Token', 'Value', 'Swatch'],
    colorEntries(themes[theme]).map(([name, value]) => [
      token(name),
      html`<code>${value}</code>`,
      html`<div class="swatch" style="background: var(${PREFIX}${name})"></div>`,
    ]),
  );
}

function pairTable(theme: ThemeName): TemplateResult {
  const scheme = themes[theme];
  return table(
    'Contrast of every declared pair (checked by color.test.ts)',
    ['Foreground on background', 'Used for', 'Sample', 'Ratio', 'Needs'],
    contrastPairs.map((pair) => {
      const fg = `var(${PREFIX}color-${pair.foreground})`;
      const bg = `var(${PREFIX}color-${pair.background})`;
      const sample =
        pair.use === 'text'
          ? html`<span class="sample" style="color: ${fg}; background: ${bg}">Aa རྫོང་ཁ</span>`
          : html`<span
              class="ui-sample"
              role="img"
              aria-label="${pair.foreground} border on ${pair.background}"
              style="background: ${bg}; border: 3px solid ${fg}"
            ></span>`;
      return [
        `${pair.foreground} on ${pair.background}`,
        pair.where,
        sample,
        `${contrastRatio(scheme[pair.foreground], scheme[pair.background]).toFixed(2)}:1`,
        `${minimumContrast(pair.use, theme)}:1 (${pair.use})`,
      ];
    }),
  );
}

function themeStory(theme: ThemeName): Story {
  return {
    name: `Colour: ${theme}`,
    render: () =>
      html`<div class="tokens" data-theme="${theme}">
        <h1>Colour, ${theme} theme</h1>
        ${colourTable(theme)} ${pairTable(theme)}
      </div>`,
  };
}

export const ColourLight = themeStory('light');
export const ColourDark = themeStory('dark');
export const ColourHighContrast = themeStory('high-contrast');

const GROUP_PREVIEWS: [prefix: string, preview: (name: string) => TemplateResult][] = [
  ['space-', (name) => html`<div class="bar" style="inline-size: var(${PREFIX}${name})"></div>`],
  [
    'radius-',
    (name) =>
      html`<div
        class="swatch"
        style="border-radius: var(${PREFIX}${name}); background: var(--druk-color-surface)"
      ></div>`,
  ],
  [
    'shadow-',
    (name) =>
      html`<div
        class="swatch"
        style="box-shadow: var(${PREFIX}${name}); background: var(--druk-color-background)"
      ></div>`,
  ],
  [
    'border-width-',
    (name) => html`<div style="border-block-start: var(${PREFIX}${name}) solid var(--druk-color-text)"></div>`,
  ],
  ['font-size-', (name) => html`<span style="font-size: var(${PREFIX}${name})">Apply for a permit</span>`],
  ['font-weight-', (name) => html`<span style="font-weight: var(${PREFIX}${name})">Apply for a permit</span>`],
  ['font-family-', (name) => html`<span style="font-family: var(${PREFIX}${name})">Apply རྫོང་ཁ</span>`],
];

export const ScaleTokens: Story = {
  name: 'Space, type, radii, motion and more',
  render: () =>
    html`<div class="tokens">
      <h1>Every non-colour token</h1>
      ${table(
        'Tokens by group',
        ['Token', 'Value', 'Preview'],
        scaleEntries().map(([name, value]) => [
          token(name),
          html`<code>${value}</code>`,
          GROUP_PREVIEWS.find(([prefix]) => name.startsWith(prefix))?.[1](name) ?? '',
        ]),
      )}
    </div>`,
};

const DZONGKHA = 'གཞལ་སྒང་རྫོང་ཁག་འདི་ རྒྱལ་ཁབ་ཀྱི་ལྷོ་དབུས་ཕྱོགས་ལུ་ཆགས་ཏེ་ཡོདཔ་ཨིན།';

export const DzongkhaTypography: Story = {
  name: 'Dzongkha typography',
  render: () =>
    html`<div class="tokens">
      <h1>Type scale in English and Dzongkha</h1>
      <p>
        Inside <code>lang="dz"</code> the size tokens are 1.2 times larger, body text has line-height 1.8 and headings
        1.5 (source text: Dzongkha Wikipedia, CC BY-SA 4.0).
      </p>
      ${['xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl', '4xl'].map(
        (step) =>
          html`<h2 style="font-size: var(--druk-font-size-sm); margin-block: var(--druk-space-5) 0">
              ${token(`font-size-${step}`)}
            </h2>
            <p style="font-size: var(--druk-font-size-${step}); margin: 0">
              Zhemgang Dzongkhag lies in south-central Bhutan.
            </p>
            <p lang="dz" style="font-size: var(--druk-font-size-${step}); margin: 0">${DZONGKHA}</p>`,
      )}
      <h2>Links</h2>
      <p><a href="#links">Apply for a trade licence</a></p>
      <p lang="dz"><a href="#links">བསྒྲུབས་ ཧཱུཾ་ རྒྱལ་ཁབ་ཀྱི་ གྲྭ་ཚང་</a></p>
    </div>`,
};

export const FocusRing: Story = {
  name: 'Focus ring on every theme',
  render: () =>
    html`<div class="tokens">
      <h1>Focus ring</h1>
      <p>
        Tab to each button: ${token('focus-width')} outline in ${token('color-focus')} around a halo of
        ${token('color-focus-halo')}.
      </p>
      ${THEMES.map(
        (theme) =>
          html`<div data-theme="${theme}" class="tokens">
            <button type="button">Apply (${theme})</button>
            <span style="background: var(--druk-color-accent); padding: var(--druk-space-3); display: inline-block">
              <button type="button">On the header band (${theme})</button>
            </span>
          </div>`,
      )}
    </div>`,
};
