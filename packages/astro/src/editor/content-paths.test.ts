import { describe, expect, test } from 'vitest';
import {
  contentPaths,
  hasOwnText,
  UNTRANSLATED_KEY,
  withoutEmptyValues,
  withoutUntranslatedMark,
  withSiteLayout,
  withUntranslatedMark,
} from './content-paths.js';

const layout = {
  root: 'site/src/content',
  collections: ['news', 'notices'],
  locales: ['en', 'dz'],
  defaultLocale: 'en',
};
const paths = contentPaths(layout);

describe('the mapping between Decap’s folders and the site’s', () => {
  test('swaps the collection and language folders, both ways', () => {
    expect(paths.toSite('site/src/content/news/dz/paddy-harvest.md')).toBe('site/src/content/dz/news/paddy-harvest.md');
    expect(paths.toEditor('site/src/content/dz/news/paddy-harvest.md')).toBe(
      'site/src/content/news/dz/paddy-harvest.md',
    );
    for (const path of ['site/src/content/news/en/a.md', 'site/src/content/notices/dz/b.md']) {
      expect(paths.toEditor(paths.toSite(path))).toBe(path);
    }
  });

  test('leaves pictures, other folders and paths outside the content folder alone', () => {
    for (const path of [
      'site/src/content/images/choir.jpg',
      'site/src/content/en/gallery/landscapes.md',
      'site/src/content/gallery/en/landscapes.md',
      'src/content/news/en/a.md',
      'site/public/downloads/report.pdf',
      'site/src/content/news/en',
      'site/src/content/en/news',
      'site/src/content/newsletter/en/a.md',
    ]) {
      expect(paths.toSite(path), path).toBe(path);
      expect(paths.toEditor(path), path).toBe(path);
    }
  });

  test('knows the collection folders and where a language-less entry path may be', () => {
    expect(paths.folderOf('site/src/content/news')).toBe('news');
    expect(paths.folderOf('site/src/content/images')).toBeUndefined();
    expect(paths.candidates('site/src/content/news/a.md')).toEqual([
      'site/src/content/en/news/a.md',
      'site/src/content/dz/news/a.md',
    ]);
    expect(paths.candidates('site/src/content/news/en/a.md')).toEqual([]);
    expect(paths.localeOf('site/src/content/dz/news/a.md')).toBe('dz');
    expect(paths.localeOf('site/src/content/images/a.jpg')).toBeUndefined();
    expect(paths.inLocale('site/src/content/en/news/a.md', 'dz')).toBe('site/src/content/dz/news/a.md');
  });
});

/** A backend holding files by path, recording what it was asked for. */
function fakeBackend(files: Record<string, string>) {
  const calls: unknown[][] = [];
  const entry = (path: string) => ({ file: { path, id: path }, data: files[path] });
  const backend = {
    calls,
    name: 'fake',
    async entriesByFolder(folder: string, extension: string, depth: number) {
      calls.push(['entriesByFolder', folder, extension, depth]);
      return Object.keys(files)
        .filter((path) => path.startsWith(`${folder}/`))
        .map(entry);
    },
    async getEntry(path: string) {
      calls.push(['getEntry', path]);
      if (!(path in files)) throw new Error(`no ${path}`);
      return entry(path);
    },
    async persistEntry(saved: { dataFiles: { path: string }[]; assets: { path: string }[] }, options: object) {
      calls.push(['persistEntry', saved.dataFiles.map((file) => file.path), saved.assets.map((file) => file.path)]);
      calls.push(['persistEntry options', options]);
    },
    async deleteFiles(deleted: string[]) {
      calls.push(['deleteFiles', deleted]);
    },
    // Review before publishing, as the git hosts' backends and decap-server's git mode answer.
    async unpublishedEntries() {
      calls.push(['unpublishedEntries']);
      return ['news/a'];
    },
    async unpublishedEntry(query: object) {
      calls.push(['unpublishedEntry', query]);
      return {
        collection: 'news',
        slug: 'a',
        status: 'draft',
        diffs: [
          { path: 'site/src/content/en/news/a.md', id: 'blob-en', newFile: false },
          { path: 'site/src/content/dz/news/a.md', id: 'blob-dz', newFile: true },
          { path: 'site/src/content/images/a.jpg', id: 'blob-jpg', newFile: true, binary: true },
        ],
      };
    },
    async unpublishedEntryDataFile(collection: string, slug: string, path: string, id: string) {
      calls.push(['unpublishedEntryDataFile', collection, slug, path, id]);
      return files[path];
    },
    async unpublishedEntryMediaFile(collection: string, slug: string, path: string, id: string) {
      calls.push(['unpublishedEntryMediaFile', collection, slug, path, id]);
      return { path, id };
    },
    async updateUnpublishedEntryStatus(collection: string, slug: string, status: string) {
      calls.push(['updateUnpublishedEntryStatus', collection, slug, status]);
    },
    async publishUnpublishedEntry(collection: string, slug: string) {
      calls.push(['publishUnpublishedEntry', collection, slug]);
    },
    async deleteUnpublishedEntry(collection: string, slug: string) {
      calls.push(['deleteUnpublishedEntry', collection, slug]);
    },
  };
  return backend;
}

