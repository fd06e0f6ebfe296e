import { describe, expect, it } from 'vitest';
import { renderToString } from '../ssr/render.ts';
import './navigation.ts';

describe('druk-navigation on the server', () => {
  it('renders sub-menus as native disclosures, so they open without JavaScript', async () => {
    const markup = await renderToString('druk-navigation', {
      attributes: {
        items: JSON.stringify([
          { label: 'Home', href: '/en/' },
          { label: 'About us', items: [{ label: 'Divisions', href: '/en/divisions/', current: true }] },
        ]),
      },
    });
    // Lit's hydration markers (comments) left out, to read the markup as a browser without JavaScript does.
    const shadow = (/<template[^>]*\sshadowrootmode="open"[^>]*>([\s\S]*)<\/template>/.exec(markup)?.[1] ?? '').replace(
      /<!--[\s\S]*?-->/g,
      '',
    );
    expect(shadow).toMatch(/<details\s+class="submenu"\s+name="druk-navigation-submenu"[^>]*>/);
    expect(shadow).toMatch(/<summary part="submenu-toggle"[^>]*data-current[^>]*>[\s\S]*?About us[\s\S]*?<\/summary>/);
    expect(shadow).toMatch(/<a part="link" href="\/en\/divisions\/" aria-current="page"[^>]*>Divisions<\/a>/);
    // Closed by default: no `open` attribute on a sub-menu before the visitor opens it.
    expect(shadow).not.toMatch(/<details\s+class="submenu"[^>]*\sopen[\s>]/);
  });
});
