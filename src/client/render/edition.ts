import { DEFAULT_LANG, isLang, wordsFor, type Lang } from '../../i18n/editions';

/**
 * The edition of the page the script runs in, from `<html lang>`: one script
 * serves every edition, and carries each edition's timeline words.
 */
const pageLang = document.documentElement.lang;
export const lang: Lang = isLang(pageLang) ? pageLang : DEFAULT_LANG;
export const words = wordsFor(lang);

let counts: Intl.NumberFormat | undefined;

/**
 * A count as the edition writes numbers ("1,234", "1.234"). One formatter for
 * the page: `toLocaleString` with a locale builds a new one at every call,
 * which cost the first frame tens of milliseconds on a phone.
 */
export function formatCount(count: number): string {
  counts ??= new Intl.NumberFormat(words.dates.locale);
  return counts.format(count);
}
