import type { EventFrontmatter } from '../../schemas/event';

/** Reader-facing names of the schema's codes. */
export const KIND_LABELS: Record<EventFrontmatter['kind'], string> = {
  event: 'Event',
  anniversary: 'Anniversary',
  rotation: 'UN peacekeeping rotation',
};

/** The timeline's lanes, named as groups. */
export const LANE_LABELS: Record<EventFrontmatter['kind'], string> = {
  event: 'Events',
  anniversary: 'Anniversaries',
  rotation: 'UN peacekeeping rotations',
};

export const TYPE_LABELS: Record<EventFrontmatter['type'], string> = {
  'review-conference': 'Review conference',
  'border-exchange': 'Border defence friendship exchange',
  expo: 'Defence expo',
  'ministerial-meeting': 'Ministerial meeting',
  'officials-meeting': 'Senior officials’ meeting',
  chairmanship: 'Chairmanship',
  congress: 'Party congress',
  ceremony: 'Ceremony',
  commemoration: 'Commemoration',
  deployment: 'Deployment',
};

export const SCOPE_LABELS: Record<EventFrontmatter['scope'], string> = {
  bilateral: 'Bilateral',
  multilateral: 'Multilateral',
  national: 'National',
};

export const STATUS_LABELS: Record<EventFrontmatter['status'], string> = {
  held: 'Held',
  planned: 'Planned',
  reported: 'Reported (single source)',
};

export const SERIES_LABELS: Record<NonNullable<EventFrontmatter['rotation']>['series'], string> = {
  'level-2-field-hospital': 'Level-2 Field Hospital',
  'engineering-unit': 'Engineering Unit',
};
