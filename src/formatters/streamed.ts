import { totals } from './common.js';
import type { Formatter, StreamingFormatter } from './types.js';

/** The array form of a streaming formatter: the same pieces, joined. */
export function arrayForm(stream: StreamingFormatter): Formatter {
  return (results, context) => {
    const report = stream(context);
    let text = report.start?.() ?? '';
    for (const result of results) text += report.file(result);
    return text + report.end(totals(results));
  };
}
