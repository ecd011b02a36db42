import { arrayForm } from './streamed.js';
import type { StreamingFormatter } from './types.js';

/**
 * ESLint's result shape, so existing CI tooling reads it: one JSON array, written a result at a
 * time. `output` (the fixed text) is left out: it is the user's whole draft, personal data
 * included, and has no place in a CI log.
 */
export const stream: StreamingFormatter = () => {
  let first = true;
  return {
    start: () => '[',
    file({ output: _output, ...result }) {
      const separator = first ? '' : ',';
      first = false;
      return separator + JSON.stringify(result);
    },
    end: () => ']',
  };
};

export default arrayForm(stream);
