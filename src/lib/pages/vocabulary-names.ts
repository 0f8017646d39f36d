import { DEFAULT_LANG, type Lang } from '../../i18n/editions';
import { PARTNERS, type PartnerId } from '../../schemas/vocabulary/partners';
import { SERIES, type SeriesId } from '../../schemas/vocabulary/series';

/** Every edition's language is one the vocabularies name things in. */
export function partnerName(id: PartnerId, lang: Lang = DEFAULT_LANG): string {
  return PARTNERS[id][lang];
}

export function seriesName(id: SeriesId, lang: Lang = DEFAULT_LANG): string {
  return SERIES[id][lang];
}
