import type { TimelineHost } from './host';

/** Says `text` to screen readers through the shell's live region. */
export function announce(element: TimelineHost, text: string): void {
  const live = element.shellPart('announcer');
  live.textContent = '';
  // A fresh text node after clearing makes screen readers speak repeated messages too.
  requestAnimationFrame(() => (live.textContent = text));
}
