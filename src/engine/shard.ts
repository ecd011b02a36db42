import { createHash } from 'node:crypto';
import path from 'node:path';

/** One of `count` parts of a run (`--shard 2/4` is `{ index: 2, count: 4 }`); index is 1-based. */
export interface Shard {
  index: number;
  count: number;
}

/** Reads `i/n` as given on the command line; undefined when it is not a valid shard. */
export function parseShard(value: string): Shard | undefined {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count) return undefined;
  return { index, count };
}

/**
 * The shard a file belongs to, from a hash of its path relative to the folder socialint runs in,
 * with `/` separators: every job of a CI matrix agrees wherever the repository is checked out, and a
 * file keeps its shard when others are added or removed (a split by position would reshuffle them).
 */
export function shardOf(filePath: string, cwd: string, count: number): number {
  const relative = path.relative(cwd, filePath).split(path.sep).join('/');
  const digest = createHash('sha1').update(relative).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

export function inShard(filePath: string, cwd: string, shard: Shard): boolean {
  return shard.count === 1 || shardOf(filePath, cwd, shard.count) === shard.index;
}
