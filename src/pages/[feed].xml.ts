import type { APIRoute } from 'astro';
import { feedPaths, feedResponse } from '../site/feeds';

export const getStaticPaths = feedPaths;

export const GET = (() => feedResponse('en')) satisfies APIRoute;
