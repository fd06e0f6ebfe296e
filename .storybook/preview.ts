import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../packages/components/custom-elements.json' with { type: 'json' };
import { dzongkhaPending } from '../packages/components/src/base/strings.ts';

// Controls and the docs pages' attribute, slot, part and event tables come from the manifest.
setCustomElementsManifest(manifest);

const preview: Preview = {
  // A docs page per component: its attributes, slots, parts and events from the manifest, and its stories.
  tags: ['autodocs'],
  parameters: {
    // Accessibility violations fail the story tests, not just warn.
    a11y: { test: 'error' },
  },
  // Every story can be seen in English or Dzongkha; components follow the nearest `lang`.
  globalTypes: {
    lang: {
      description: 'Language of the page around the component',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'dz', title: 'རྫོང་ཁ Dzongkha' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en' },
  // Elements wait for the Dzongkha strings file before their first render (ADR 0022); loading it before
  // a Dzongkha story renders means its play function and accessibility checks see the Dzongkha, not an
  // element still waiting for its data.
  loaders: [
    async ({ globals }) => {
      if (globals.lang === 'dz') await dzongkhaPending();
      return {};
    },
  ],
  // The page's language, as a site sets it on <html>; components re-render when it changes.
  decorators: [
    (story, context) => {
      document.documentElement.lang = String(context.globals.lang ?? 'en');
      return story();
    },
  ],
};

export default preview;
