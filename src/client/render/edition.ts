import { countFormat } from '../../lib/count-format';
import { DEFAULT_LANG, isLang, wordsFor, type Lang } from '../../i18n/editions';

/**
 * The edition of the page the script runs in, from `<html lang>`: one script
 * serves every edition, and carries each edition's timeline words.
 */
const pageLang = document.documentElement.lang;
export const lang: Lang = isLang(pageLang) ? pageLang : DEFAULT_LANG;
export const words = wordsFor(lang);

/** A count as the edition writes numbers ("1,234", "1.234"): one formatter for the page. */
export const formatCount = countFormat(words.dates.locale);
