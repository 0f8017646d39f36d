import type { APIRoute } from 'astro';
import { calendarResponse } from '../../site/feeds';

export const GET = (() => calendarResponse('en')) satisfies APIRoute;
