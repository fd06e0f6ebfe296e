// Measurements the embedding matrix takes inside the page (bundled and loaded as a plain script):
// text sizes, target sizes, forced-colour readability and the computed styles of the light-DOM form
// parts, read through every shadow root of the druk-* components.

/** One text-bearing element: its place in the document, font size, and text and background colours. */
export interface TextSample {
  key: string;
  text: string;
  fontSize: number;
  color: string;
  /** What is painted behind the text: the nearest background, and in forced colours the backplate. */
  backgrounds: string[];
}

/** A target smaller than 24 × 24 px without the spacing WCAG 2.5.8 allows instead. */
export interface TargetSample {
  key: string;
  width: number;
  height: number;
}

/** The light-DOM form parts whose look a portal's theme must not change. */
export const FORM_PARTS = [
  '.druk-label',
  '.druk-fieldset__legend',
  '.druk-hint',
  '.druk-error-message',
  '.druk-input',
  '.druk-select',
  '.druk-textarea',
  '.druk-choice__input',
  '.druk-button',
  '.druk-error-summary',
  '.druk-error-summary__title',
  '.druk-error-summary__list',
  '.druk-error-summary__list li',
  '.druk-error-summary__list a',
  '.druk-combobox__list',
  '.druk-combobox__option',
] as const;

/** The computed properties compared between the clean page and a themed one. */
export const FORM_PROPERTIES = [
  'display',
  'float',
  'clear',
  'position',
  'box-sizing',
  'font-family',
  'font-size',
  'font-weight',
  'line-height',
  'letter-spacing',
  'text-transform',
  'text-align',
  'color',
  'background-color',
  'background-image',
  'border-top-width',
  'border-top-style',
  'border-top-color',
  'border-left-width',
  'border-left-style',
  'border-radius',
  'box-shadow',
  'padding-top',
  'padding-left',
  'margin-top',
  'margin-left',
  'margin-bottom',
  'min-height',
  'list-style-type',
  'text-decoration-line',
] as const;

/** Every element of the document, in document order, descending into open shadow roots. */
function deepElements(root: ParentNode = document): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

/** Whether the element sits inside a druk-* component (its light DOM or its shadow tree). */
function inComponent(element: Element): boolean {
  for (let node: Node | null = element; node;) {
    if (node instanceof Element && node.localName.startsWith('druk-')) return true;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return false;
}

/** The parent across shadow boundaries: a slotted node's slot, a shadow root's host. */
function composedParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  const parent = element.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
}

/** The colour painted behind an element: the first ancestor's opaque-enough background. */
function backgroundBehind(element: Element): string {
  for (let node: Element | null = element; node; node = composedParent(node)) {
    const background = getComputedStyle(node).backgroundColor;
    if (background !== 'rgba(0, 0, 0, 0)' && background !== 'transparent') return background;
  }
  return getComputedStyle(document.documentElement).backgroundColor;
}

function shown(element: Element): boolean {
  if (!element.checkVisibility({ visibilityProperty: true })) return false;
  const style = getComputedStyle(element);
  if (style.clipPath.startsWith('inset(50%')) return false;
  const box = element.getBoundingClientRect();
  return box.width > 1 && box.height > 1;
}

/** The Canvas system colour as the browser resolves it now. */
function canvasColor(): string {
  const swatch = document.createElement('div');
  swatch.style.backgroundColor = 'Canvas';
  document.body.append(swatch);
  const color = getComputedStyle(swatch).backgroundColor;
  swatch.remove();
  return color;
}

