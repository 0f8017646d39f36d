import type { z } from 'astro/zod';
import type { DraftFrontmatter } from '../../schemas/draft';
import type { EventStatus } from '../../schemas/vocabulary/lanes';
import { SUPPORTS } from '../../schemas/vocabulary/types';
import type { Candidate } from './detect-candidates';
import { CONFERENCE_WORDS, DOCUMENT_DATES, PLANS, sentencesOf, type ArticleMetadata } from './detect-metadata';
import { VI_CONFERENCE, VI_DOCUMENTS, VI_PLANS } from './detect-metadata-vi';
import { draftDates } from './draft-dates';
import { partnersNamed, seriesNamed } from './match-vocabulary';
import { statedDates } from './stated-dates';

/**
 * Candidate timeline entries from an ingested article, for content/drafts/.
 * A draft states only what its quoted sentences say: the reported conference
 * (held), a conference the text plans, and each event the text names (an
 * exchange, an expo, an anniversary, a rotation, a meeting). Its title, when
 * it has one, is the text's own name for the event; nothing is written in
 * the curator's place (no summary, no Vietnamese text, no guessed field).
 */

type DraftInput = z.input<typeof DraftFrontmatter>;
type Support = (typeof SUPPORTS)[number];

export interface Draft {
  /** The file name, without .md. */
  id: string;
  data: DraftInput;
  /** What the text left unknown, for the ingest report. */
  unknown: string[];
}

export interface DraftArticle {
  sourceId: string;
  paragraphs: readonly string[];
  language: string;
  /** The publication date, when known: it gives a year to a day written without one. */
  published?: string;
  metadata: ArticleMetadata;
  candidates: readonly Candidate[];
}

interface Conventions {
  conference: RegExp;
  documents: RegExp;
  /** A plan that governs a meeting: "preparation for a conference", "sẽ … tổ chức hội nghị". */
  planned: RegExp;
  review: RegExp;
}

const PLANNED_NOUNS = String.raw`(?:conference|meeting|videoconference|(?:hold|organi[sz]e|convene) (?:a |an )?review)`;
const CONVENTIONS: Record<'en' | 'vi', Conventions> = {
  en: {
    conference: new RegExp(String.raw`\b${CONFERENCE_WORDS}\b`, 'iu'),
    documents: DOCUMENT_DATES,
    planned: new RegExp(String.raw`${PLANS.source}[^.;]{0,60}?\b${PLANNED_NOUNS}|\b(?:to|will) be held\b`, 'iu'),
    review: /\b(?:review\w*|evaluat\w*|look back)\b/iu,
  },
  vi: {
    conference: VI_CONFERENCE,
    documents: VI_DOCUMENTS,
    planned: new RegExp(String.raw`${VI_PLANS.source}[^.;]{0,60}?(?:[Hh]ội nghị|[Hh]ội thảo|[Cc]uộc họp)`, 'u'),
    review: /tổng kết|sơ kết|đánh giá/u,
  },
};

/** Words that ask for something still to be done: what they name is planned ("urged … activities to celebrate the 70th anniversary"). */
const DIRECTIVES = /\b(?:urg\w*|call(?:s|ed)? for|ask\w*|request\w*|direct(?:s|ed)?)\b/iu;

/** A year the sentence gives relative to its report: "next year", "năm sau". */
const RELATIVE_YEAR = /\b(?:next|last|this) year\b|năm (?:sau|tới|trước|nay)/iu;

/** Candidates that name an event of their own; dates and years alone do not. */
const NAMED_KINDS = new Set<Candidate['kind']>(['anniversary', 'rotation', 'exchange', 'expo', 'meeting']);

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '')
    .slice(0, 60)
    .replace(/-$/u, '');
}

/** Quotes, each sentence once, with everything it is cited for. */
class Citations {
  readonly #supports = new Map<string, Set<Support>>();
  add(sentence: string | undefined, ...supports: Support[]): void {
    if (sentence === undefined) return;
    const set = this.#supports.get(sentence) ?? new Set<Support>();
    for (const support of supports) set.add(support);
    this.#supports.set(sentence, set);
  }
  get sentences(): string[] {
    return [...this.#supports.keys()];
  }
  list(source: string) {
    return [...this.#supports].map(([quote, supports]) => ({
      source,
      quote,
      supports: SUPPORTS.filter((support) => supports.has(support)),
    }));
  }
}

function dated(sentence: string, article: DraftArticle, status: EventStatus, conventions: Conventions) {
  const stated = conventions.documents.test(sentence) ? undefined : statedDates(sentence, article.language)[0];
  const { unknown, ...dates } = draftDates(stated, article.published, status, RELATIVE_YEAR.exec(sentence)?.[0]);
  return { dates, unknown: unknown ? [`start: ${unknown}`] : stated ? [] : ['start: the sentence states no day'] };
}

