import { existsSync, readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { imageFields, type SiteContent } from '../content/load.ts';

/**
 * Pictures above this size get a build warning. The build makes small AVIF/WebP copies of every
 * picture, but a phone photo of 10 MB still slows every build and weighs on the site's repository;
 * 2400 px wide at JPEG quality 85 is well under it and sharper than any screen shows.
 */
export const IMAGE_WARNING_BYTES = 5 * 1024 * 1024;

export interface OversizedImage {
  /** The Markdown file that names the picture, and the front-matter field. */
  file: string;
  field: string;
  path: string;
  bytes: number;
}

/** Pictures named by the content that are over `limit` bytes, each with the file that names it. */
export function oversizedImages(
  content: SiteContent,
  contentDir: string,
  limit = IMAGE_WARNING_BYTES,
): OversizedImage[] {
  return content.entries().flatMap((entry) =>
    imageFields(entry.data as Record<string, unknown>)
      .map(({ field, path }) => ({ file: entry.file, field, path, bytes: statSync(join(contentDir, path)).size }))
      .filter((image) => image.bytes > limit),
  );
}

const IMAGE = /\.(avif|gif|jpe?g|png|webp)$/i;
/** Built files that can name an image: pages, styles, scripts, feeds, the manifest. */
const TEXT = /\.(html|css|js|mjs|json|xml|webmanifest|txt)$/i;

/**
 * Deletes the images in `dist/<assetsDir>/` that no built file refers to. The bundler copies the
 * original of every imported picture, but pages show only the resized AVIF/WebP/fallback copies, so
 * the original (often several megabytes) would be published for nobody. Returns the deleted names.
 */
export function removeUnusedImages(dist: string, assetsDir = '_astro'): string[] {
  if (!existsSync(join(dist, assetsDir))) return [];
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
  const text = files
    .filter((file) => TEXT.test(file))
    .map((file) => readFileSync(join(dist, file), 'utf8'))
    .join('\n');
  const unused = readdirSync(join(dist, assetsDir)).filter((name) => IMAGE.test(name) && !text.includes(name));
  for (const name of unused) unlinkSync(join(dist, assetsDir, name));
  return unused;
}

/** "13.4 MB" */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
