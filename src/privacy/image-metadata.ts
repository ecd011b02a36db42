/** Identifying metadata inside an image file, read with exifr. */

export type MetadataKind = 'gps' | 'serial' | 'owner';

export const METADATA_NAMES: Record<MetadataKind, string> = {
  gps: 'GPS coordinates',
  serial: 'the camera serial number',
  owner: "the owner's or artist's name",
};

const SERIAL_TAGS = ['SerialNumber', 'BodySerialNumber', 'CameraSerialNumber', 'InternalSerialNumber', 'LensSerialNumber'];
const OWNER_TAGS = ['OwnerName', 'CameraOwnerName', 'Artist', 'XPAuthor', 'creator', 'Creator', 'By-line', 'Byline'];

interface Exifr {
  parse(data: Buffer, options: Record<string, unknown>): Promise<Record<string, unknown> | undefined>;
}
let exifr: Promise<Exifr> | undefined;
/** exifr is large; load it only when a draft refers to a local image. */
const loadExifr = () => (exifr ??= import('exifr').then((m) => (m.default ?? m) as unknown as Exifr));

/** Which kinds of identifying metadata an image carries; empty for clean or unreadable images. */
export async function identifyingMetadata(bytes: Uint8Array): Promise<MetadataKind[]> {
  const reader = await loadExifr();
  let tags: Record<string, unknown> | undefined;
  try {
    tags = await reader.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      tiff: true,
      ifd0: true,
      exif: true,
      gps: true,
      xmp: true,
      iptc: true,
      mergeOutput: true,
      makerNote: false,
      userComment: false,
    });
  } catch {
    // Not an image exifr understands, or a damaged one: nothing it could tell us.
    return [];
  }
  if (!tags) return [];
  const kinds: MetadataKind[] = [];
  const hasGps = typeof tags.latitude === 'number' && typeof tags.longitude === 'number' && !(tags.latitude === 0 && tags.longitude === 0);
  if (hasGps || tags.GPSLatitude !== undefined) kinds.push('gps');
  if (SERIAL_TAGS.some((t) => present(tags[t]))) kinds.push('serial');
  if (OWNER_TAGS.some((t) => present(tags[t]))) kinds.push('owner');
  return kinds;
}

function present(value: unknown): boolean {
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.some(present);
  return value !== undefined && value !== null && typeof value !== 'object';
}