/** The elements of the components that show text of their own, with their indexes as keys. */
function textSamples(): TextSample[] {
  // From <body>: the keys then name the same element on every theme, whatever each puts in <head>.
  const all = deepElements(document.body);
  // In forced colours Chromium paints a Canvas backplate behind the text of every element it adjusts.
  const backplate = matchMedia('(forced-colors: active)').matches ? canvasColor() : undefined;
  return all.flatMap((element, index) => {
    if (['style', 'script', 'template'].includes(element.localName) || element.closest('svg')) return [];
    if (!inComponent(element)) return [];
    const ownText = [...element.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent ?? '')
      .join('')
      .trim();
    const ownValue = element instanceof HTMLInputElement && element.type === 'text' ? element.value : '';
    if (!(ownText || ownValue) || !shown(element)) return [];
    const style = getComputedStyle(element);
    return [
      {
        key: `${index}:${element.localName}.${String(element.className)}`,
        text: (ownText || ownValue).slice(0, 40),
        fontSize: parseFloat(style.fontSize),
        color: style.color,
        backgrounds: [
          backgroundBehind(element),
          ...(backplate && style.forcedColorAdjust === 'auto' ? [backplate] : []),
        ],
      },
    ];
  });
}

/** Whether a link sits inside a sentence, which WCAG 2.5.8 exempts: the line of text sets its size. */
function inSentence(element: Element): boolean {
  const parent = element.parentElement;
  return (
    element.localName === 'a' &&
    getComputedStyle(element).display === 'inline' &&
    parent !== null &&
    (parent.textContent ?? '').trim().length > (element.textContent ?? '').trim().length
  );
}

/** The distance from a point to the nearest point of a box (0 inside it). */
function distanceToBox(x: number, y: number, box: DOMRect): number {
  const dx = Math.max(box.left - x, 0, x - box.right);
  const dy = Math.max(box.top - y, 0, y - box.bottom);
  return Math.hypot(dx, dy);
}

/**
 * The targets of the components that fail WCAG 2.5.8: smaller than 24 × 24 px, and a 24 px circle on
 * their centre meets another target (or another small target's circle).
 */
function targetSamples(): TargetSample[] {
  const targets = deepElements()
    .map((element, index) => ({ element, index }))
    .filter(
      ({ element }) => inComponent(element) && element.matches('a[href], button, input, select, textarea, summary'),
    )
    .filter(({ element }) => shown(element) && !inSentence(element))
    .map(({ element, index }) => ({
      key: `${index}:${element.localName}.${String(element.className)}`,
      box: element.getBoundingClientRect(),
    }));
  const small = (box: DOMRect) => box.width < 24 || box.height < 24;
  const centre = (box: DOMRect) => [box.left + box.width / 2, box.top + box.height / 2] as const;
  return targets
    .filter(({ box }) => small(box))
    .filter(({ box }) => {
      const [x, y] = centre(box);
      return targets.some((other) => {
        if (other.box === box) return false;
        if (!small(other.box)) return distanceToBox(x, y, other.box) < 12;
        const [ox, oy] = centre(other.box);
        return Math.hypot(ox - x, oy - y) < 24;
      });
    })
    .map(({ key, box }) => ({ key, width: box.width, height: box.height }));
}

/** The computed look of each form part, as `selector #n` → property → value. */
function formStyles(): Record<string, Record<string, string>> {
  const result: Record<string, Record<string, string>> = {};
  for (const selector of FORM_PARTS) {
    document.querySelectorAll(selector).forEach((element, index) => {
      const style = getComputedStyle(element);
      result[`${selector} #${index}`] = Object.fromEntries(
        FORM_PROPERTIES.map((property) => [property, style.getPropertyValue(property)]),
      );
    });
  }
  return result;
}

/** The form parts' look with the root font size set to `rootSize` (how a theme sets it), then put back. */
function formStylesAtRootSize(rootSize: string): Record<string, Record<string, string>> {
  const root = document.documentElement;
  const before = root.style.fontSize;
  root.style.fontSize = rootSize;
  try {
    return formStyles();
  } finally {
    root.style.fontSize = before;
  }
}

/** The root font size the page's own CSS sets. */
function rootFontSize(): string {
  return getComputedStyle(document.documentElement).fontSize;
}

/** How far the page scrolls sideways, in CSS pixels. */
function sidewaysScroll(): number {
  return document.documentElement.scrollWidth - document.documentElement.clientWidth;
}

/** The states the matrix checks the components in: as loaded, with everything that opens open, a modal open. */
export type ComponentState = 'at rest' | 'expanded' | 'dialog open';

