import { parse } from 'csv-parse/sync';
import { escapeRegExp } from '../../text/escape-regexp.js';
import type { ProfileField, SourceLocation } from '../../types.js';
import { EntryProblem } from './errors.js';
import type { EntryText } from './source-text.js';

export interface CsvRow {
  /** Where the row starts. */
  at: SourceLocation;
  /** A cell by header name, trimmed, with its position; undefined when absent or blank. */
  field(column: string): ProfileField | undefined;
  /** A cell's raw value ('' when absent). */
  value(column: string): string;
}

/**
 * Reads one CSV of an export with csv-parse. LinkedIn puts `Notes:` lines before some headers, so
 * the table starts at the first line that begins with `firstColumn`. Each cell keeps its line and
 * column: csv-parse gives the values, and a walk over the source from the row start skips the
 * quotes, doubled quotes and delimiters around them.
 */
export function readCsv(file: EntryText, firstColumn: string): CsvRow[] {
  const text = file.text;
  const headerStart = findHeader(text, firstColumn);
  if (headerStart === undefined) {
    throw new EntryProblem(`No header row starting with "${firstColumn}" found; is this a LinkedIn export CSV?`, file.at(0));
  }
  let records: string[][];
  try {
    records = parse(text.slice(headerStart), { relax_column_count: true, record_delimiter: ['\r\n', '\n'], skip_empty_lines: false });
  } catch (error) {
    const e = error as Error & { lines?: number; code?: string };
    const headerLine = file.at(headerStart).line;
    const line = headerLine + Math.max(0, (e.lines ?? 1) - 1);
    throw new EntryProblem(`Malformed CSV: ${e.message.split('\n')[0]!.replace(/ at line \d+/, '')}.`, { ...file.at(0), line, column: 1 });
  }
  const header = (records[0] ?? []).map((h) => h.trim());
  const rows: CsvRow[] = [];
  let offset = headerStart;
  for (const [index, record] of records.entries()) {
    const cells = walkRecord(text, offset, record);
    offset = cells.next;
    if (index === 0 || record.every((v) => v.trim() === '')) continue;
    const rowAt = file.at(cells.starts[0] ?? offset);
    const column = (name: string) => header.indexOf(name);
    rows.push({
      at: rowAt,
      value: (name) => record[column(name)] ?? '',
      field(name) {
        const i = column(name);
        const raw = record[i];
        if (i < 0 || raw === undefined || raw.trim() === '') return undefined;
        const lead = raw.length - raw.trimStart().length;
        const value = raw.trim();
        const offsets = cells.offsets[i]!;
        return { value, prose: file.mapped(value, (k) => offsets[Math.min(lead + k, offsets.length - 1)]!) };
      },
    });
  }
  return rows;
}

function findHeader(text: string, firstColumn: string): number | undefined {
  const pattern = new RegExp(`^"?${escapeRegExp(firstColumn)}"?(,|\\r?$)`, 'm');
  const match = pattern.exec(text);
  return match?.index;
}

/**
 * Maps each parsed cell back to source offsets. Values come from csv-parse; this only steps over
 * the syntax around them, so a quote doubled in the source lines up with one quote in the value.
 */
function walkRecord(text: string, start: number, record: string[]) {
  let pos = start;
  const offsets: number[][] = [];
  const starts: number[] = [];
  for (const [i, value] of record.entries()) {
    if (i > 0 && text[pos] === ',') pos++;
    starts.push(pos);
    const map: number[] = [];
    if (text[pos] === '"') {
      pos++;
      for (let k = 0; k < value.length; k++) {
        map.push(pos);
        pos += value[k] === '"' && text[pos] === '"' && text[pos + 1] === '"' ? 2 : 1;
      }
      map.push(pos);
      if (text[pos] === '"') pos++;
    } else {
      for (let k = 0; k <= value.length; k++) map.push(pos + k);
      pos += value.length;
    }
    offsets.push(map);
  }
  if (text.startsWith('\r\n', pos)) pos += 2;
  else if (text[pos] === '\n') pos++;
  return { offsets, starts, next: pos };
}
