import { words } from '../render/edition';
import type { TimelineController } from '../../lib/timeline/controller';
import { embedCode, viewUrl } from '../../lib/timeline/embed-code';
import { serializeViewState } from '../../lib/timeline/view-state';
import type { TimelineHost } from './host';
import { announce } from './announce';

/**
 * The share panel: opened by its button, it keeps a link and embed code of
 * the current view, ready to copy. Links start from data-share-url when the
 * page gives one (the single-file copy: its canonical address, or "none").
 */
export function connectShare(element: TimelineHost, controller: TimelineController, signal: AbortSignal): void {
  const panel = element.querySelector<HTMLElement>('[data-part="share"]');
  const toggle = element.querySelector<HTMLElement>('[data-action="share"]');
  if (!panel) return;
  const shareUrl = element.dataset['shareUrl'];
  if (shareUrl === 'none') {
    if (toggle) toggle.hidden = true;
    return;
  }
  const update = () => {
    if (panel.hidden) return;
    const address = {
      siteUrl: shareUrl ?? new URL(element.dataset['base'] ?? '/', location.href).href,
      query: serializeViewState(controller.toViewState()),
    };
    const fields: Record<string, string> = {
      link: viewUrl(address),
      embed: embedCode(address, element.dataset['title'] ?? document.title),
    };
    for (const field of panel.querySelectorAll<HTMLTextAreaElement>('textarea[data-share]')) {
      field.value = fields[field.dataset['share'] ?? ''] ?? '';
    }
  };
  const copy = async (text: HTMLTextAreaElement) => {
    try {
      await navigator.clipboard.writeText(text.value);
      announce(element, words.timeline.copied);
    } catch {
      text.select();
      announce(element, words.timeline.selectedToCopy);
    }
  };
  toggle?.addEventListener(
    'click',
    () => {
      panel.hidden = !panel.hidden;
      toggle.setAttribute('aria-expanded', String(!panel.hidden));
      update();
    },
    { signal },
  );
  for (const button of panel.querySelectorAll<HTMLElement>('[data-action^="copy-"]')) {
    const field = button.dataset['action']?.slice('copy-'.length);
    const text = panel.querySelector<HTMLTextAreaElement>(`textarea[data-share="${field}"]`);
    if (text) button.addEventListener('click', () => void copy(text), { signal });
  }
  controller.subscribe((change) => {
    if (change.filters || change.window || change.selection) update();
  }, signal);
}
