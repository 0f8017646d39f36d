import type { TimelineController } from '../../lib/timeline/controller';
import { FONTS_GLOBAL, type EmbeddedFontFace } from '../../lib/timeline/data-globals';
import type { TimelineHost } from './host';

function decode(base64: string): ArrayBuffer {
  const text = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(text.length));
  for (let index = 0; index < text.length; index += 1) bytes[index] = text.charCodeAt(index);
  return bytes.buffer;
}

/**
 * The embed's font faces are made from the bytes /embed-fonts.js carries: an
 * embed is usually a sandboxed iframe, an opaque origin, where font files
 * need CORS headers a static host does not send, while a script loads.
 * Loaded by the script, the faces do not hold up the first paint.
 */
export function connectEmbedFonts(element: TimelineHost, _controller: TimelineController, signal: AbortSignal): void {
  if (element.dataset['embedded'] !== 'true') return;
  const added: FontFace[] = [];
  const script = document.createElement('script');
  script.src = element.dataset['fonts'] ?? '/embed-fonts.js';
  script.addEventListener(
    'load',
    () => {
      const faces = (window as unknown as Record<string, EmbeddedFontFace[] | undefined>)[FONTS_GLOBAL] ?? [];
      for (const { family, style, weight, unicodeRange, woff2 } of faces) {
        const face = new FontFace(family, decode(woff2), { style, weight, unicodeRange });
        document.fonts.add(face);
        added.push(face);
      }
    },
    { signal },
  );
  document.head.append(script);
  signal.addEventListener(
    'abort',
    () => {
      script.remove();
      for (const face of added) document.fonts.delete(face);
    },
    { once: true },
  );
}
