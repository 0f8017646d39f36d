import type { UiCatalogue } from './en/catalogue';
import type { Lang } from './editions';
import { ui as en } from './en/ui';
import { ui as vi } from './vi/ui';

const UI: Record<Lang, UiCatalogue> = { en, vi };

/** The words of the server-rendered pages, in one edition (never bundled for the client). */
export function uiFor(lang: Lang): UiCatalogue {
  return UI[lang];
}
