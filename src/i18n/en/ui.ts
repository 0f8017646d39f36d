import { about, coverage, dictionary } from './about';
import { analysis } from './analysis';
import { cite, entry, precision } from './entry';
import { layout } from './layout';
import { home, partners, search, series, years } from './lists';
import { source } from './source';
import { timelineShell } from './timeline-shell';
import { dataset, vocabulary } from './vocabulary';

/**
 * The words of the server-rendered pages of the English edition, by page or
 * component. They are kept apart from `en` (./shared.ts), which the timeline's
 * client script bundles: the script carries only the words it shows. Long
 * explanatory prose of the about page stays in the page, which each edition
 * writes as its own.
 */
export const ui = {
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
} as const;
