import { readFileSync } from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";
import { defaultRoot, publicFileExists } from "./source-files";

export type Dimensions = { width: number; height: number };

const measured = new Map<string, Dimensions | null>();

/**
 * The real size of an image under public/ ("/images/blog/x.png"), read from its header, so a
 * marketer who uploads a picture never types its size and the page reserves exactly its room.
 * Null for a file that is missing or not an image.
 */
export function imageDimensions(sitePath: string): Dimensions | null {
  const known = measured.get(sitePath);
  if (known !== undefined) return known;
  const root = defaultRoot();
  let size: Dimensions | null = null;
  if (publicFileExists(root, sitePath)) {
    try {
      const { width, height } = imageSize(readFileSync(path.join(root.dir, "public", ...sitePath.slice(1).split("/"))));
      if (width && height) size = { width, height };
    } catch {
      // not an image image-size knows: the caller falls back to the sizes it was given
    }
  }
  measured.set(sitePath, size);
  return size;
}
