import { EVENT_KINDS, EVENT_SCOPES } from '../../schemas/vocabulary/lanes';
import { EVENT_TYPES } from '../../schemas/vocabulary/types';
import { PARTNERS } from '../../schemas/vocabulary/partners';
import { SERIES } from '../../schemas/vocabulary/series';
import { en } from '../../i18n/en';
import type { TimelineDatum } from './timeline-item';

interface FilterOption {
  value: string;
  label: string;
  count: number;
}

export interface FilterOptions {
  kind: FilterOption[];
  type: FilterOption[];
  partner: FilterOption[];
  series: FilterOption[];
  scope: FilterOption[];
  years: number[];
}

function options(values: readonly string[], present: string[], label: (value: string) => string): FilterOption[] {
  return values
    .map((value) => ({ value, label: label(value), count: present.filter((p) => p === value).length }))
    .filter((option) => option.count > 0);
}

/** A vocabulary's name for an id, or the id itself when it has none. */
const nameIn =
  (vocabulary: Readonly<Record<string, { en: string }>>) =>
  (id: string): string =>
    vocabulary[id]?.en ?? id;

/** The values found in `values`, in the alphabetical order of their names. */
const byName = (values: readonly string[], name: (value: string) => string) =>
  [...new Set(values)].sort((a, b) => name(a).localeCompare(name(b), 'en'));

/** The filter choices that the content offers, each with how many entries it matches. */
export function filterOptions(data: readonly TimelineDatum[], firstYear: number, lastYear: number): FilterOptions {
  const partnerName = nameIn(PARTNERS);
  const seriesName = nameIn(SERIES);
  const partners = data.flatMap((d) => d.partners);
  const series = data.flatMap((d) => d.series ?? []);
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  return {
    kind: options(
      EVENT_KINDS,
      data.map((d) => d.kind),
      (v) => en.kinds[v as keyof typeof en.kinds],
    ),
    type: options(
      EVENT_TYPES,
      data.map((d) => d.type),
      (v) => en.types[v as keyof typeof en.types],
    ),
    partner: options(byName(partners, partnerName), partners, partnerName),
    series: options(byName(series, seriesName), series, seriesName),
    scope: options(
      EVENT_SCOPES,
      data.map((d) => d.scope),
      (v) => en.scopes[v as keyof typeof en.scopes],
    ),
    years,
  };
}
