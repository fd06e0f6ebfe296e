// Every component renders on the server, in English and in Dzongkha, to declarative shadow DOM that
// already holds its text: nothing waits for JavaScript.
import { describe, expect, it } from 'vitest';
import { samples } from '../test/samples.ts';
import { renderToString } from './ssr/render.ts';
import './index.ts';

const TIBETAN = /[\u0F00-\u0FFF]/;

describe.each(samples)('<$tag> on the server', (sample) => {
  it('renders its content into a declarative shadow root', async () => {
    const markup = await renderToString(sample.tag, sample);
    expect(markup).toContain('shadowrootmode="open"');
    for (const text of sample.expectText) expect(markup).toContain(text.replace(/&/g, '&amp;'));
  });

  // Components that only show the author's content have no words of their own to translate.
  if (sample.localised !== false) {
    it('renders its own words in Dzongkha with lang="dz"', async () => {
      const markup = await renderToString(sample.tag, { ...sample, lang: 'dz' });
      const shadow = markup.slice(markup.indexOf('<template'), markup.lastIndexOf('</template>'));
      expect(shadow).toMatch(TIBETAN);
    });
  }

  it('hides nothing behind a hidden attribute', async () => {
    const markup = (await renderToString(sample.tag, sample)).replace(/<style>[\s\S]*?<\/style>/g, '');
    expect(markup).not.toMatch(/\shidden[\s>=]/);
  });
});
