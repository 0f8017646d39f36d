import type { APIRoute } from 'astro';
import { timelineDataResponse } from '../../site/timeline-data';

/** The timeline's dataset as a classic script (see src/site/timeline-data.ts). */
export const GET = (() => timelineDataResponse('en')) satisfies APIRoute;
