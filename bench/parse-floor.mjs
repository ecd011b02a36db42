#!/usr/bin/env node
// The floor any Markdown linter built on unified stands on: find the drafts, read each one and parse
// it with remark-parse, in one process, doing nothing with the tree. Files are read synchronously,
// the fastest way for many small files (fs/promises spends more time in thread-pool round trips
// than in reading), so the floor is as low as it can honestly be.
//
//   node bench/parse-floor.mjs <dir>
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).freeze();
const root = path.resolve(process.argv[2] ?? '.');
const entries = await readdir(root, { recursive: true, withFileTypes: true });
const files = entries
  .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
  .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
  .sort();

let nodes = 0;
for (const file of files) {
  const tree = processor.parse(readFileSync(file, 'utf8'));
  nodes += tree.children.length;
}
process.stdout.write(`${files.length} files, ${nodes} top-level nodes\n`);
