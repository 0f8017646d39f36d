import { formatCount, words } from '../render/edition';
import type { Filters, TimelineController } from '../../lib/timeline/controller';
import type { TimelineHost } from './host';

/** Each checkbox group of the form (its inputs' name, as in the URL) and the filter it sets. */
const LISTS = { kind: 'kinds', type: 'types', partner: 'partners', series: 'series', scope: 'scopes' } as const;

function readForm(form: HTMLFormElement): Filters {
  const checked = (name: string) =>
    [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((input) => input.value);
  const year = (name: string) => {
    const value = (form.elements.namedItem(name) as HTMLSelectElement | null)?.value;
    return value ? Number(value) : null;
  };
  const lists = Object.fromEntries(Object.entries(LISTS).map(([name, filter]) => [filter, checked(name)]));
  // The controller keeps only the values its vocabularies know: the form offers no others.
  return {
    ...(lists as Pick<Filters, (typeof LISTS)[keyof typeof LISTS]>),
    fromYear: year('from'),
    toYear: year('to'),
  };
}

function writeForm(form: HTMLFormElement, filters: Filters): void {
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const filter = LISTS[input.name as keyof typeof LISTS] as (typeof LISTS)[keyof typeof LISTS] | undefined;
    input.checked = filter !== undefined && (filters[filter] as readonly string[]).includes(input.value);
  }
  for (const [name, year] of [
    ['from', filters.fromYear],
    ['to', filters.toYear],
  ] as const) {
    const select = form.elements.namedItem(name) as HTMLSelectElement | null;
    if (select) select.value = year === null ? '' : String(year);
  }
}

/** The filter form drives the controller's filters; the count follows them (and the list, in ./chronology). */
export function connectFilters(element: TimelineHost, controller: TimelineController, signal: AbortSignal): void {
  const form = element.shellPart<HTMLFormElement>('filters');
  const status = element.shellPart('status');
  const read = () => {
    controller.setFilters(readForm(form));
  };
  form.addEventListener('change', read, { signal });
  form.addEventListener(
    'submit',
    (event) => {
      event.preventDefault();
    },
    { signal },
  );
  // The reset event fires before the fields are cleared: read them once they are.
  form.addEventListener(
    'reset',
    () =>
      setTimeout(() => {
        if (!signal.aborted) read();
      }),
    { signal },
  );
  controller.subscribe((change) => {
    if (!change.filters) return;
    if (change.origin === 'history') writeForm(form, controller.state.filters);
    const visible = controller.visible;
    const total = controller.items.length;
    status.textContent =
      visible.length === total
        ? words.timeline.showingAll(formatCount(total))
        : words.timeline.showingSome(formatCount(visible.length), formatCount(total));
  }, signal);
}
