import { deserialize, serialize } from 'node:v8';
import type { Platform } from '../types.js';
import type { AnyCrossRule, CrossGroup, KeptEntry } from './cross-document-record.js';
import { RuleFailure } from './run-rules.js';
import type { SpillFile } from './run-store.js';

/** One group of a rule's documents as its checkAll sees them, in discovery order. */
export interface KeptGroup {
  group: CrossGroup;
  values: object[];
  platforms: Platform[][];
  severities: Uint8Array;
  /** Each value's file as its place in the reported run; -1 for a file of another shard. */
  reportIndex: Int32Array;
}

// Per entry: position in discovery order, place in the run, group, severity, platform list, chunk, offset, length.
const FIELDS = 8;
// Chunks start small and double: a one-draft run (lintText, pre-commit) should not set aside megabytes.
const FIRST_CHUNK_BYTES = 16 << 10;
const CHUNK_BYTES = 1 << 20;

/**
 * A record as it waits: the bytes of the structured-clone format (what `collect` is documented to
 * return). Made on the thread that linted the file, so a worker sends bytes, not objects.
 */
export function recordBytes(value: object, ruleId: string, filePath: string | undefined): Uint8Array {
  try {
    return serialize(value);
  } catch (error) {
    throw new RuleFailure(ruleId, new Error(`collect returned a value that cannot be serialised (${error instanceof Error ? error.message : String(error)})`), filePath);
  }
}

/** A full chunk written to the run's temporary file. */
interface SpilledChunk {
  offset: number;
  length: number;
}

/** One rule's entries: a table of numbers, and the values as bytes (or, for a rule without `collect`, as they are). */
class Lane {
  table = new Int32Array(FIELDS * 256);
  count = 0;
  chunks: (Buffer | SpilledChunk)[] = [];
  used = 0;
  /** A rule without `collect` keeps documents, which cannot be copied as bytes (a profile's source). */
  liveValues: object[] | undefined;

  constructor(
    asBytes: boolean,
    private readonly spill: SpillFile | undefined,
  ) {
    if (!asBytes) this.liveValues = [];
  }

  push(row: number[], entry: KeptEntry, filePath: string | undefined): void {
    if (this.liveValues) {
      this.liveValues.push(entry.value!);
    } else {
      const bytes = entry.bytes ?? recordBytes(entry.value!, entry.ruleId, filePath);
      let chunk = this.chunks.at(-1);
      if (!Buffer.isBuffer(chunk) || this.used + bytes.length > chunk.length) {
        const size = Math.min(CHUNK_BYTES, chunk ? chunk.length * 2 : FIRST_CHUNK_BYTES);
        if (Buffer.isBuffer(chunk) && this.spill) this.chunks[this.chunks.length - 1] = { offset: this.spill.append(chunk.subarray(0, this.used)), length: this.used };
        // Slow (unpooled) memory: a chunk is let go whole.
        this.chunks.push((chunk = Buffer.allocUnsafeSlow(Math.max(size, bytes.length))));
        this.used = 0;
      }
      chunk.set(bytes, this.used);
      row.push(this.chunks.length - 1, this.used, bytes.length);
      this.used += bytes.length;
    }
    if ((this.count + 1) * FIELDS > this.table.length) {
      const wider = new Int32Array(this.table.length * 2);
      wider.set(this.table);
      this.table = wider;
    }
    this.table.set(row, this.count * FIELDS);
    this.count++;
  }

  /** Every value, in the order kept; a spilled chunk is read back once. */
  values(): object[] {
    if (this.liveValues) return this.liveValues;
    const values = new Array<object>(this.count);
    let loaded = -1;
    let bytes: Buffer | undefined;
    for (let entry = 0; entry < this.count; entry++) {
      const at = entry * FIELDS;
      const [chunk, offset, length] = [this.table[at + 5]!, this.table[at + 6]!, this.table[at + 7]!];
      if (chunk !== loaded) {
        const held = this.chunks[chunk]!;
        bytes = Buffer.isBuffer(held) ? held : this.spill!.read(held.offset, held.length);
        loaded = chunk;
      }
      values[entry] = deserialize(bytes!.subarray(offset, offset + length)) as object;
    }
    return values;
  }
}

/**
 * What the cross-document rules keep of every file until the last one is linted, as bytes outside
 * the JS heap rather than as objects: held as objects, 100,000 drafts kept ~90 MiB live through
 * the whole run, and V8, which sizes its heap by what survives, let it grow to ~320 MiB. Values
 * are copied as structuredClone would (what `collect` is documented to return) and become objects
 * again one rule at a time, when that rule's checkAll runs. In a run whose finished files wait in a
 * temporary file, full chunks wait there too (~35 MiB at 100,000 drafts).
 */
export class KeptStore {
  private readonly lanes: Lane[];
  private readonly groups: CrossGroup[] = [];
  private readonly groupIds = new Map<string, number>();
  private readonly platformLists: Platform[][] = [];
  private readonly platformIds = new Map<string, number>();

  /** With a `spill` file, each full chunk of bytes waits there rather than in memory. */
  constructor(
    readonly rules: readonly AnyCrossRule[],
    private readonly spill?: SpillFile,
  ) {
    this.lanes = rules.map((rule) => this.lane(rule));
  }

  /**
   * Keeps a file's entries. `position` orders files as discovered (what checkAll sees); `reportIndex`
   * is the file's place in the run's results, -1 for a file that only another shard reports.
   */
  add(position: number, reportIndex: number, entries: readonly KeptEntry[], filePath?: string): void {
    for (const entry of entries) {
      const rule = this.rules.findIndex((candidate) => candidate.id === entry.ruleId);
      if (rule === -1) continue;
      const row = [position, reportIndex, this.id(entry.group, entry.group.key, this.groups, this.groupIds), entry.severity, this.id(entry.platforms, entry.platforms.join(','), this.platformLists, this.platformIds)];
      this.lanes[rule]!.push(row, entry, filePath);
    }
  }

  /** A rule's entries, split by the options and settings they share, as objects again; its bytes are let go. */
  take(rule: AnyCrossRule): KeptGroup[] {
    const index = this.rules.indexOf(rule);
    const lane = this.lanes[index]!;
    const { table, count } = lane;
    // Own files are kept as linted and another shard's files after them: checkAll sees discovery order.
    const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => table[a * FIELDS]! - table[b * FIELDS]! || a - b);
    const byGroup = new Map<number, number[]>();
    for (const entry of order) {
      const group = table[entry * FIELDS + 2]!;
      const list = byGroup.get(group);
      if (list) list.push(entry);
      else byGroup.set(group, [entry]);
    }
    const values = lane.values();
    const taken = [...byGroup].map(([group, entries]): KeptGroup => ({
      group: this.groups[group]!,
      values: entries.map((entry) => values[entry]!),
      platforms: entries.map((entry) => this.platformLists[table[entry * FIELDS + 4]!]!),
      severities: Uint8Array.from(entries, (entry) => table[entry * FIELDS + 3]!),
      reportIndex: Int32Array.from(entries, (entry) => table[entry * FIELDS + 1]!),
    }));
    this.lanes[index] = this.lane(rule);
    return taken;
  }

  private lane(rule: AnyCrossRule): Lane {
    return new Lane(rule.collect !== undefined, this.spill);
  }

  /** Equal groups (or platform lists) are one, by key: the same options and settings compare together. */
  private id<T>(item: T, key: string, list: T[], ids: Map<string, number>): number {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = list.push(item) - 1));
    return id;
  }
}
