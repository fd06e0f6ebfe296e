// @wordpress/block-library is in the workspace only for the CSS that WordPress sites load on the front end
// (the embedding matrix puts the components under it). Its JavaScript needs the whole block editor and
// React; nothing here runs it, so none of that is installed.
const CSS_ONLY = new Set(['@wordpress/block-library']);

function readPackage(manifest) {
  if (!CSS_ONLY.has(manifest.name)) return manifest;
  return { ...manifest, dependencies: {}, optionalDependencies: {}, peerDependencies: {}, peerDependenciesMeta: {} };
}

export const hooks = { readPackage };
