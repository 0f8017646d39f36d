import type { Filters, TimelineController } from '../../lib/timeline/controller';
import type { TimelineHost } from './host';

/** Arrow keys, as steps across the table's rows and columns. */
const STEPS: Record<string, [number, number]> = {
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
};

/** Whether the filters restrict partners or years, and if so whether they include this cell. */
function selects(filters: Filters, partner: string, year: number): boolean {
  const { partners, fromYear, toYear } = filters;
  if (!partners.length && fromYear === null && toYear === null) return false;
  return (
    (!partners.length || partners.includes(partner)) &&
    (fromYear === null || year >= fromYear) &&
    (toYear === null || year <= toYear)
  );
}

/**
 * The partner × year table: a cell filters the timeline to its partner and
 * year (again, and it shows all); the filters in force mark their cells. One
 * cell is in the tab order; the arrow keys move between cells with entries.
 */
export function connectPartnerYears(element: TimelineHost, controller: TimelineController, signal: AbortSignal): void {
  const table = element.querySelector<HTMLTableElement>('[data-part="partner-years"]');
  if (!table) return;
  const grid = [...(table.tBodies[0]?.rows ?? [])].map((row) =>
    [...row.cells].map((cell) => cell.querySelector<HTMLButtonElement>('button')),
  );
  const buttons = grid.flat().filter((button) => button !== null);
  const cellOf = (button: HTMLButtonElement) => ({
    partner: button.dataset['partner'] ?? '',
    year: Number(button.dataset['year']),
  });
  const makeTabStop = (button: HTMLButtonElement) => {
    for (const other of buttons) other.tabIndex = other === button ? 0 : -1;
  };
  if (buttons[0]) makeTabStop(buttons[0]);

  table.addEventListener(
    'click',
    (event) => {
      const button = (event.target as Element).closest('button');
      if (!button) return;
      makeTabStop(button);
      const { partner, year } = cellOf(button);
      const { filters } = controller.state;
      const only = filters.partners.length === 1 && filters.partners[0] === partner;
      const again = only && filters.fromYear === year && filters.toYear === year;
      controller.setFilters(
        again
          ? { ...filters, partners: [], fromYear: null, toYear: null }
          : { ...filters, partners: [partner], fromYear: year, toYear: year },
      );
    },
    { signal },
  );

  table.addEventListener(
    'keydown',
    (event) => {
      const step = STEPS[event.key];
      const from = (event.target as Element).closest('button');
      if (!step || !from) return;
      const row = grid.findIndex((cells) => cells.includes(from));
      let [r, c] = [row, grid[row]?.indexOf(from) ?? -1];
      // Walk in the arrow's direction to the next cell that has entries.
      for (;;) {
        [r, c] = [r + step[0], c + step[1]];
        const cells = grid[r];
        if (!cells || c < 0 || c >= cells.length) return;
        const next = cells[c];
        if (next) {
          event.preventDefault();
          makeTabStop(next);
          next.focus();
          return;
        }
      }
    },
    { signal },
  );

  controller.subscribe((change) => {
    if (!change.filters) return;
    for (const button of buttons) {
      const { partner, year } = cellOf(button);
      const pressed = String(selects(controller.state.filters, partner, year));
      if (button.getAttribute('aria-pressed') !== pressed) button.setAttribute('aria-pressed', pressed);
    }
  }, signal);
}
