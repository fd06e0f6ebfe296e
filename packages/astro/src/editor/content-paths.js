// The site keeps Markdown in <root>/<lang>/<collection>/<slug>.md (ADR 0007). Decap CMS's i18n
// (`multiple_folders`) can only describe <folder>/<lang>/<slug>.md, so the editor is configured with
// <root>/<collection>/ folders and the backend is wrapped to swap the two folder names in every path it
// is given or returns (ADR 0030). Plain JavaScript: the site serves it to the browser as it is.

/**
 * @typedef {{ root: string, collections: string[], locales: string[], defaultLocale: string }} ContentLayout
 * @typedef {{ file: { path: string }, data?: string }} LoadedEntry
 */

/**
 * The front-matter key that marks a default-language item lacking other languages, e.g.
 * `editor_untranslated: dz`. Decap's entry list sees only the default language's data (ADR 0030), so
 * the wrapper adds it to what it reads, for the list's summary and filter; it is never written.
 */
export const UNTRANSLATED_KEY = 'editor_untranslated';

/** The parts of `path` below `root`, or undefined for a path elsewhere. */
function below(root, path) {
  return path.startsWith(`${root}/`) ? path.slice(root.length + 1).split('/') : undefined;
}

/**
 * The two directions of the mapping. Only paths whose first two folders below `root` are a
 * collection and a language (either way round) change; pictures (`<root>/images/`) and anything
 * outside `root` pass unchanged.
 * @param {ContentLayout} layout
 */
export function contentPaths({ root, collections, locales }) {
  const isCollection = (name) => collections.includes(name);
  const isLocale = (name) => locales.includes(name);
  return {
    /** Decap's <root>/<collection>/<lang>/… to the file the site keeps, <root>/<lang>/<collection>/…. */
    toSite(path) {
      const [collection, lang, ...rest] = below(root, path) ?? [];
      if (!isCollection(collection) || !isLocale(lang) || rest.length === 0) return path;
      return [root, lang, collection, ...rest].join('/');
    },
    /** The site's <root>/<lang>/<collection>/… to the path Decap expects, <root>/<collection>/<lang>/…. */
    toEditor(path) {
      const [lang, collection, ...rest] = below(root, path) ?? [];
      if (!isLocale(lang) || !isCollection(collection) || rest.length === 0) return path;
      return [root, collection, lang, ...rest].join('/');
    },
    /** The collection of Decap's collection folder (<root>/<collection>), or undefined. */
    folderOf(folder) {
      const parts = below(root, folder.replace(/\/$/, ''));
      return parts?.length === 1 && isCollection(parts[0]) ? parts[0] : undefined;
    },
    /**
     * The files a language-less path (<root>/<collection>/<slug>.md) may be: Decap asks for one when
     * it checks whether an address is taken. Empty for any other path.
     */
    candidates(path) {
      const [collection, ...rest] = below(root, path) ?? [];
      if (!isCollection(collection) || rest.length !== 1) return [];
      return locales.map((lang) => [root, lang, collection, ...rest].join('/'));
    },
    /** The language of a site path, or undefined. */
    localeOf(path) {
      const [lang, collection] = below(root, path) ?? [];
      return isLocale(lang) && isCollection(collection) ? lang : undefined;
    },
    /** The same item's file in another language: a site path with its language folder replaced. */
    inLocale(path, locale) {
      const [, collection, ...rest] = below(root, path) ?? [];
      return [root, locale, collection, ...rest].join('/');
    },
  };
}

/**
 * A backend (Decap's implementation object) that reads and writes the site's layout while Decap sees
 * its own. `beforePersist` may drop or change data files (already in site paths) before they are saved.
 * @param {Record<string, any>} backend
 * @param {ContentLayout} layout
 * @param {{ beforePersist?: (files: { path: string, raw: string }[], options: Record<string, any>) => { path: string, raw: string }[] }} [hooks]
 */
