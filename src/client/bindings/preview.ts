import type { TimelineController } from '../../lib/timeline/controller';
import { placeDetails } from '../../lib/timeline/details-placement';
import { formatEdtfRange } from '../../lib/dates/format';
import { lang, words } from '../render/edition';
import type { TimelineHost } from './host';
import { markAt } from '../render/items';

/** Space between the mark's row and the preview, px. */
const GAP = 4;

/**
 * A preview of the entry under the pointer or with keyboard focus: its date
 * and full title beside its mark, also for marks drawn without a label. It is
 * only seen: the mark's accessible name already says the same.
 */
export function connectPreview(element: TimelineHost, controller: TimelineController, signal: AbortSignal): void {
  const layer = element.shellPart('items');
  const preview = element.shellPart('preview');
  const body = preview.parentElement;
  if (!body) return;
  const hide = () => {
    preview.hidden = true;
  };
  const show = (mark: HTMLElement) => {
    const item = controller.items.find((candidate) => candidate.id === mark.dataset['id']);
    if (!item) {
      hide();
      return;
    }
    const date = document.createElement('span');
    date.className = 'tl-preview-date';
    date.textContent =
      formatEdtfRange(item.start, item.end, lang) + (item.inferred ? ` ${words.chronology.dateInferred}` : '');
    const title = document.createElement('span');
    title.className = 'tl-preview-title';
    title.textContent = item.title;
    preview.replaceChildren(date, title);
    preview.hidden = false;
    const frame = body.getBoundingClientRect();
    const box = mark.getBoundingClientRect();
    const { left } = placeDetails(box.left - frame.left + 6, body.clientWidth, preview.offsetWidth);
    preview.style.setProperty('--tl-preview-left', `${String(left)}px`);
    preview.style.setProperty('--tl-preview-top', `${String(box.bottom - frame.top + GAP)}px`);
  };
  layer.addEventListener(
    'pointerover',
    (event) => {
      const mark = markAt(event.target);
      if (mark && event.pointerType !== 'touch') show(mark);
    },
    { signal },
  );
  layer.addEventListener(
    'pointerout',
    (event) => {
      if (markAt(event.target) && !layer.contains(document.activeElement)) hide();
    },
    { signal },
  );
  layer.addEventListener(
    'focusin',
    (event) => {
      const mark = markAt(event.target);
      if (mark) show(mark);
    },
    { signal },
  );
  layer.addEventListener('focusout', hide, { signal });
  // An opened entry shows in full below: the preview gives way; a moved view leaves it behind.
  controller.subscribe((change) => {
    if (change.selection || change.window || change.filters || change.layout) hide();
  }, signal);
}
