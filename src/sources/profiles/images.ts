import { imageSize } from 'image-size';
import type { ProfileImage, SourceLocation } from '../../types.js';

/** A profile image with its pixel size when the file is there to measure. */
export function measuredImage(at: SourceLocation, entry: string | undefined, data: Buffer | undefined): ProfileImage {
  const image: ProfileImage = { at, ...(entry ? { entry } : {}) };
  if (!data) return image;
  try {
    const size = imageSize(data);
    // EXIF orientations 5–8 turn the picture a quarter: what people see has the sides swapped.
    const turned = (size.orientation ?? 1) >= 5;
    image.width = turned ? size.height : size.width;
    image.height = turned ? size.width : size.height;
  } catch {
    // Not an image image-size knows: the photo is there, its size unknown.
  }
  return image;
}
