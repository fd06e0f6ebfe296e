import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { storyElement, type StoryArgs } from '../../test/story.ts';
import './footer.ts';

const meta: Meta<StoryArgs> = {
  title: 'Site chrome/Footer',
  component: 'druk-footer',
  render: (args) => storyElement('druk-footer', args),
  args: {
    agency: 'Ministry of Health',
    address: 'Kawajangsa\nThimphu 11001\nBhutan',
    phone: '+975 2 322 602',
    email: 'webmaster@health.gov.bt',
    updated: '2026-11-20',
    sitemap: '#sitemap',
    links: '[{"label": "Privacy policy", "href": "#privacy"}, {"label": "Accessibility", "href": "#accessibility"}]',
  },
};
export default meta;

type Story = StoryObj<StoryArgs>;

export const English: Story = {};
export const Dzongkha: Story = { args: { agency: 'གསོ་བ་ལྷན་ཁག' }, globals: { lang: 'dz' } };
export const Minimal: Story = { args: { address: '', phone: '', email: '', links: '', sitemap: '' } };
