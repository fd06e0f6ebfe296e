// The analyzer recognises `customElements.define(…)`; the components register through `defineElement(…)`
// (src/base/define.ts), so this plugin gives each class its tag name and its definition export.
export default {
  plugins: [
    {
      name: 'druk-define-element',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
        if (node.expression.text !== 'defineElement') return;
        const [tag, element] = node.arguments;
        if (!tag || !element || !ts.isStringLiteral(tag) || !ts.isIdentifier(element)) return;
        const declaration = moduleDoc.declarations?.find((candidate) => candidate.name === element.text);
        if (!declaration) return;
        declaration.tagName = tag.text;
        declaration.customElement = true;
        moduleDoc.exports = [
          ...(moduleDoc.exports ?? []),
          {
            kind: 'custom-element-definition',
            name: tag.text,
            declaration: { name: element.text, module: moduleDoc.path },
          },
        ];
      },
    },
  ],
};