export function withSiteLayout(backend, layout, { beforePersist = (files) => files } = {}) {
  const paths = contentPaths(layout);
  /** @param {LoadedEntry} entry */
  const out = (entry) => ({ ...entry, file: { ...entry.file, path: paths.toEditor(entry.file.path) } });
  const outAll = (entries) => entries.map(out);
  const otherLocales = layout.locales.filter((locale) => locale !== layout.defaultLocale);

  /**
   * A default-language entry (site path) with the languages it lacks written into its data, given
   * whether the site has a path; other entries as they are.
   * @param {LoadedEntry} entry
   * @param {(path: string) => boolean | Promise<boolean>} exists
   */
  const marked = async (entry, exists) => {
    if (paths.localeOf(entry.file.path) !== layout.defaultLocale) return entry;
    const found = await Promise.all(otherLocales.map((locale) => exists(paths.inLocale(entry.file.path, locale))));
    const missing = otherLocales.filter((_, index) => !found[index]);
    return missing.length === 0 ? entry : { ...entry, data: withUntranslatedMark(entry.data, missing) };
  };
  /**
   * Whether the backend has a file, given a read of its text. The git hosts' backends throw for a file
   * they lack; decap-server answers `null`.
   * @param {(path: string) => Promise<string | null | undefined>} read
   */
  const readable = (read) => (path) =>
    read(path).then(
      (data) => typeof data === 'string',
      () => false,
    );

  /**
   * Decap lists <root>/<collection> with one level more than the site's folders have (the language).
   * Two language folders make two page cursors, which Decap cannot follow as one: a collection is
   * listed whole (allEntriesByFolder) where the backend can, so none of it is left on a later page.
   */
  const listFolder = (method) =>
    async function (folder, extension, depth, ...rest) {
      const collection = paths.folderOf(folder);
      if (!collection) return outAll(await backend[method](folder, extension, depth, ...rest));
      const whole = typeof backend.allEntriesByFolder === 'function' ? 'allEntriesByFolder' : method;
      const lists = await Promise.all(
        layout.locales.map((lang) =>
          backend[whole](`${layout.root}/${lang}/${collection}`, extension, Math.max(depth - 1, 1)),
        ),
      );
      // Both languages are listed here, so whether an item has each is known without another request.
      const listed = new Set(lists.flat().map((entry) => entry.file.path));
      return outAll(await Promise.all(lists.flat().map((entry) => marked(entry, (path) => listed.has(path)))));
    };

  const wrapped = {
    entriesByFolder: listFolder('entriesByFolder'),
    allEntriesByFolder: listFolder('allEntriesByFolder'),
    async entriesByFiles(files) {
      return outAll(await backend.entriesByFiles(files.map((file) => ({ ...file, path: paths.toSite(file.path) }))));
    },
    async getEntry(path) {
      const candidates = paths.candidates(path);
      if (candidates.length === 0) {
        // Decap replaces the listed item with the one it opens: marked the same, the list keeps its mark.
        const entry = await backend.getEntry(paths.toSite(path));
        return out(
          await marked(
            entry,
            readable(async (other) => (await backend.getEntry(other)).data),
          ),
        );
      }
      // "Is this address taken?": by a file in any language; if by none, the backend's own "not found".
      let missing;
      for (const candidate of candidates) {
        try {
          return out(await backend.getEntry(candidate));
        } catch (error) {
          missing = error;
        }
      }
      throw missing;
    },
    async traverseCursor(cursor, action) {
      const result = await backend.traverseCursor(cursor, action);
      return { ...result, entries: outAll(result.entries) };
    },
    persistEntry(entry, options) {
      // The mark reaches the form with the item's data, and Decap writes every key the data holds.
      const dataFiles = entry.dataFiles.map((file) => ({
        ...file,
        raw: withoutUntranslatedMark(file.raw),
        path: paths.toSite(file.path),
        ...(file.newPath ? { newPath: paths.toSite(file.newPath) } : {}),
      }));
      return backend.persistEntry({ ...entry, dataFiles: beforePersist(dataFiles, options) }, options);
    },
    deleteFiles(files, message) {
      return backend.deleteFiles(files.map(paths.toSite), message);
    },
    async unpublishedEntry(query) {
      const entry = await backend.unpublishedEntry(query);
      return { ...entry, diffs: entry.diffs.map((diff) => ({ ...diff, path: paths.toEditor(diff.path) })) };
    },
    async unpublishedEntryDataFile(collection, slug, path, id) {
      const site = paths.toSite(path);
      const raw = await backend.unpublishedEntryDataFile(collection, slug, site, id);
      // A draft is read file by file; its other languages are looked for on its branch, as Decap does
      // (getI18nDataFiles asks for each language's file, with no id when the draft did not change it).
      const exists = readable((other) => backend.unpublishedEntryDataFile(collection, slug, other, ''));
      return (await marked({ file: { path: site }, data: raw }, exists)).data;
    },
  };

  return new Proxy(backend, {
    get(target, name) {
      const value = target[name];
      // A method the backend lacks stays missing: Decap checks for optional ones (allEntriesByFolder).
      if (typeof value !== 'function') return value;
      return Object.hasOwn(wrapped, name) ? wrapped[name] : value.bind(target);
    },
  });
}

