// The project's preview as it is, with its accessibility parameters.
export { default } from '../../../.storybook/preview.ts';
