// Size and tree-shaking measurements shared by the budget test and the benchmark.
import { gzipSync } from 'node:zlib';
import type { CSSResultOrNative } from 'lit';
import { bundleSplit, minifyCss, type SplitBundle } from '../scripts/build.ts';

/** The site chrome of the size budget: what every government page shows. */
export const CHROME_MODULES = [
  'masthead/masthead',
  'header/header',
  'navigation/navigation',
  'skip-link/skip-link',
  'language-switcher/language-switcher',
  'breadcrumbs/breadcrumbs',
  'footer/footer',
];

export const gzipSize = (text: string): number => gzipSync(text, { level: 9 }).length;

/** The minified production bundle of the given component modules (paths relative to src, no extension). */
export function bundleModulesSplit(modules: readonly string[]): Promise<SplitBundle> {
  return bundleSplit(modules.map((module) => `import './${module}.ts';`).join('\n'));
}

/** What every page that uses the given modules loads: the bundle's entry, without its lazy files. */
export async function bundleModules(modules: readonly string[]): Promise<string> {
  return (await bundleModulesSplit(modules)).entry;
}

/** The CSS the given elements carry (each distinct style sheet once, minified). */
export function elementsCss(tags: readonly string[]): string {
  const sheets = new Set<string>();
  for (const tag of tags) {
    const element = customElements.get(tag) as unknown as { elementStyles: CSSResultOrNative[] } | undefined;
    if (!element) throw new Error(`elementsCss: <${tag}> is not defined`);
    for (const style of element.elementStyles) sheets.add(minifyCss(String((style as { cssText: string }).cssText)));
  }
  return [...sheets].join('');
}
