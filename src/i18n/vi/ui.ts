import type { UiCatalogue } from '../en/catalogue';
import { about, coverage, dictionary } from './about';
import { analysis } from './analysis';
import { cite, entry, precision } from './entry';
import { layout } from './layout';
import { home, partners, search, series, years } from './lists';
import { source } from './source';
import { timelineShell } from './timeline-shell';
import { dataset, vocabulary } from './vocabulary';

/**
 * The words of the server-rendered pages of the Vietnamese edition, by page
 * or component, in the same shape as the English edition's (../en/ui.ts).
 */
export const ui: UiCatalogue = {
  layout,
  home,
  years,
  partners,
  series,
  search,
  entry,
  precision,
  cite,
  source,
  about,
  analysis,
  vocabulary,
  dataset,
  timelineShell,
  coverage,
  dictionary,
};
