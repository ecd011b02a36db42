/**
 * The segmenter's word costs in a compact binary form, written at build time (`npm run build`) so
 * a run reads one file instead of parsing wordsninja's 126,000-word JSON list and filling a Map
 * (about 40 ms and as much again in garbage collection, on every run with a lowercase hashtag).
 *
 * Layout, little-endian: "SIWM", format version, entry count n, longest word, key length k;
 * k bytes of key (what the table was built from, so a stale file is not used), padding to 8;
 * n float64 costs; n + 1 uint32 offsets; the words, ASCII, sorted, end to end.
 */
export interface WordCosts {
  get(word: string): number | undefined;
  /** Length of the longest word, plus one when its plural is looked up on demand. */
  longest: number;
}

const MAGIC = 0x4d574953; // "SIWM"
const VERSION = 1;
const HEADER = 20;

export function encodeWordCosts(costs: Map<string, number>, longest: number, key: string): Buffer {
  const words = [...costs.keys()].sort(compareCodeUnits);
  const text = Buffer.from(words.join(''), 'latin1');
  const keyBytes = Buffer.from(key, 'utf8');
  const costsAt = align8(HEADER + keyBytes.length);
  const offsetsAt = costsAt + words.length * 8;
  const textAt = offsetsAt + (words.length + 1) * 4;
  const buffer = Buffer.alloc(textAt + text.length);
  buffer.writeUInt32LE(MAGIC, 0);
  buffer.writeUInt32LE(VERSION, 4);
  buffer.writeUInt32LE(words.length, 8);
  buffer.writeUInt32LE(longest, 12);
  buffer.writeUInt32LE(keyBytes.length, 16);
  keyBytes.copy(buffer, HEADER);
  let offset = 0;
  words.forEach((word, i) => {
    if (!/^[\x20-\x7e]+$/.test(word)) throw new Error(`word model: "${word}" is not printable ASCII`);
    buffer.writeDoubleLE(costs.get(word)!, costsAt + i * 8);
    buffer.writeUInt32LE(offset, offsetsAt + i * 4);
    offset += word.length;
  });
  buffer.writeUInt32LE(offset, offsetsAt + words.length * 4);
  text.copy(buffer, textAt);
  return buffer;
}

/** The table in `bytes`, or undefined when it is not one or was built from another `key`. */
export function decodeWordCosts(bytes: Buffer, key: string): WordCosts | undefined {
  if (bytes.length < HEADER || bytes.readUInt32LE(0) !== MAGIC || bytes.readUInt32LE(4) !== VERSION) return undefined;
  const count = bytes.readUInt32LE(8);
  const longest = bytes.readUInt32LE(12);
  const keyLength = bytes.readUInt32LE(16);
  if (bytes.toString('utf8', HEADER, HEADER + keyLength) !== key) return undefined;
  const costsAt = align8(HEADER + keyLength);
  const offsetsAt = costsAt + count * 8;
  const textAt = offsetsAt + (count + 1) * 4;
  if (bytes.length < textAt) return undefined;
  const costs = view(Float64Array, bytes, costsAt, count);
  const offsets = view(Uint32Array, bytes, offsetsAt, count + 1);
  if (offsets[count] !== bytes.length - textAt) return undefined;
  // Words are compared in place, byte by byte: no 1 MB string, no string per probe.
  const compareAt = (i: number, word: string): number => {
    const start = textAt + offsets[i]!;
    const length = offsets[i + 1]! - offsets[i]!;
    const shared = Math.min(length, word.length);
    for (let k = 0; k < shared; k++) {
      const difference = bytes[start + k]! - word.charCodeAt(k);
      if (difference !== 0) return difference;
    }
    return length - word.length;
  };
  return {
    longest,
    get(word) {
      let low = 0;
      let high = count - 1;
      while (low <= high) {
        const mid = (low + high) >>> 1;
        const order = compareAt(mid, word);
        if (order === 0) return costs[mid];
        if (order < 0) low = mid + 1;
        else high = mid - 1;
      }
      return undefined;
    },
  };
}

/** A typed array over part of `bytes`, without a copy when the offset allows (it does for a file read whole). */
function view<T extends Float64Array | Uint32Array>(
  Type: { new (buffer: ArrayBufferLike, offset: number, length: number): T; new (source: ArrayLike<number> | ArrayBufferLike): T; BYTES_PER_ELEMENT: number },
  bytes: Buffer,
  at: number,
  length: number,
): T {
  const offset = bytes.byteOffset + at;
  if (offset % Type.BYTES_PER_ELEMENT === 0) return new Type(bytes.buffer, offset, length);
  return new Type(bytes.buffer.slice(offset, offset + length * Type.BYTES_PER_ELEMENT));
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function align8(n: number): number {
  return Math.ceil(n / 8) * 8;
}
