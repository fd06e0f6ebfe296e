// Completes custom-elements.json after the analyzer (`pnpm --filter @druk/components analyze` runs both).
// The analyzer reads attributes from the source only: it cannot see the `text-*` attributes each element
// observes for its strings (listed in `static strings`, often inherited), and it takes internal state
// (`{ state: true }`, e.g. `allOpen`, `shownError`) for attributes. The registered elements know both.
import { readFileSync, writeFileSync } from 'node:fs';
import '../src/index.ts';
import { catalogueText, overrideAttribute, type StringId } from '../src/base/strings.ts';

interface Attribute {
  name: string;
  fieldName?: string;
  description?: string;
  type?: { text: string };
}
interface Declaration {
  tagName?: string;
  attributes?: Attribute[];
  members?: { name: string; attribute?: string }[];
}
interface RegisteredElement {
  strings: readonly StringId[];
  elementProperties: Map<PropertyKey, { state?: boolean }>;
}

const file = new URL('../custom-elements.json', import.meta.url);
const manifest = JSON.parse(readFileSync(file, 'utf8')) as { modules: { declarations?: Declaration[] }[] };

const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
const registered = declarations.flatMap((declaration) => {
  const element = declaration.tagName ? customElements.get(declaration.tagName) : undefined;
  return element ? [{ declaration, element: element as unknown as RegisteredElement }] : [];
});
// Base classes (DrukFormField, …) have no tag: their internal state is what their elements call state.
const internalOf = (element: RegisteredElement) =>
  [...element.elementProperties].filter(([, options]) => options.state).map(([name]) => String(name));
const anyInternal = new Set(registered.flatMap(({ element }) => internalOf(element)));

for (const declaration of declarations) {
  const element = registered.find((entry) => entry.declaration === declaration)?.element;
  const internal = element ? new Set(internalOf(element)) : anyInternal;
  const attributes = (declaration.attributes ?? []).filter(
    (attribute) => !internal.has(attribute.fieldName ?? attribute.name),
  );
  for (const member of declaration.members ?? []) if (internal.has(member.name)) delete member.attribute;
  if (declaration.attributes || element) declaration.attributes = attributes;
  if (!element) continue;
  const documented = new Set(attributes.map((attribute) => attribute.name));
  for (const id of element.strings) {
    const name = overrideAttribute(id);
    if (documented.has(name)) continue;
    documented.add(name);
    attributes.push({ name, description: `Replaces “${catalogueText(id, 'en')}”.`, type: { text: 'string' } });
  }
}

writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
