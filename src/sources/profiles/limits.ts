/**
 * Guards for reading archives. Exports hold gigabytes of media that socialint never reads; the
 * few text entries it does read are capped so a hostile or broken archive cannot exhaust memory.
 */
export const ARCHIVE_LIMITS = {
  /** X archives of heavy users hold tens of thousands of media files. */
  maxEntries: 500_000,
  /** A single entry socialint reads (tweets.js of a prolific account is tens of MB). */
  maxEntryBytes: 256 * 1024 * 1024,
  /** Images are only measured; a larger one is not a profile photo. */
  maxImageBytes: 32 * 1024 * 1024,
  /** Uncompressed/compressed ratio above which a large entry is treated as a ZIP bomb. */
  maxRatio: 200,
  /** Below this size the ratio is not checked (a short CSV of spaces compresses very well). */
  ratioFloorBytes: 1024 * 1024,
};

export type ArchiveLimits = typeof ARCHIVE_LIMITS;
