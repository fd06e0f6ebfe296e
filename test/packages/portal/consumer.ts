// Type-checked by the consumer's own tsc (--strict), once with moduleResolution bundler, once node16.
import { DrukMasthead, type LinkItem } from '@druk/components';
import { renderToString, type RenderOptions } from '@druk/components/ssr';
import { tokensCss } from '@druk/tokens';
import { toTibetanDigits } from '@druk/locale/format/digits';
import type { SiteResult } from '@druk/audit';
import { subsetSite } from '@druk/fonts';

const masthead: DrukMasthead = new DrukMasthead();
const links: LinkItem[] = [{ label: 'Home', href: '/' }];
const options: RenderOptions = { lang: 'dz', attributes: { links: JSON.stringify(links) } };
const footer: Promise<string> = renderToString('druk-footer', options);
const digits: string = toTibetanDigits('2026');
const score: number | undefined = (undefined as SiteResult | undefined)?.score.overall;
export { masthead, footer, digits, score, tokensCss, subsetSite };
