import { copyFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import sharp from 'sharp';
import type { SiteConfig } from '../config.ts';

/** Square PNG icons made from the logo: browser tab, home screen, installed app. */
export const ICON_SIZES = {
  'favicon-32.png': 32,
  'apple-touch-icon.png': 180,
  'icon-192.png': 192,
  'icon-512.png': 512,
} as const;

/**
 * Writes the favicons and manifest.webmanifest into the built site from the logo in
 * site.config.ts, so a webmaster changes one file to rebrand. The logo is centred on white with
 * a margin, because emblems are rarely square.
 */
export async function writeIcons(config: SiteConfig, logoPath: string, dist: string): Promise<string[]> {
  const written: string[] = [];
  for (const [name, size] of Object.entries(ICON_SIZES)) {
    const inner = Math.round(size * 0.86);
    const logo = await sharp(logoPath, { density: 300 })
      .resize(inner, inner, { fit: 'contain', background: { r: 255, g: 255, b: 255, alpha: 1 } })
      .png()
      .toBuffer();
    await sharp({ create: { width: size, height: size, channels: 4, background: '#ffffff' } })
      .composite([{ input: logo, gravity: 'center' }])
      .png({ compressionLevel: 9 })
      .toFile(join(dist, name));
    written.push(name);
  }
  if (extname(logoPath).toLowerCase() === '.svg') {
    copyFileSync(logoPath, join(dist, 'favicon.svg'));
    written.push('favicon.svg');
  }
  const manifest = {
    name: config.name.en,
    short_name: config.shortName.en,
    lang: config.defaultLang,
    start_url: `/${config.defaultLang}/`,
    display: 'browser',
    background_color: '#ffffff',
    theme_color: config.accent,
    icons: [192, 512].map((size) => ({ src: `/icon-${size}.png`, sizes: `${size}x${size}`, type: 'image/png' })),
  };
  writeFileSync(join(dist, 'manifest.webmanifest'), `${JSON.stringify(manifest, null, 2)}\n`);
  written.push('manifest.webmanifest');
  return written;
}
