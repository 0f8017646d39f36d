import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FONTS_GLOBAL, type EmbeddedFontFace } from '../lib/timeline/data-globals';

/** The value of a descriptor in one @font-face rule. */
function descriptor(face: string, name: string, sheet: string): string {
  const value = new RegExp(`${name}:\\s*([^;]+);`, 'u').exec(face)?.[1]?.trim();
  if (value === undefined) throw new Error(`${sheet}: a font face without ${name}`);
  return value.replace(/^'(.*)'$/u, '$1');
}

/**
 * /embed-fonts.js: the site's font faces (the one weight of Be Vietnam Pro,
 * src/styles/fonts.css) with their woff2 files, as a classic script. A
 * sandboxed iframe has an opaque origin and fonts always load with CORS,
 * which a static host does not answer; a script loads there, and the embed
 * makes its faces from the bytes (see src/client/bindings/embed-fonts.ts), so
 * the policy's font-src stays 'self'.
 */
export async function embedFontsScript(): Promise<string> {
  const require = createRequire(import.meta.url);
  const sheet = require.resolve('@fontsource/be-vietnam-pro/400.css');
  const css = await readFile(sheet, 'utf8');
  const faces: EmbeddedFontFace[] = [];
  for (const [face] of css.matchAll(/@font-face\s*\{[^}]*\}/gu)) {
    const file = /url\(\.\/(files\/[^)]+\.woff2)\)/u.exec(face)?.[1];
    if (!file) throw new Error(`${sheet}: a font face without a woff2 file`);
    faces.push({
      family: descriptor(face, 'font-family', sheet),
      style: descriptor(face, 'font-style', sheet),
      weight: descriptor(face, 'font-weight', sheet),
      unicodeRange: descriptor(face, 'unicode-range', sheet),
      woff2: (await readFile(path.join(path.dirname(sheet), file))).toString('base64'),
    });
  }
  if (faces.length === 0) throw new Error(`${sheet}: no font faces found`);
  return `self.${FONTS_GLOBAL} = ${JSON.stringify(faces)};\n`;
}
