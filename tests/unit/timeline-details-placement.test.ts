import { describe, expect, it } from 'vitest';
import { placeDetails, scrollToReveal } from '../../src/lib/timeline/details-placement';

describe('the details panel’s place under the drawing', () => {
  it('is centred under the mark where the timeline has room, its arrow at the middle', () => {
    expect(placeDetails(600, 1200, 400)).toEqual({ left: 400, arrow: 200 });
  });

  it('stays inside the timeline near its edges, the arrow still under the mark', () => {
    expect(placeDetails(50, 1200, 400)).toEqual({ left: 0, arrow: 50 });
    expect(placeDetails(1180, 1200, 400)).toEqual({ left: 800, arrow: 380 });
  });

  it('keeps the arrow off the panel’s corners for a mark at the very edge', () => {
    expect(placeDetails(2, 1200, 400)).toEqual({ left: 0, arrow: 16 });
  });

  it('does not move a panel as wide as the timeline', () => {
    expect(placeDetails(300, 340, 340)).toEqual({ left: 0, arrow: 300 });
  });

  it('has no arrow when the mark is not drawn', () => {
    expect(placeDetails(null, 1200, 400)).toEqual({ left: 0, arrow: null });
  });
});

describe('the scroll that brings the opened details into view', () => {
  it('is none when the panel is in view', () => {
    expect(scrollToReveal(300, 700, 800, 16)).toBe(0);
  });

  it('brings a panel below the fold up until its bottom shows', () => {
    expect(scrollToReveal(900, 1200, 800, 16)).toBe(416);
  });

  it('stops with the top of a panel taller than the window at the top', () => {
    expect(scrollToReveal(900, 2000, 800, 16)).toBe(884);
  });

  it('brings a panel above the window down', () => {
    expect(scrollToReveal(-300, 100, 800, 16)).toBe(-316);
  });

  it('keeps the mark it belongs to in the window', () => {
    expect(scrollToReveal(600, 1100, 800, 16, 200)).toBe(184);
  });
});
