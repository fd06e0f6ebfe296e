import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { validateSiteConfig, type SiteConfigInput } from '../src/config.ts';

/** A complete, valid site.config.ts object; tests change one field at a time. */
export function sampleConfig(): SiteConfigInput {
  return {
    url: 'https://example.gov.bt',
    name: { en: 'Example Dzongkhag Administration', dz: 'དཔེ་ཚད་རྫོང་ཁག་བདག་སྐྱོང་།' },
    shortName: { en: 'Example Dzongkhag', dz: 'དཔེ་ཚད་རྫོང་ཁག' },
    logo: 'logo.svg',
    logoAlt: { en: 'Emblem', dz: 'རྟགས་མཚན།' },
    contact: {
      address: { en: 'Example Dzong', dz: 'དཔེ་ཚད་རྫོང་།' },
      postcode: '11001',
      phone: '+975 2 322 100',
      email: 'info@example.gov.bt',
      hours: { en: '9:00 to 17:00', dz: 'ཆུ་ཚོད་ ༩ ལས་ ༥' },
    },
  };
}

/** A throw-away site folder with the given files (path -> text), for loader tests. */
export function siteFolder(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'druk-site-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return {
    root,
    contentDir: join(root, 'src', 'content'),
    publicDir: join(root, 'public'),
    config: validateSiteConfig(sampleConfig()),
  };
}

/** Front matter + body as a Markdown file. */
export function markdown(fields: Record<string, unknown>, body = ''): string {
  const lines = Object.entries(fields).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n${body}\n`;
}
