/** Space kept between the arrow and the panel's rounded corners, px. */
const ARROW_INSET = 16;

/** Where the details panel goes under the drawing: its left edge, and where its arrow points up to the mark. */
export interface DetailsPlacement {
  /** Left edge of the panel, px from the left of the timeline. */
  left: number;
  /** The arrow's position, px from the panel's left edge; null when the mark is not drawn. */
  arrow: number | null;
}

/**
 * Puts the panel right under the drawing, below the opened entry's mark:
 * centred on it where the timeline has room, else against the nearer edge,
 * with its arrow still pointing up at the mark. A panel as wide as the
 * timeline (a phone) is never moved. It covers no mark, so the next one
 * can be clicked while it is open.
 */
export function placeDetails(markCentre: number | null, timelineWidth: number, panelWidth: number): DetailsPlacement {
  if (markCentre === null) return { left: 0, arrow: null };
  const room = Math.max(0, timelineWidth - panelWidth);
  const left = Math.round(Math.min(room, Math.max(0, markCentre - panelWidth / 2)));
  const arrow = Math.round(Math.min(panelWidth - ARROW_INSET, Math.max(ARROW_INSET, markCentre - left)));
  return { left, arrow };
}

/**
 * How far to scroll the page (px, positive is down) to bring a panel spanning
 * `top`–`bottom` of a window `height` tall into view: nothing when it is in
 * view; else its bottom into view, but never so far that its top, or the
 * mark it belongs to (`markTop`), leaves the window.
 */
export function scrollToReveal(top: number, bottom: number, height: number, margin: number, markTop = top): number {
  if (top >= 0 && bottom <= height) return 0;
  if (top < 0) return Math.round(top - margin);
  const keep = Math.min(top, Math.max(0, markTop));
  return Math.round(Math.min(bottom - height + margin, keep - margin));
}
