import type { Formatter } from './types.js';

/**
 * ESLint's result shape, so existing CI tooling reads it. `output` (the fixed text) is left out:
 * it is the user's whole draft, personal data included, and has no place in a CI log.
 */
const json: Formatter = (results) =>
  JSON.stringify(results.map(({ output: _output, ...result }) => result));

export default json;