describe('a backend wrapped for the site’s layout', () => {
  const files = {
    'site/src/content/en/news/a.md': '---\ntitle: A\n---\n',
    'site/src/content/dz/news/a.md': '---\ntitle: ཀ\n---\n',
    'site/src/content/en/news/b.md': '---\ntitle: B\n---\n',
  };

  test('lists a collection from both language folders under Decap’s paths', async () => {
    const backend = fakeBackend(files);
    const wrapped = withSiteLayout(backend, layout);
    const entries = await wrapped.entriesByFolder('site/src/content/news', 'md', 2);
    expect(entries.map((entry: { file: { path: string } }) => entry.file.path).sort()).toEqual([
      'site/src/content/news/dz/a.md',
      'site/src/content/news/en/a.md',
      'site/src/content/news/en/b.md',
    ]);
    expect(backend.calls).toEqual([
      ['entriesByFolder', 'site/src/content/en/news', 'md', 1],
      ['entriesByFolder', 'site/src/content/dz/news', 'md', 1],
    ]);
    // The media library's folder is not a collection: asked as it is.
    await wrapped.entriesByFolder('site/src/content/images', 'jpg', 1);
    expect(backend.calls.at(-1)).toEqual(['entriesByFolder', 'site/src/content/images', 'jpg', 1]);
  });

  test('lists a collection whole where the backend can, so no page of either language is left out', async () => {
    const backend = fakeBackend(files);
    const whole = Object.assign(backend, {
      async allEntriesByFolder(folder: string, extension: string, depth: number) {
        backend.calls.push(['allEntriesByFolder', folder, extension, depth]);
        return [];
      },
    });
    await withSiteLayout(whole, layout).entriesByFolder('site/src/content/news', 'md', 2);
    expect(backend.calls).toEqual([
      ['allEntriesByFolder', 'site/src/content/en/news', 'md', 1],
      ['allEntriesByFolder', 'site/src/content/dz/news', 'md', 1],
    ]);
  });

  test('reads, saves and deletes the site’s files; pictures keep their paths', async () => {
    const backend = fakeBackend(files);
    const wrapped = withSiteLayout(backend, layout);
    expect((await wrapped.getEntry('site/src/content/news/dz/a.md')).file.path).toBe('site/src/content/news/dz/a.md');
    expect(backend.calls.at(-1)).toEqual(['getEntry', 'site/src/content/dz/news/a.md']);
    await wrapped.persistEntry(
      {
        dataFiles: [{ path: 'site/src/content/news/en/c.md' }, { path: 'site/src/content/news/dz/c.md' }],
        assets: [{ path: 'site/src/content/images/c.jpg' }],
      },
      {},
    );
    expect(backend.calls.at(-2)).toEqual([
      'persistEntry',
      ['site/src/content/en/news/c.md', 'site/src/content/dz/news/c.md'],
      ['site/src/content/images/c.jpg'],
    ]);
    await wrapped.deleteFiles(['site/src/content/news/en/a.md', 'site/src/content/images/a.jpg'], 'delete');
    expect(backend.calls.at(-1)).toEqual([
      'deleteFiles',
      ['site/src/content/en/news/a.md', 'site/src/content/images/a.jpg'],
    ]);
  });

  test('finds an address taken in either language', async () => {
    const wrapped = withSiteLayout(fakeBackend(files), layout);
    expect((await wrapped.getEntry('site/src/content/news/b.md')).file.path).toBe('site/src/content/news/en/b.md');
    const dzOnly = withSiteLayout(fakeBackend({ 'site/src/content/dz/news/d.md': '' }), layout);
    expect((await dzOnly.getEntry('site/src/content/news/d.md')).file.path).toBe('site/src/content/news/dz/d.md');
    await expect(wrapped.getEntry('site/src/content/news/new.md')).rejects.toThrow(
      'no site/src/content/dz/news/new.md',
    );
  });

  test('saves a draft in the site’s folders, with its status and options unchanged', async () => {
    const backend = fakeBackend(files);
    const seen: unknown[] = [];
    const wrapped = withSiteLayout(backend, layout, {
      beforePersist: (dataFiles, options) => {
        seen.push(options);
        return dataFiles;
      },
    });
    const options = { unpublished: true, status: 'draft', useWorkflow: true, collectionName: 'news', newEntry: true };
    await wrapped.persistEntry(
      {
        dataFiles: [
          { path: 'site/src/content/news/en/c.md', slug: 'c', raw: '' },
          { path: 'site/src/content/news/dz/c.md', slug: 'c', raw: '' },
        ],
        assets: [{ path: 'site/src/content/images/c.jpg' }],
      },
      options,
    );
    expect(backend.calls.slice(-2)).toEqual([
      [
        'persistEntry',
        ['site/src/content/en/news/c.md', 'site/src/content/dz/news/c.md'],
        ['site/src/content/images/c.jpg'],
      ],
      ['persistEntry options', options],
    ]);
    // editor.js decides which language files to keep by the collection the options name.
    expect(seen).toEqual([options]);
  });

  test('reads a draft back: its files under Decap’s paths, each read from the site’s', async () => {
    const backend = fakeBackend(files);
    const wrapped = withSiteLayout(backend, layout);
    const entry = await wrapped.unpublishedEntry({ id: 'news/a' });
    expect(backend.calls.at(-1)).toEqual(['unpublishedEntry', { id: 'news/a' }]);
    // Decap matches the language versions to its own paths (getI18nDataFiles); the host's ids stay.
    expect(entry).toMatchObject({ collection: 'news', slug: 'a', status: 'draft' });
    expect(entry.diffs).toEqual([
      { path: 'site/src/content/news/en/a.md', id: 'blob-en', newFile: false },
      { path: 'site/src/content/news/dz/a.md', id: 'blob-dz', newFile: true },
      { path: 'site/src/content/images/a.jpg', id: 'blob-jpg', newFile: true, binary: true },
    ]);
    expect(await wrapped.unpublishedEntryDataFile('news', 'a', 'site/src/content/news/dz/a.md', 'blob-dz')).toContain(
      'ཀ',
    );
    expect(backend.calls.at(-1)).toEqual([
      'unpublishedEntryDataFile',
      'news',
      'a',
      'site/src/content/dz/news/a.md',
      'blob-dz',
    ]);
    // Pictures keep their path.
    await wrapped.unpublishedEntryMediaFile('news', 'a', 'site/src/content/images/a.jpg', 'blob-jpg');
    expect(backend.calls.at(-1)).toEqual([
      'unpublishedEntryMediaFile',
      'news',
      'a',
      'site/src/content/images/a.jpg',
      'blob-jpg',
    ]);
  });

  test('lists, moves, publishes and deletes drafts by collection and address, as the backend does', async () => {
    const backend = fakeBackend(files);
    const wrapped = withSiteLayout(backend, layout);
    expect(await wrapped.unpublishedEntries()).toEqual(['news/a']);
    await wrapped.updateUnpublishedEntryStatus('news', 'a', 'pending_review');
    await wrapped.publishUnpublishedEntry('news', 'a');
    await wrapped.deleteUnpublishedEntry('news', 'b');
    expect(backend.calls).toEqual([
      ['unpublishedEntries'],
      ['updateUnpublishedEntryStatus', 'news', 'a', 'pending_review'],
      ['publishUnpublishedEntry', 'news', 'a'],
      ['deleteUnpublishedEntry', 'news', 'b'],
    ]);
  });

  test('keeps the rest of the backend as it is, and optional methods it lacks missing', () => {
    const wrapped = withSiteLayout(fakeBackend(files), layout);
    expect(wrapped.name).toBe('fake');
    expect(wrapped.allEntriesByFolder).toBeUndefined();
    expect(wrapped.traverseCursor).toBeUndefined();
  });

  test('lets the caller drop a data file before it is saved', async () => {
    const backend = fakeBackend(files);
    const wrapped = withSiteLayout(backend, layout, {
      beforePersist: (dataFiles) => dataFiles.filter((file) => !file.path.includes('/dz/')),
    });
    await wrapped.persistEntry(
      { dataFiles: [{ path: 'site/src/content/news/en/c.md' }, { path: 'site/src/content/news/dz/c.md' }], assets: [] },
      {},
    );
    expect(backend.calls.at(-2)).toEqual(['persistEntry', ['site/src/content/en/news/c.md'], []]);
  });
});

