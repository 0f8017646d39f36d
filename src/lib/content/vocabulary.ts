// Transitional: the vocabularies now live in src/schemas/vocabulary/.
export { EVENT_KINDS, EVENT_SCOPES, EVENT_STATUSES, type EventKind, type EventScope } from '../../schemas/vocabulary/lanes';
export { EVENT_TYPES, type EventType } from '../../schemas/vocabulary/types';
export { ROTATION_SERIES } from '../../schemas/vocabulary/series';
