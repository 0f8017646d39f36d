/** The site's name as BaseLayout writes it: the corporate author in citations. */
export const SITE_NAME = 'Vietnam’s defence diplomacy, 2015–2025';
