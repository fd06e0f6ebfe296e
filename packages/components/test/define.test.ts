// Loading the components twice: a name already defined is skipped with one warning naming the versions.
import { globSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compatibleVersions, defineElement } from '../src/base/define.ts';
import { VERSION } from '../src/base/version.ts';

const VERSION_KEY = Symbol.for('druk.components.version');
const packageDir = new URL('../', import.meta.url);

/** The parts of a CustomElementRegistry that defineElement uses, kept in a Map. */
function fakeRegistry(): CustomElementRegistry {
  const definitions = new Map<string, CustomElementConstructor>();
  return {
    get: (tag: string) => definitions.get(tag),
    define(tag: string, element: CustomElementConstructor) {
      if (definitions.has(tag)) throw new Error(`NotSupportedError: "${tag}" has already been used`);
      definitions.set(tag, element);
    },
  } as CustomElementRegistry;
}

/** A class as another copy of the package (of `version`) would have defined it. */
function classOfVersion(version: string): CustomElementConstructor {
  const element = class {} as unknown as CustomElementConstructor;
  Object.defineProperty(element, VERSION_KEY, { value: version });
  return element;
}

const nextMicrotask = () => new Promise<void>((done) => queueMicrotask(done));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('defineElement', () => {
  it('defines a new name, and leaves a second definition by the same copy alone', () => {
    const registry = fakeRegistry();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = class {} as unknown as CustomElementConstructor;
    defineElement('druk-one', element, registry);
    defineElement('druk-one', element, registry);
    expect(registry.get('druk-one')).toBe(element);
    expect(warn).not.toHaveBeenCalled();
  });

  it('skips names a compatible copy defined, with one warning for all of them', async () => {
    const registry = fakeRegistry();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const first = classOfVersion(VERSION);
    registry.define('druk-masthead', first);
    registry.define('druk-footer', classOfVersion(VERSION));
    defineElement('druk-masthead', class {} as unknown as CustomElementConstructor, registry);
    defineElement('druk-footer', class {} as unknown as CustomElementConstructor, registry);
    await nextMicrotask();
    expect(registry.get('druk-masthead')).toBe(first);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain(
      `druk-masthead, druk-footer: already defined by @druk/components ${VERSION} (compatible)`,
    );
  });

  it('names an incompatible version in the warning', async () => {
    const registry = fakeRegistry();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    registry.define('druk-header', classOfVersion('7.2.0'));
    defineElement('druk-header', class {} as unknown as CustomElementConstructor, registry);
    await nextMicrotask();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain(`@druk/components 7.2.0, which is NOT compatible with ${VERSION}`);
  });

  it('tells a name taken by some other script apart', async () => {
    const registry = fakeRegistry();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    registry.define('druk-tag', class {} as unknown as CustomElementConstructor);
    defineElement('druk-tag', class {} as unknown as CustomElementConstructor, registry);
    await nextMicrotask();
    expect(warn.mock.calls[0]?.[0]).toContain('druk-tag: already defined by another script');
  });
});

describe('versions', () => {
  it('are compatible within a major version, and within a minor one before 1.0', () => {
    expect(compatibleVersions('1.2.0', '1.9.3')).toBe(true);
    expect(compatibleVersions('1.2.0', '2.0.0')).toBe(false);
    expect(compatibleVersions('0.1.0', '0.1.4')).toBe(true);
    expect(compatibleVersions('0.1.0', '0.2.0')).toBe(false);
  });

  it('VERSION is the package version', () => {
    const manifest = JSON.parse(readFileSync(new URL('package.json', packageDir), 'utf8')) as { version: string };
    expect(VERSION).toBe(manifest.version);
  });

  it('every component module defines its element through defineElement', () => {
    const direct = globSync('src/*/*.ts', { cwd: packageDir })
      .filter((file) => !/\.(test|stories)\.ts$/.test(file) && !file.endsWith('base/define.ts'))
      .filter((file) => /customElements\.define\(/.test(readFileSync(new URL(file, packageDir), 'utf8')));
    expect(direct).toEqual([]);
  });
});
