import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';

const preview: Preview = {
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
  decorators: [(story, context) => html`<div lang=${context.globals.lang ?? 'en'}>${story()}</div>`],
};

export default preview;