describe('an item not yet in every language', () => {
  const files = {
    'site/src/content/en/news/a.md': '---\ntitle: A\npublished: 2026-11-28\n---\nText\n',
    'site/src/content/dz/news/a.md': '---\ntitle: ཀ\n---\n',
    'site/src/content/en/news/b.md': '---\ntitle: B\npublished: 2026-11-29\n---\nText\n',
  };
  const MARKED_B = '---\neditor_untranslated: dz\ntitle: B\npublished: 2026-11-29\n---\nText\n';
  type Listed = { file: { path: string }; data: string };
  const byPath = (entries: Listed[]) => Object.fromEntries(entries.map((entry) => [entry.file.path, entry.data]));

  test('is marked in the list with the languages it lacks; translated items and their other versions are not', async () => {
    const backend = fakeBackend(files);
    const listed = byPath(await withSiteLayout(backend, layout).entriesByFolder('site/src/content/news', 'md', 2));
    expect(listed).toEqual({
      'site/src/content/news/en/a.md': files['site/src/content/en/news/a.md'],
      'site/src/content/news/dz/a.md': files['site/src/content/dz/news/a.md'],
      'site/src/content/news/en/b.md': MARKED_B,
    });
    // What the two folders hold says it: no file is read one by one.
    expect(backend.calls.map((call) => call[0])).toEqual(['entriesByFolder', 'entriesByFolder']);
  });

  test('is marked the same when Decap opens it, so the list keeps the mark after the item was opened', async () => {
    const backend = fakeBackend(files);
    const wrapped = withSiteLayout(backend, layout);
    expect((await wrapped.getEntry('site/src/content/news/en/b.md')).data).toBe(MARKED_B);
    expect(backend.calls).toEqual([
      ['getEntry', 'site/src/content/en/news/b.md'],
      ['getEntry', 'site/src/content/dz/news/b.md'],
    ]);
    expect((await wrapped.getEntry('site/src/content/news/en/a.md')).data).toBe(files['site/src/content/en/news/a.md']);
    expect((await wrapped.getEntry('site/src/content/news/dz/a.md')).data).toBe(files['site/src/content/dz/news/a.md']);
    // decap-server answers a file it lacks with no data rather than an error.
    const proxy = fakeBackend(files);
    proxy.getEntry = async (path: string) => ({
      file: { path, id: path },
      data: files[path as keyof typeof files] ?? null,
    });
    expect((await withSiteLayout(proxy, layout).getEntry('site/src/content/news/en/b.md')).data).toBe(MARKED_B);
    expect((await withSiteLayout(proxy, layout).getEntry('site/src/content/news/en/a.md')).data).toBe(
      files['site/src/content/en/news/a.md'],
    );
    // The check whether an address is taken reads the file as it is.
    expect((await wrapped.getEntry('site/src/content/news/b.md')).data).toBe(files['site/src/content/en/news/b.md']);
  });

  test('is marked as a draft by what the draft’s branch holds', async () => {
    const backend = fakeBackend(files);
    const wrapped = withSiteLayout(backend, layout);
    expect(await wrapped.unpublishedEntryDataFile('news', 'b', 'site/src/content/news/en/b.md', 'blob-en')).toBe(
      MARKED_B,
    );
    expect(backend.calls).toEqual([
      ['unpublishedEntryDataFile', 'news', 'b', 'site/src/content/en/news/b.md', 'blob-en'],
      // As Decap asks for a language the draft did not change: by path, without an id.
      ['unpublishedEntryDataFile', 'news', 'b', 'site/src/content/dz/news/b.md', ''],
    ]);
    const failing = fakeBackend(files);
    failing.unpublishedEntryDataFile = async (...args: [string, string, string, string]) => {
      failing.calls.push(['unpublishedEntryDataFile', ...args]);
      if (!(args[2] in files)) throw new Error(`no ${args[2]} on the branch`);
      return files[args[2] as keyof typeof files];
    };
    expect(
      await withSiteLayout(failing, layout).unpublishedEntryDataFile('news', 'a', 'site/src/content/news/en/a.md', 'x'),
    ).toBe(files['site/src/content/en/news/a.md']);
  });

  test('never has the mark saved, wherever Decap wrote it in the front matter', async () => {
    const backend = fakeBackend(files);
    const saved: { path: string; raw: string }[][] = [];
    const wrapped = withSiteLayout(backend, layout, {
      beforePersist: (dataFiles) => {
        saved.push(dataFiles);
        return dataFiles;
      },
    });
    // Decap writes the fields it knows first, then the keys of the data it does not know.
    const written = '---\ntitle: B\npublished: 2026-11-29\neditor_untranslated: dz\n---\nText\n';
    await wrapped.persistEntry(
      { dataFiles: [{ path: 'site/src/content/news/en/b.md', slug: 'b', raw: written }], assets: [] },
      { unpublished: true, status: 'draft' },
    );
    expect(saved).toEqual([
      [{ path: 'site/src/content/en/news/b.md', slug: 'b', raw: files['site/src/content/en/news/b.md'] }],
    ]);
  });

  test('the mark goes in and out of the front matter and leaves everything else as it was', () => {
    const raw = files['site/src/content/en/news/b.md'];
    expect(withUntranslatedMark(raw, ['dz'])).toBe(MARKED_B);
    expect(withoutUntranslatedMark(MARKED_B)).toBe(raw);
    for (const position of [0, 1, 2]) {
      const lines = ['title: B', 'published: 2026-11-29'];
      lines.splice(position, 0, `${UNTRANSLATED_KEY}: dz`);
      expect(withoutUntranslatedMark(`---\n${lines.join('\n')}\n---\nText\n`), `line ${position}`).toBe(raw);
    }
    const windows = '---\r\ntitle: B\r\neditor_untranslated: dz\r\n---\r\nText\r\n';
    expect(withoutUntranslatedMark(windows)).toBe('---\r\ntitle: B\r\n---\r\nText\r\n');
    // The same words in a nested key or in the text are the file's own.
    const own = '---\nunits:\n  - editor_untranslated: dz\n---\neditor_untranslated: dz\n';
    expect(withoutUntranslatedMark(own)).toBe(own);
    expect(withUntranslatedMark('no front matter', ['dz'])).toBe('no front matter');
  });
});