/** The conference the article reports, from its sentences about it that plan nothing. */
function reportedConference(article: DraftArticle, sentences: readonly string[], conventions: Conventions) {
  const { metadata } = article;
  const event =
    metadata.conferenceDay?.evidence ??
    sentences.find(
      (s) => conventions.conference.test(s) && !conventions.planned.test(s) && !conventions.documents.test(s),
    );
  if (event === undefined) return undefined;
  const citations = new Citations();
  const { dates, unknown } = dated(event, article, 'held', conventions);
  citations.add(event, 'event', ...(dates.start ? (['start'] as const) : []), ...(dates.end ? (['end'] as const) : []));
  citations.add(metadata.conferencePlace?.evidence, 'place');
  citations.add(metadata.conferenceFormat?.evidence, 'event');
  citations.add(metadata.chair?.evidence, 'people');
  const chair = metadata.chair?.value;
  const data: DraftInput = {
    kind: 'event',
    ...(conventions.review.test(event) ? { type: 'review-conference' as const } : {}),
    ...dates,
    ...(metadata.conferencePlace ? { place: metadata.conferencePlace.value } : {}),
    status: 'held',
    ...(metadata.conferenceFormat ? { format: metadata.conferenceFormat.value } : {}),
    ...(chair
      ? {
          people: [
            {
              name: chair.name,
              ...(chair.rank ? { rank: chair.rank } : {}),
              role: chair.post ? `${chair.post}; chair` : 'chair',
            },
          ],
        }
      : {}),
    sources: citations.list(article.sourceId),
  };
  if (!metadata.conferencePlace) unknown.push('place: the text does not say where');
  if (!chair) unknown.push('people: the text names no chair');
  return { id: `${article.sourceId}-conference`, data, unknown };
}

/** A draft of one sentence: a planned conference, or an event the text names. */
function sentenceDraft(id: string, sentence: string, status: EventStatus, article: DraftArticle, title?: string) {
  const conventions = CONVENTIONS[article.language === 'vi' ? 'vi' : 'en'];
  const { dates, unknown } = dated(sentence, article, status, conventions);
  const name = title ?? '';
  const series = seriesNamed(name);
  const partners = partnersNamed(name);
  const supports: Support[] = [
    'event',
    ...(dates.start ? (['start'] as const) : []),
    ...(dates.end ? (['end'] as const) : []),
  ];
  if (series) supports.push('series');
  if (partners.length > 0) supports.push('partners');
  const data: DraftInput = {
    ...(title ? { title } : {}),
    kind: 'event',
    ...(conventions.review.test(sentence) && status === 'planned' ? { type: 'review-conference' as const } : {}),
    ...dates,
    ...(partners.length > 0 ? { partners } : {}),
    status,
    ...(series ? { series } : {}),
    sources: [{ source: article.sourceId, quote: sentence, supports: SUPPORTS.filter((s) => supports.includes(s)) }],
  };
  return { id, data, unknown };
}

export function draftEvents(article: DraftArticle): Draft[] {
  const conventions = CONVENTIONS[article.language === 'vi' ? 'vi' : 'en'];
  const sentences = article.paragraphs.flatMap(sentencesOf);
  const drafts: Draft[] = [];
  const conference = reportedConference(article, sentences, conventions);
  if (conference) drafts.push(conference);
  const plans = sentences.filter((s) => conventions.planned.test(s));
  plans.forEach((sentence, index) => {
    const id = `${article.sourceId}-planned-conference${index > 0 ? `-${index + 1}` : ''}`;
    drafts.push(sentenceDraft(id, sentence, 'planned', article));
  });
  const named = new Map<string, Candidate>();
  for (const candidate of article.candidates) {
    if (NAMED_KINDS.has(candidate.kind) && !named.has(candidate.text)) named.set(candidate.text, candidate);
  }
  for (const { text, sentence } of named.values()) {
    const before = sentence.slice(0, sentence.indexOf(text));
    const planned = conventions.planned.test(sentence) || PLANS.test(before) || DIRECTIVES.test(before);
    const status = planned ? 'planned' : 'held';
    drafts.push(sentenceDraft(`${article.sourceId}-${slug(text)}`, sentence, status, article, text));
  }
  const seen = new Map<string, number>();
  return drafts.map((draft) => {
    const count = (seen.get(draft.id) ?? 0) + 1;
    seen.set(draft.id, count);
    return count === 1 ? draft : { ...draft, id: `${draft.id}-${count}` };
  });
}
