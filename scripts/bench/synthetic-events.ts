/**
 * Synthetic timeline entries for benchmarks, in the real event format: all
 * kinds, types, precisions and ranges, over 2015–2025 with dense years.
 * Deterministic: the same count always gives the same entries.
 */
import { EVENT_SCOPES, type EventKind } from '../../src/schemas/vocabulary/lanes';
import { EVENT_TYPES } from '../../src/schemas/vocabulary/types';
import { compareChronologically } from '../../src/lib/dates/chronological-order';
import type { TimelineDatum } from '../../src/lib/timeline/timeline-item';

/** A small seeded generator (mulberry32), so runs are comparable. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const YEARS = 11;
/** 2020 (ASEAN chair) and 2024 (anniversaries) are three times as busy. */
const YEAR_WEIGHTS = [1, 1, 1, 1, 1, 3, 1, 1, 1, 3, 1];
const PLACES = ['Hanoi', 'Ho Chi Minh City', 'Da Nang', 'Lao Cai', 'Abyei', 'Bentiu', 'Online'];
const PARTNERS = ['cn', 'la', 'kh', 'asean', 'in', 'jp', 'un'] as const;
/** Every seventh entry belongs to one of these series (chosen without drawing a random number, so that the rest stay as seeded). */
const SERIES = ['shangri-la-dialogue', 'admm', 'vietnam-china-border-exchange'] as const;

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function pickYear(random: () => number): number {
  const total = YEAR_WEIGHTS.reduce((a, b) => a + b, 0);
  let r = random() * total;
  for (let i = 0; i < YEAR_WEIGHTS.length; i += 1) {
    r -= YEAR_WEIGHTS[i] ?? 0;
    if (r <= 0) return 2015 + i;
  }
  return 2015 + YEARS - 1;
}

export function syntheticEvents(count: number, seed = 2015): TimelineDatum[] {
  const random = seededRandom(seed + count);
  const events: TimelineDatum[] = [];
  for (let i = 0; i < count; i += 1) {
    const r = random();
    const kind: EventKind = r < 0.6 ? 'event' : r < 0.75 ? 'anniversary' : 'rotation';
    const year = pickYear(random);
    const dayOfYear = Math.floor(random() * 365);
    const startMs = Math.min(Date.UTC(year, 0, 1) + dayOfYear * DAY, Date.UTC(2025, 11, 31));
    const p = random();
    let start = iso(startMs);
    let end: string | null = null;
    if (kind === 'rotation') {
      // A deployment of about a year, sometimes with its return known only to the month.
      const back = Math.min(startMs + (300 + Math.floor(random() * 200)) * DAY, Date.UTC(2025, 11, 31));
      end = p < 0.8 ? iso(back) : iso(back).slice(0, 7);
      if (end.slice(0, 7) < start.slice(0, 7)) end = null;
    } else if (p < 0.12) {
      start = start.slice(0, 7);
    } else if (p < 0.16) {
      start = start.slice(0, 4);
    } else if (p < 0.3) {
      end = iso(Math.min(startMs + (1 + Math.floor(random() * 3)) * DAY, Date.UTC(2025, 11, 31)));
    }
    const type =
      kind === 'rotation'
        ? 'peacekeeping-deployment'
        : kind === 'anniversary'
          ? 'anniversary'
          : EVENT_TYPES[Math.floor(random() * EVENT_TYPES.length)];
    events.push({
      id: `synthetic-${String(i).padStart(6, '0')}`,
      title: `${kind === 'rotation' ? 'Rotation' : 'Entry'} ${i}: ${PLACES[i % PLACES.length]} ${type?.replace(/-/gu, ' ')}`,
      kind,
      type: type ?? 'multilateral-meeting',
      scope: EVENT_SCOPES[Math.floor(random() * EVENT_SCOPES.length)] ?? 'national',
      partners: random() < 0.5 ? [PARTNERS[Math.floor(random() * PARTNERS.length)] ?? 'asean'] : [],
      series: i % 7 === 0 ? (SERIES[i % SERIES.length] ?? null) : null,
      number: i % 7 === 0 ? Math.floor(i / 7) + 1 : null,
      start,
      end,
      inferred: random() < 0.05,
    });
  }
  // The site publishes its entries in date order; so does this.
  return events.sort(compareChronologically);
}
