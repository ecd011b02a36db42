// Writes small JPEGs that carry EXIF metadata (GPS position, camera serial, owner), for the
// image-metadata tests and fixtures. Run directly to regenerate the committed fixture images:
//   node test/privacy/exif-jpeg.mjs
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import jpeg from 'jpeg-js';

/** A plain 8x8 JPEG without metadata. */
export function plainJpeg() {
  const width = 8;
  const height = 8;
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) data.set([90 + i, 140, 200 - i, 255], i * 4);
  return Buffer.from(jpeg.encode({ data, width, height }, 80).data);
}

/**
 * The same JPEG with an APP1 EXIF segment holding the given tags.
 * @param {{ gps?: [number, number], serial?: string, owner?: string, artist?: string, make?: string }} tags
 */
export function exifJpeg(tags) {
  const plain = plainJpeg();
  const app1 = exifSegment(tags);
  // The segment goes right after the start-of-image marker, as cameras write it.
  return Buffer.concat([plain.subarray(0, 2), app1, plain.subarray(2)]);
}

function exifSegment({ gps, serial, owner, artist, make }) {
  // Little-endian TIFF; offsets are from the start of the TIFF header.
  const ifd0 = [];
  const exif = [];
  const gpsEntries = [];
  if (make) ifd0.push({ tag: 0x010f, type: 2, value: ascii(make) });
  if (artist) ifd0.push({ tag: 0x013b, type: 2, value: ascii(artist) });
  if (owner) exif.push({ tag: 0xa430, type: 2, value: ascii(owner) });
  if (serial) exif.push({ tag: 0xa431, type: 2, value: ascii(serial) });
  if (gps) {
    const [lat, lon] = gps;
    gpsEntries.push({ tag: 0x0000, type: 1, count: 4, inline: Buffer.from([2, 3, 0, 0]) });
    gpsEntries.push({ tag: 0x0001, type: 2, value: ascii(lat >= 0 ? 'N' : 'S') });
    gpsEntries.push({ tag: 0x0002, type: 5, value: dms(Math.abs(lat)) });
    gpsEntries.push({ tag: 0x0003, type: 2, value: ascii(lon >= 0 ? 'E' : 'W') });
    gpsEntries.push({ tag: 0x0004, type: 5, value: dms(Math.abs(lon)) });
  }
  if (exif.length) ifd0.push({ tag: 0x8769, type: 4, pointer: 'exif' });
  if (gpsEntries.length) ifd0.push({ tag: 0x8825, type: 4, pointer: 'gps' });

  const ifds = { ifd0, exif, gps: gpsEntries };
  const order = ['ifd0', ...(exif.length ? ['exif'] : []), ...(gpsEntries.length ? ['gps'] : [])];
  const ifdSize = (entries) => 2 + entries.length * 12 + 4;
  // Lay out: header (8), each IFD followed by its out-of-line values.
  const offsets = {};
  let cursor = 8;
  for (const name of order) {
    offsets[name] = cursor;
    cursor += ifdSize(ifds[name]);
    for (const e of ifds[name]) if (e.value && e.value.length > 4) cursor += e.value.length + (e.value.length % 2);
  }
  const tiff = Buffer.alloc(cursor);
  tiff.write('II', 0, 'latin1');
  tiff.writeUInt16LE(42, 2);
  tiff.writeUInt32LE(8, 4);
  for (const name of order) {
    const entries = ifds[name].sort((a, b) => a.tag - b.tag);
    let at = offsets[name];
    let data = at + ifdSize(entries);
    tiff.writeUInt16LE(entries.length, at);
    at += 2;
    for (const e of entries) {
      tiff.writeUInt16LE(e.tag, at);
      tiff.writeUInt16LE(e.type, at + 2);
      if (e.pointer) {
        tiff.writeUInt32LE(1, at + 4);
        tiff.writeUInt32LE(offsets[e.pointer], at + 8);
      } else if (e.inline) {
        tiff.writeUInt32LE(e.count, at + 4);
        e.inline.copy(tiff, at + 8);
      } else {
        const count = e.type === 5 ? e.value.length / 8 : e.value.length;
        tiff.writeUInt32LE(count, at + 4);
        if (e.value.length <= 4) e.value.copy(tiff, at + 8);
        else {
          tiff.writeUInt32LE(data, at + 8);
          e.value.copy(tiff, data);
          data += e.value.length + (e.value.length % 2);
        }
      }
      at += 12;
    }
    tiff.writeUInt32LE(0, at);
  }
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const header = Buffer.alloc(4);
  header.writeUInt16BE(0xffe1, 0);
  header.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([header, body]);
}

function ascii(text) {
  return Buffer.from(`${text}\0`, 'latin1');
}

/** Degrees, minutes, seconds as three RATIONALs. */
function dms(value) {
  const degrees = Math.floor(value);
  const minutes = Math.floor((value - degrees) * 60);
  const seconds = Math.round(((value - degrees) * 60 - minutes) * 60 * 100);
  const out = Buffer.alloc(24);
  [[degrees, 1], [minutes, 1], [seconds, 100]].forEach(([n, d], i) => {
    out.writeUInt32LE(n, i * 8);
    out.writeUInt32LE(d, i * 8 + 4);
  });
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const write = (relative, bytes) => {
    writeFileSync(path.join(root, relative), bytes);
    console.log(`wrote ${relative} (${bytes.length} bytes)`);
  };
  // A made-up spot in a park, a made-up serial and owner.
  write('fixtures/drafts/bad/images/privacy-garden.jpg', exifJpeg({ gps: [51.4769, -0.0005], serial: 'SN-0042-7781', owner: 'Jane Example', make: 'ExampleCam' }));
  write('fixtures/drafts/good/images/privacy-clean.jpg', plainJpeg());
}