describe('a language version with words of its own', () => {
  test('has every required translated field in its front matter', () => {
    expect(hasOwnText('---\ntitle: ཀ\npublished: 2026-11-28\n---\nབོད', ['title'])).toBe(true);
    // Only what Decap copied from the English side.
    expect(hasOwnText('---\npublished: 2026-11-28\nimage: images/a.jpg\n---\n', ['title'])).toBe(false);
    // A nested key of the same name does not count.
    expect(hasOwnText('---\nunits:\n  - title: ཀ\n---\n', ['title'])).toBe(false);
    expect(hasOwnText('no front matter', ['title'])).toBe(false);
  });
});

describe('a language version without empty values', () => {
  test('loses top-level keys that hold nothing, keeps lists, groups and the text', () => {
    const raw = [
      '---',
      'title: ནང་སྐོར།',
      'address: null',
      'updated: ""',
      "summary: ''",
      'documents: []',
      'order:',
      'units:',
      '  - name: ཀ',
      'mandate:',
      '- ཁ',
      'closes: 2026-12-31',
      '---',
      'address: null stays in the text',
      '',
    ].join('\n');
    expect(withoutEmptyValues(raw)).toBe(
      [
        '---',
        'title: ནང་སྐོར།',
        'units:',
        '  - name: ཀ',
        'mandate:',
        '- ཁ',
        'closes: 2026-12-31',
        '---',
        'address: null stays in the text',
        '',
      ].join('\n'),
    );
    expect(withoutEmptyValues('no front matter')).toBe('no front matter');
  });
});
