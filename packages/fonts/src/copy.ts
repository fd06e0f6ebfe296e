import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { EDITABLE_FAMILY, FONT_FILES, fontFaceCss, fontPath, licencePath, type FaceSource } from './faces.ts';

/** The stylesheet `copyFonts` and `subsetSite` write next to the font files. */
export const FONTS_CSS = 'druk-fonts.css';

/**
 * Copies the full Tibetan font files and their OFL licences into `dir` (files/ and the
 * licences beside `druk-fonts.css`) and writes `druk-fonts.css` for them, with the first
 * (Jomolhari) also declared as the editable family. Returns the faces, with URLs relative to the
 * stylesheet.
 */
export async function copyFonts(dir: string): Promise<FaceSource[]> {
  await mkdir(join(dir, 'files'), { recursive: true });
  const faces: FaceSource[] = [];
  for (const file of FONT_FILES) {
    const source = fontPath(file);
    await copyFile(source, join(dir, 'files', basename(source)));
    await copyFile(licencePath(file), join(dir, file.licenceName));
    faces.push({ file, url: `files/${basename(source)}` });
  }
  const [editable] = faces as [FaceSource];
  faces.push({ ...editable, family: EDITABLE_FAMILY });
  await writeFile(join(dir, FONTS_CSS), `${fontFaceCss(faces)}\n`);
  return faces;
}
