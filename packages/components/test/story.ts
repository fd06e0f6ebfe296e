// Builds a component for a story from its args: every arg is an attribute (booleans as present/absent),
// except `content`, which becomes the element's light-DOM HTML (slotted content).
export type StoryArgs = Record<string, string | number | boolean | undefined>;

export function storyElement(tag: string, args: StoryArgs): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(args)) {
    if (name === 'content' || value === undefined || value === false || value === '') continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  element.innerHTML = typeof args.content === 'string' ? args.content : '';
  return element;
}
