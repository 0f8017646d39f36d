import type { APIRoute } from 'astro';
import { detailsScript } from '../../../site/details-script';
import { yearPaths } from '../../../site/paths';

export const getStaticPaths = yearPaths;

export const GET = (({ params }) => detailsScript(Number(params.year), 'en')) satisfies APIRoute;
