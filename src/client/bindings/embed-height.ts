import type { TimelineController } from '../../lib/timeline/controller';
import type { TimelineHost } from './host';

/**
 * In /embed/ (data-embedded="true"): the embedding page is told how tall the
 * content is whenever that changes (see public/embed.js).
 */
export function connectEmbedHeight(element: TimelineHost, _controller: TimelineController, signal: AbortSignal): void {
  if (element.dataset['embedded'] !== 'true') return;
  if (window.parent === window) return;
  const post = () => {
    window.parent.postMessage({ type: 'defence-timeline:height', height: document.documentElement.scrollHeight }, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(document.body);
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
    },
    { once: true },
  );
  post();
}
