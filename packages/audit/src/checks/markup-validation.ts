// Validates the HTML of a page as the server sent it, with html-validate (MIT, pure JavaScript: no Java on
// the judges' or agencies' machines), for the errors that change what assistive technology is given. The raw
// body is validated, not the browser's DOM: the parser repairs mismatched tags and splits nested links
// before any script can see them. ADR 0026 explains the choice of validator and of rules.
import {
  HtmlValidate,
  Rule,
  StaticConfigLoader,
  type ConfigData,
  type DOMReadyEvent,
  type HtmlElement,
  type Message,
  type ResolvedConfig,
} from 'html-validate';
import type { RawFinding } from '../rules/raw.ts';

/** Attributes whose value names other elements by id: a duplicate id gives them the wrong element, or none. */
const ID_REFERENCES = [
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-activedescendant',
  'aria-details',
  'aria-errormessage',
  'aria-flowto',
  'for',
  'headers',
  'list',
];

/**
 * Reports a duplicated id that one of ID_REFERENCES points to, once per reference. A duplicate nothing points
 * to changes nothing for assistive technology, and is left alone.
 */
class ReferencedDuplicateId extends Rule {
  override setup(): void {
    this.on('dom:ready', (event: DOMReadyEvent) => {
      const byId = new Map<string, HtmlElement[]>();
      for (const element of event.document.querySelectorAll('[id]')) {
        const id = element.id;
        if (id) byId.set(id, [...(byId.get(id) ?? []), element]);
      }
      for (const attribute of ID_REFERENCES) {
        for (const element of event.document.querySelectorAll(`[${attribute}]`)) {
          for (const id of (element.getAttributeValue(attribute) ?? '').split(/\s+/).filter(Boolean)) {
            const holders = byId.get(id) ?? [];
            if (holders.length < 2) continue;
            const lines = holders.map((holder) => holder.location.line).join(', ');
            this.report(
              element,
              `${attribute}="${id}" points to an id that ${holders.length} elements carry (lines ${lines})`,
            );
          }
        }
      }
    });
  }
}

const REFERENCED_DUPLICATE_ID = 'druk/referenced-duplicate-id';

/** Content that takes focus or activation: one inside another is announced and reached unpredictably. */
const INTERACTIVE = new Set([
  'a',
  'button',
  'input',
  'select',
  'textarea',
  'details',
  'iframe',
  'embed',
  'audio',
  'video',
]);

/** Obsolete elements and attributes that only style: their look does not reach assistive technology. */
const PRESENTATIONAL_ELEMENTS = new Set(['font', 'center', 'big', 'strike', 'tt', 'basefont', 'marquee', 'blink']);
const PRESENTATIONAL_ATTRIBUTES = new Set([
  'align',
  'valign',
  'bgcolor',
  'background',
  'color',
  'face',
  'size',
  'hspace',
  'vspace',
  'nowrap',
  'cellpadding',
  'cellspacing',
  'border',
  'clear',
  'noshade',
  'link',
  'vlink',
  'alink',
  'text',
  'width',
  'height',
]);

/**
 * html-validate's static loader resolves its configuration again for every document it validates, which
 * rebuilds the table of HTML elements: about five sixths of the CPU time of validating a benchmark page
 * (ADR 0027). The configuration never changes here, so it is resolved once and kept, as html-validate's own
 * file-system loader keeps one per file.
 */
class ResolvedOnceLoader extends StaticConfigLoader {
  private resolved: ResolvedConfig | Promise<ResolvedConfig> | undefined;

  override getConfigFor(handle: string, configOverride?: ConfigData): ResolvedConfig | Promise<ResolvedConfig> {
    if (configOverride) return super.getConfigFor(handle, configOverride);
    this.resolved ??= super.getConfigFor(handle);
    return this.resolved;
  }
}

const validator = new HtmlValidate(
  new ResolvedOnceLoader({
    extends: [],
    plugins: [{ name: 'druk', rules: { [REFERENCED_DUPLICATE_ID]: ReferencedDuplicateId } }],
    rules: {
      'close-order': 'error',
      'element-permitted-content': 'error',
      deprecated: 'error',
      'no-deprecated-attr': 'error',
      [REFERENCED_DUPLICATE_ID]: 'error',
    },
  }),
);

/** Pages larger than this are validated only up to it: a validator's time grows with the markup. */
export const MAX_VALIDATED_BYTES = 1_000_000;

/**
 * `<?…>` is a bogus comment to an HTML parser (Lit's server renderer marks its parts with `<?>`), which
 * html-validate reads as markup and then misreports the nesting around it. Blanked with spaces, so lines and
 * columns stay those of the page.
 */
function blankBogusComments(html: string): string {
  return html.replace(/<\?[^>]*>/g, (comment) => comment.replace(/[^\n]/g, ' '));
}

