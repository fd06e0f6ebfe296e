// A page can end up with two copies of the components: the CDN file in a CMS theme and a portal's own
// npm build, or two bundles that each include them. The browser refuses a second definition of a name
// (NotSupportedError), which would stop the rest of the second script. So an element already defined
// is skipped: the first copy's definition serves the page, and one console warning names the versions.
import { VERSION } from './version.ts';

/** Marks each class this package defines with its version, so a later copy can tell what it met. */
const VERSION_KEY = Symbol.for('druk.components.version');

type VersionedConstructor = CustomElementConstructor & { [VERSION_KEY]?: string };

/** Versions that can share definitions: the same major version (for 0.x, the same minor). */
export function compatibleVersions(a: string, b: string): boolean {
  const [majorA, minorA] = a.split('.');
  const [majorB, minorB] = b.split('.');
  return majorA === majorB && (majorA !== '0' || minorA === minorB);
}

/** Tags skipped since the last warning, by the version that defined them (undefined: not this package). */
const skipped = new Map<string | undefined, string[]>();

function warnSkipped(): void {
  const parts = [...skipped].map(([version, tags]) => {
    const owner =
      version === undefined
        ? 'another script, not by @druk/components'
        : `@druk/components ${version}${compatibleVersions(version, VERSION) ? ' (compatible)' : `, which is NOT compatible with ${VERSION}: markup written for ${VERSION} may not work`}`;
    return `${tags.join(', ')}: already defined by ${owner}.`;
  });
  skipped.clear();
  console.warn(
    `@druk/components ${VERSION} is loaded twice on this page; the first definitions stay. ${parts.join(' ')} Load it once.`,
  );
}

/** `customElements.define`, unless the page already has `tag` (see above). */
export function defineElement(
  tag: string,
  element: CustomElementConstructor,
  registry: CustomElementRegistry = customElements,
): void {
  const existing = registry.get(tag) as VersionedConstructor | undefined;
  if (!existing) {
    Object.defineProperty(element, VERSION_KEY, { value: VERSION });
    registry.define(tag, element);
    return;
  }
  if (existing === element) return;
  const version = existing[VERSION_KEY];
  // One warning for everything one script skips: its modules run in one go, before any microtask.
  if (skipped.size === 0) queueMicrotask(warnSkipped);
  skipped.set(version, [...(skipped.get(version) ?? []), tag]);
}
