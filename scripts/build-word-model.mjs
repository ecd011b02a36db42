#!/usr/bin/env node
// Writes the hashtag segmenter's word costs in compact form (src/platforms/word-model.ts) after
// tsc, from the compiled sources, so the file always matches the code that reads it.
import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const { buildWordCosts, WORD_MODEL_FILE, WORD_MODEL_KEY } = await import('../dist/src/platforms/word-segmentation.js');
const { encodeWordCosts } = await import('../dist/src/platforms/word-model.js');

const { entries, longest } = buildWordCosts();
const file = path.join(root, WORD_MODEL_FILE);
writeFileSync(`${file}.${process.pid}.tmp`, encodeWordCosts(entries, longest, WORD_MODEL_KEY));
renameSync(`${file}.${process.pid}.tmp`, file);
