/** The view changes every library is put through, and the settling rule between them. */

const DAY = 86_400_000;
const SCOPE: [number, number] = [Date.UTC(2015, 0, 1), Date.UTC(2026, 0, 1)];

/**
 * After each view change the benchmark waits at least this long (past our URL write, 150 ms after
 * the view rests) and until the page runs no animation (document.getAnimations()), then two frames;
 * all main-thread work in that time is the step's cost.
 */
export const SETTLE_MS = 200;
/** A step still animating after this long is measured as it stands. */
export const SETTLE_CAP_MS = 3000;

export interface Step {
  kind: 'zoom-in' | 'pan' | 'zoom-out';
  window: [number, number];
}

/** Zoom from the whole range to a month, pan across every year at that zoom, and zoom back out: 81 windows. */
export function viewSteps(): Step[] {
  const steps: Step[] = [];
  const centre = Date.UTC(2020, 5, 15);
  const full = SCOPE[1] - SCOPE[0];
  const month = 30 * DAY;
  const zoomSpan = (i: number) => full * Math.pow(month / full, i / 20);
  for (let i = 1; i <= 20; i += 1) {
    const span = zoomSpan(i);
    steps.push({ kind: 'zoom-in', window: [centre - span / 2, centre + span / 2] });
  }
  for (let i = 0; i <= 40; i += 1) {
    const start = SCOPE[0] + ((SCOPE[1] - month - SCOPE[0]) * i) / 40;
    steps.push({ kind: 'pan', window: [start, start + month] });
  }
  for (let i = 19; i >= 0; i -= 1) {
    const span = zoomSpan(i);
    const middle = SCOPE[1] - month / 2;
    const start = Math.max(SCOPE[0], Math.min(middle - span / 2, SCOPE[1] - span));
    steps.push({ kind: 'zoom-out', window: [start, start + span] });
  }
  return steps;
}

export const LIBRARIES = ['ours', 'vis-timeline', 'vis-timeline (cluster)', 'timelinejs'] as const;
export type Library = (typeof LIBRARIES)[number];

/** One library on one dataset, over several runs (a warm-up run before them discarded). */
export interface CaseResult {
  entries: number;
  library: Library;
  runs: number;
  status: 'ok' | 'timeout' | 'error';
  note?: string;
  /** The page measured. */
  page: string;
  /** From the timeline's own script (ours: its data script) starting to its first frame drawn. */
  firstRenderMs?: number;
  firstRenderRange?: [number, number];
  /** From navigation to that frame. */
  loadMs?: number;
  frameMedianMs?: number;
  frameMedianRange?: [number, number];
  frameP95Ms?: number;
  frameP95Range?: [number, number];
  /** View changes completed in each run (81 when the run finished within the limit). */
  frames?: number;
  heapMb?: number;
}

export interface SiteResult {
  entries: number;
  pages: number;
  seconds: number;
  msPerEntry: number;
  /** The home page and everything it requested until the network was idle, gzip -9. */
  homeTransferGzipBytes?: number;
  homeRequests?: number;
  distBytes: number;
  status: 'ok' | 'error';
  note?: string;
}

export interface PhoneResult {
  entries: number;
  runs: number;
  cpuThrottling: number;
  viewport: string;
  firstRenderMs?: number;
  firstRenderRange?: [number, number];
  clickToDetailsMs?: number;
  clickToDetailsRange?: [number, number];
  status: 'ok' | 'error';
  note?: string;
}

export interface Results {
  machine: string;
  date: string;
  limitSeconds: number;
  runs: number;
  settleMs: number;
  cases: CaseResult[];
  sites: SiteResult[];
  phone?: PhoneResult;
}

export const quantile = (values: readonly number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};

export const range = (values: readonly number[]): [number, number] => [Math.min(...values), Math.max(...values)];