const FRONT_MATTER = /^(---\r?\n)([\s\S]*?)(\r?\n---)/;

const MARK_LINES = new RegExp(`^${UNTRANSLATED_KEY}:.*\\r?\\n`, 'gm');

/**
 * The file with the mark of the languages it lacks (`editor_untranslated: dz`) first in its front
 * matter. A file without front matter has no title for the list to show and is left as it is.
 * @param {string} raw
 * @param {string[]} missing
 */
export function withUntranslatedMark(raw, missing) {
  const match = FRONT_MATTER.exec(raw);
  if (!match) return raw;
  return `${match[1]}${UNTRANSLATED_KEY}: ${missing.join(' ')}\n${raw.slice(match[1].length)}`;
}

/**
 * The file without the mark, wherever Decap put it in the front matter: the mark tells the editor's
 * list what the other language folders held when the item was read, and is never saved.
 * @param {string} raw
 */
export function withoutUntranslatedMark(raw) {
  const match = FRONT_MATTER.exec(raw);
  if (!match) return raw;
  // Within the front matter every top-level line ends in a line break, the closing `---` after it.
  return `${match[0].replace(MARK_LINES, '')}${raw.slice(match[0].length)}`;
}

/** The Markdown front matter of a file as written by Decap: the lines between the two `---`. */
function frontMatter(raw) {
  return FRONT_MATTER.exec(raw)?.[2] ?? '';
}

/** YAML for "nothing": what Decap writes for a value copied from an English file that lacks it. */
const EMPTY_VALUES = new Set(['', 'null', '~', '""', "''", '[]', '{}']);

/**
 * The file without top-level front-matter keys that hold nothing. Decap copies every shared field to
 * the Dzongkha side, as null when the English file leaves it out (an old file without `address`),
 * and the schemas refuse null and "" where they allow the key to be left out.
 * @param {string} raw
 */
export function withoutEmptyValues(raw) {
  const match = FRONT_MATTER.exec(raw);
  if (!match) return raw;
  const lines = match[2].split('\n');
  const kept = lines.filter((line, index) => {
    const value = /^[A-Za-z]\w*:(.*)$/.exec(line)?.[1]?.trim();
    if (value === undefined || !EMPTY_VALUES.has(value)) return true;
    // `key:` alone opens a list or group on the lines below.
    return value === '' && /^[\s-]/.test(lines[index + 1] ?? '');
  });
  return `${match[1]}${kept.join('\n')}${match[3]}${raw.slice(match[0].length)}`;
}

/**
 * Whether a language version has its own words: every required translated field is in its front
 * matter. Decap makes a Dzongkha file of the values it copies from the English side (dates, pictures)
 * even when nobody wrote Dzongkha; such a file is not saved, and the item stays untranslated.
 * @param {string} raw
 * @param {string[]} required
 */
export function hasOwnText(raw, required) {
  const keys = new Set([...frontMatter(raw).matchAll(/^([A-Za-z]\w*):/gm)].map((match) => match[1]));
  return required.every((key) => keys.has(key));
}
