import { yearOf } from '../../schemas/edtf';

/** Groups items (already in date order) by the year they start, keeping that order. */
export function groupByYear<T>(items: readonly T[], startOf: (item: T) => string): { year: number; items: T[] }[] {
  const groups: { year: number; items: T[] }[] = [];
  for (const item of items) {
    const year = yearOf(startOf(item));
    const last = groups.at(-1);
    if (last?.year === year) last.items.push(item);
    else groups.push({ year, items: [item] });
  }
  return groups;
}
