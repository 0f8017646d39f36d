// Transitional: reader-facing names now live in the catalogue, src/i18n/en.ts.
import { en } from '../../i18n/en';

export const KIND_LABELS = en.kinds;
export const LANE_LABELS = en.lanes;
export const TYPE_LABELS = en.types;
export const SCOPE_LABELS = en.scopes;
export const STATUS_LABELS = en.statuses;
