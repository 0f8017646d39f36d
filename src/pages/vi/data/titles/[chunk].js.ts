import type { APIRoute } from 'astro';
import { titleChunkPaths, titleChunkResponse } from '../../../../site/timeline-data';

export const getStaticPaths = titleChunkPaths;

/** A chunk of titles, when the timeline's data leaves them out (see src/lib/timeline/title-chunks.ts). */
export const GET = (({ params }) => titleChunkResponse('vi', String(params.chunk))) satisfies APIRoute;
