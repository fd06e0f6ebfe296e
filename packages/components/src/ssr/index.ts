export { renderToString, type AttributeValue, type RenderOptions } from './render.ts';
