import type { APIRoute } from 'astro';
import { timelineDataResponse } from '../../../site/timeline-data';

/** The timeline's dataset in Vietnamese, as a classic script (see src/site/timeline-data.ts). */
export const GET = (() => timelineDataResponse('vi')) satisfies APIRoute;
