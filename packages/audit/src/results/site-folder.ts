import { createHash } from 'node:crypto';
import { normaliseUrl } from '../crawl/urls.ts';

/** Characters of the readable part of a folder name; the hash after it keeps long names apart. */
const READABLE_LENGTH = 80;

/**
 * A host made only of dots ("http://../") is a path step in disguise, never a site: a folder named after it
 * would land outside the output folder.
 */
export function hasDotsOnlyHost(url: string): boolean {
  return /^\.+$/.test(new URL(url).hostname);
}

/**
 * The site's folder under the output folder, and its stable id: host, port and path for people to read (case
 * kept), then a short hash of the whole normalised URL. The hash covers the scheme and the query, so
 * `http://` and `https://` of one host, `/Health/` and `/health/`, `/?agency=1` and `/?agency=2` never share
 * a folder, a report or a `--resume` journal. Always one path segment that is neither `.` nor `..`.
 */
export function siteFolderName(url: string): string {
  const normalised = normaliseUrl(url) ?? url;
  const { hostname, port, pathname } = new URL(normalised);
  const readable = `${hostname}${port ? `-${port}` : ''}${pathname}`
    .replace(/[^\w.-]+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, READABLE_LENGTH);
  const hash = createHash('sha256').update(normalised).digest('hex').slice(0, 10);
  return readable ? `${readable}-${hash}` : hash;
}