/** The source line of a message, trimmed to show the markup around its column. */
function excerpt(lines: string[], message: Message): string {
  const line = lines[message.line - 1] ?? '';
  const start = Math.max(0, message.column - 1 - 40);
  return line.slice(start, start + 160).trim();
}

function interactivePair(message: Message): string | null {
  const context = message.context as { kind?: string; ancestor?: string; child?: string } | undefined;
  if (context?.kind !== 'descendant') return null;
  const ancestor = context.ancestor?.replace(/[<>]/g, '') ?? '';
  const child = context.child?.replace(/[<>]/g, '') ?? '';
  return INTERACTIVE.has(ancestor) && INTERACTIVE.has(child) ? `<${child}> inside <${ancestor}>` : null;
}

/** The obsolete presentational element or attribute a message is about, or null for any other deprecation. */
function presentational(message: Message): string | null {
  if (message.ruleId === 'deprecated') {
    const tag = (message.context as { tagName?: string } | undefined)?.tagName ?? '';
    return PRESENTATIONAL_ELEMENTS.has(tag) ? `<${tag}>` : null;
  }
  const attribute = /Attribute "([^"]+)" is deprecated on <([^>]+)>/.exec(message.message);
  return attribute && PRESENTATIONAL_ATTRIBUTES.has(attribute[1]!) ? `${attribute[1]} on <${attribute[2]}>` : null;
}

function located(pageUrl: string, ruleId: string, status: RawFinding['status'], message: Message, source: string[]) {
  const snippet = excerpt(source, message);
  return {
    ruleId,
    status,
    engines: ['druk'],
    pageUrl,
    snippet,
    message: `Line ${message.line}, column ${message.column}: ${message.message}`,
    groupKey: snippet,
    evidence: { line: message.line, column: message.column, validator: message.ruleId },
  } satisfies RawFinding;
}

/**
 * The structure findings of a page's HTML as the server sent it:
 * - structure/nested-interactive (fail): a link, button or field inside another;
 * - structure/referenced-duplicate-id (needs review): an id an ARIA or label reference points to, on
 *   several elements;
 * - structure/tag-mismatch (needs review): the first unclosed or mismatched tag (the later ones are mostly
 *   its echoes), with how many the page has;
 * - structure/obsolete-presentational (fail, minor): <font>, <center>, align, bgcolor…, one finding a page.
 */
export async function markupValidation(pageUrl: string, html: string): Promise<RawFinding[]> {
  const markup = blankBogusComments(html.length > MAX_VALIDATED_BYTES ? html.slice(0, MAX_VALIDATED_BYTES) : html);
  const report = await validator.validateString(markup, 'page.html');
  const messages = report.results[0]?.messages ?? [];
  const source = markup.split('\n');
  const findings: RawFinding[] = [];
  const mismatches = messages.filter((message) => message.ruleId === 'close-order');
  const [firstMismatch] = mismatches;
  if (firstMismatch) {
    const finding = located(pageUrl, 'structure/tag-mismatch', 'needs-review', firstMismatch, source);
    findings.push({
      ...finding,
      message: `${finding.message}${mismatches.length > 1 ? ` (${mismatches.length} tag errors on the page)` : ''}`,
      evidence: { ...finding.evidence, tagErrors: mismatches.length },
    });
  }
  const obsolete = new Map<string, number>();
  let firstObsolete: Message | undefined;
  for (const message of messages) {
    if (message.ruleId === REFERENCED_DUPLICATE_ID) {
      findings.push(located(pageUrl, 'structure/referenced-duplicate-id', 'needs-review', message, source));
    } else if (message.ruleId === 'element-permitted-content') {
      const pair = interactivePair(message);
      if (pair) {
        const finding = located(pageUrl, 'structure/nested-interactive', 'fail', message, source);
        findings.push({ ...finding, message: `Line ${message.line}, column ${message.column}: ${pair}` });
      }
    } else if (message.ruleId === 'deprecated' || message.ruleId === 'no-deprecated-attr') {
      const name = presentational(message);
      if (!name) continue;
      firstObsolete ??= message;
      obsolete.set(name, (obsolete.get(name) ?? 0) + 1);
    }
  }
  if (firstObsolete) {
    const counted = [...obsolete].map(([name, count]) => `${name} ×${count}`).join(', ');
    findings.push({
      ...located(pageUrl, 'structure/obsolete-presentational', 'fail', firstObsolete, source),
      message: `Obsolete presentational markup: ${counted}`,
      groupKey: [...obsolete.keys()].sort().join(' '),
      evidence: { markup: counted, line: firstObsolete.line, column: firstObsolete.column },
    });
  }
  return findings;
}
