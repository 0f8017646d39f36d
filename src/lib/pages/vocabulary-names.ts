import { PARTNERS, type PartnerId } from '../../schemas/vocabulary/partners';
import { SERIES, type SeriesId } from '../../schemas/vocabulary/series';

/** The languages the vocabularies name things in. */
export type Language = 'en' | 'vi';

export function partnerName(id: PartnerId, language: Language = 'en'): string {
  return PARTNERS[id][language];
}

export function seriesName(id: SeriesId, language: Language = 'en'): string {
  return SERIES[id][language];
}
