import { fileURLToPath } from 'node:url';

/** The repository root, for tests that build or read other parts of the tree. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const TEMPLATE_DIR = `${REPO_ROOT}sites/template`;
export const TEMPLATE_DIST = `${TEMPLATE_DIR}/dist`;
