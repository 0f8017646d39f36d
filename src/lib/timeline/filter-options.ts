import { EVENT_KINDS, EVENT_SCOPES } from '../../schemas/vocabulary/lanes';
import { EVENT_TYPES } from '../../schemas/vocabulary/types';
import { PARTNERS } from '../../schemas/vocabulary/partners';
import { SERIES } from '../../schemas/vocabulary/series';
import { wordsFor, type Lang } from '../../i18n/editions';
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
  (vocabulary: Readonly<Record<string, { en: string; vi: string }>>, lang: Lang) =>
  (id: string): string =>
    vocabulary[id]?.[lang] ?? id;

/** The values found in `values`, in the alphabetical order of their names. */
const byName = (values: readonly string[], name: (value: string) => string, lang: Lang) =>
  [...new Set(values)].sort((a, b) => name(a).localeCompare(name(b), lang));

/** The filter choices that the content offers, each with how many entries it matches. */
export function filterOptions(
  data: readonly TimelineDatum[],
  firstYear: number,
  lastYear: number,
  lang: Lang,
): FilterOptions {
  const words = wordsFor(lang);
  const partnerName = nameIn(PARTNERS, lang);
  const seriesName = nameIn(SERIES, lang);
  const partners = data.flatMap((d) => d.partners);
  const series = data.flatMap((d) => d.series ?? []);
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  return {
    kind: options(
      EVENT_KINDS,
      data.map((d) => d.kind),
      (v) => words.kinds[v as keyof typeof words.kinds],
    ),
    type: options(
      EVENT_TYPES,
      data.map((d) => d.type),
      (v) => words.types[v as keyof typeof words.types],
    ),
    partner: options(byName(partners, partnerName, lang), partners, partnerName),
    series: options(byName(series, seriesName, lang), series, seriesName),
    scope: options(
      EVENT_SCOPES,
      data.map((d) => d.scope),
      (v) => words.scopes[v as keyof typeof words.scopes],
    ),
    years,
  };
}
