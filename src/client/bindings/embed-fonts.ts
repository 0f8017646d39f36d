import type { TimelineController } from '../../lib/timeline/controller';
import type { TimelineHost } from './host';

/**
 * The embed's font faces come from /embed-fonts.css, which carries the font
 * files inline: an embed is usually a sandboxed iframe, an opaque origin,
 * where font files need CORS headers a static host does not send. Added by
 * the script, the stylesheet does not hold up the first paint.
 */
export function connectEmbedFonts(element: TimelineHost, _controller: TimelineController, signal: AbortSignal): void {
  if (element.dataset['embedded'] !== 'true') return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `${element.dataset['base'] ?? '/'}embed-fonts.css`;
  document.head.append(link);
  signal.addEventListener(
    'abort',
    () => {
      link.remove();
    },
    { once: true },
  );
}
