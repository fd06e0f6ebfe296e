export { DrukElement } from './druk-element.ts';
export { nearestLang, toComponentLang, type ComponentLang } from './lang.ts';
export { baseStyles, visuallyHiddenStyles } from './styles.ts';
export { catalogueText, overrideAttribute, type StringId, type StringParams } from './strings.ts';
