// The site keeps Markdown in <root>/<lang>/<collection>/<slug>.md (ADR 0007). Decap CMS's i18n
// (`multiple_folders`) can only describe <folder>/<lang>/<slug>.md, so the editor is configured with
// <root>/<collection>/ folders and the backend is wrapped to swap the two folder names in every path it
// is given or returns (ADR 0030). Plain JavaScript: the site serves it to the browser as it is.

/**
 * @typedef {{ root: string, collections: string[], locales: string[] }} ContentLayout
 * @typedef {{ file: { path: string } }} LoadedEntry
 */

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
      return outAll(lists.flat());
    };

  const wrapped = {
    entriesByFolder: listFolder('entriesByFolder'),
    allEntriesByFolder: listFolder('allEntriesByFolder'),
    async entriesByFiles(files) {
      return outAll(await backend.entriesByFiles(files.map((file) => ({ ...file, path: paths.toSite(file.path) }))));
    },
    async getEntry(path) {
      const candidates = paths.candidates(path);
      if (candidates.length === 0) return out(await backend.getEntry(paths.toSite(path)));
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
      const dataFiles = entry.dataFiles.map((file) => ({
        ...file,
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
    unpublishedEntryDataFile(collection, slug, path, id) {
      return backend.unpublishedEntryDataFile(collection, slug, paths.toSite(path), id);
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
