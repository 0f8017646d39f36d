import { words } from '../render/edition';
import type { TimelineController } from '../../lib/timeline/controller';
import { GROUPINGS } from '../../schemas/vocabulary/groupings';
import { announce } from './announce';
import type { TimelineHost } from './host';

/** The "rows by" choice regroups the rows; a view from the URL sets it. */
export function connectGrouping(element: TimelineHost, controller: TimelineController, signal: AbortSignal): void {
  const select = element.shellPart<HTMLSelectElement>('group');
  select.addEventListener(
    'change',
    () => {
      const group = GROUPINGS.find((grouping) => grouping === select.value);
      if (group) controller.setGroup(group);
    },
    { signal },
  );
  controller.subscribe((change) => {
    if (!change.group) return;
    const { group } = controller.state;
    if (select.value !== group) select.value = group;
    if (change.origin === 'reader')
      announce(element, words.timeline.regrouped(select.selectedOptions[0]?.text ?? group));
  }, signal);
}