/** What a state opened, where focus is, and whether the page outside a modal takes focus. */
export interface StateReport {
  /** What is open and shown: the combobox's options, the sub-menu, the error summary's entries, the dialog. */
  open: string[];
  /** The focused element, through shadow roots: `tag.class`. */
  focused: string;
  /** Whether the focused element is inside an open modal dialog. */
  inModal: boolean;
  /** Whether a control of the page under the modal (the header's search field) could take focus. */
  pageUnderTakesFocus: boolean;
}

/** Resolves when every druk-* element has rendered its last change. */
async function rendered(): Promise<void> {
  await Promise.all(
    deepElements()
      .filter((element) => element.localName.startsWith('druk-'))
      .map((element) => (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete),
  );
}

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function report(): StateReport {
  const active = deepActiveElement();
  const modal = active?.closest('dialog:modal') ?? null;
  const search = document.querySelector('druk-search-box')?.shadowRoot?.querySelector('input');
  let pageUnderTakesFocus = false;
  if (modal && search) {
    search.focus();
    pageUnderTakesFocus = deepActiveElement() === search;
    (active as HTMLElement).focus();
  }
  const navigation = document.querySelector('druk-navigation')?.shadowRoot;
  const open = [
    ...(document.querySelector('.druk-combobox__option') ? ['combobox list'] : []),
    ...(navigation?.querySelector('details.submenu[open] a') ? ['sub-menu'] : []),
    ...(document.querySelector('.druk-error-summary__list li') ? ['error summary'] : []),
    ...(document.querySelector('druk-dialog')?.shadowRoot?.querySelector('dialog:modal') ? ['dialog'] : []),
  ];
  return {
    open,
    focused: active ? `${active.localName}.${String(active.className)}` : 'none',
    inModal: modal !== null,
    pageUnderTakesFocus,
  };
}

/**
 * Opens what a reader opens, as the components' own controls would: every section and details, the
 * narrow-screen menu and the navigation's first sub-menu, the form's validation (a submit with empty
 * required fields: the error summary and the fields' messages), then the combobox's list, focused last
 * because leaving it closes it.
 */
async function expandEverything(): Promise<void> {
  for (const details of document.querySelectorAll('druk-details'))
    (details as HTMLElement & { open: boolean }).open = true;
  const navigation = document.querySelector('druk-navigation') as (HTMLElement & { open: boolean }) | null;
  if (navigation) navigation.open = true;
  const summary = document.querySelector('druk-error-summary');
  const form = summary?.closest('form');
  if (form) {
    // Nothing leaves the page, even if every field were valid.
    form.addEventListener('submit', (event) => event.preventDefault());
    form.requestSubmit();
  }
  await rendered();
  const submenu = navigation?.shadowRoot?.querySelector<HTMLDetailsElement>('details.submenu');
  if (submenu) submenu.open = true;
  const combobox = document.querySelector<HTMLInputElement>('druk-combobox input[role="combobox"]');
  if (combobox) {
    combobox.focus({ preventScroll: true });
    combobox.value = '';
    combobox.dispatchEvent(new Event('input', { bubbles: true }));
  }
  await rendered();
}

/** Opens the dialog with its own button, as a click does. */
async function openDialog(): Promise<void> {
  document.querySelector('druk-dialog')?.shadowRoot?.querySelector<HTMLButtonElement>('button.opener')?.click();
  await rendered();
}

/** Puts the page's components in `state` and says where focus went. */
async function enterState(state: ComponentState): Promise<StateReport> {
  await rendered();
  if (state === 'expanded') await expandEverything();
  if (state === 'dialog open') await openDialog();
  return report();
}

const probe = {
  textSamples,
  targetSamples,
  formStyles,
  formStylesAtRootSize,
  rootFontSize,
  sidewaysScroll,
  enterState,
};
export type EmbeddingProbe = typeof probe;

declare global {
  interface Window {
    drukProbe: EmbeddingProbe;
  }
}

window.drukProbe = probe;
