import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The site's font faces (the one weight of Be Vietnam Pro, src/styles/fonts.css)
 * with each font file inlined as a data: URL. A sandboxed iframe has an opaque
 * origin, and fonts always load with CORS, which a static host does not
 * answer: the embed adds this stylesheet (stylesheets need no CORS) when it
 * finds itself sandboxed, and its text keeps the site's face.
 */
export async function embedFontsCss(): Promise<string> {
  const require = createRequire(import.meta.url);
  const sheet = require.resolve('@fontsource/be-vietnam-pro/400.css');
  const css = await readFile(sheet, 'utf8');
  const faces: string[] = [];
  // Each face lists its woff2 then its woff: the woff2 alone is kept, as every browser that runs the timeline reads it.
  for (const [face] of css.matchAll(/@font-face\s*\{[^}]*\}/gu)) {
    const file = /url\(\.\/(files\/[^)]+\.woff2)\)/u.exec(face)?.[1];
    if (!file) throw new Error(`${sheet}: a font face without a woff2 file`);
    const data = (await readFile(path.join(path.dirname(sheet), file))).toString('base64');
    faces.push(face.replace(/src:[^;]*;/u, `src: url(data:font/woff2;base64,${data}) format('woff2');`));
  }
  if (faces.length === 0) throw new Error(`${sheet}: no font faces found`);
  return `${faces.join('\n')}\n`;
}
