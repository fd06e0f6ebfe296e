export { DrukElement } from './druk-element.ts';
export { nearestLang, toComponentLang, type ComponentLang } from './lang.ts';
export { baseStyles } from './styles.ts';
export { catalogueText, overrideAttribute, type StringId, type StringParams } from './strings.ts';
