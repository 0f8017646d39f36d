/**
 * How a source's publisher is classified, from the address it was read at:
 * the data-quality figures count entries with an official source by it. The
 * classification is ours, by the rules below, and the codebook prints them.
 */
export const PUBLISHER_KINDS = ['official', 'state-media', 'other', 'unknown'] as const;
export type PublisherKind = (typeof PUBLISHER_KINDS)[number];

export const PUBLISHER_KIND_MEANINGS: Record<PublisherKind, string> = {
  official:
    'A government, ministry, armed force or intergovernmental body publishing in its own name: an address under a government or military domain, or one of the armed forces’ own papers, broadcasters and portals listed in the codebook.',
  'state-media':
    'A state news agency, state broadcaster or party or state newspaper listed in the codebook (not the defence establishment itself).',
  other: 'Any other publisher: commercial and foreign media, press-release services, blogs, research outlets.',
  unknown: 'No address, or the address of a mirror or aggregator, which says nothing of the original publisher.',
};

/** Domain endings that only governments, armed forces and intergovernmental bodies publish under. */
const OFFICIAL_SUFFIXES = [
  '.gov',
  '.mil',
  '.gov.vn',
  '.gov.sg',
  '.gov.au',
  '.gov.uk',
  '.gov.in',
  '.gov.cn',
  '.go.jp',
  '.go.kr',
  '.gc.ca',
] as const;

/** Intergovernmental bodies, the armed forces' own papers, broadcasters and portals, and the government's paper, by domain. */
const OFFICIAL_DOMAINS = [
  'un.org',
  'asean.org',
  'qdnd.vn',
  'qpvn.vn',
  'tapchiqptd.vn',
  'quankhu2.vn',
  'chinamil.com.cn',
  'chinhphu.vn',
  'baochinhphu.vn',
] as const;

/** State news agencies, broadcasters and party or state newspapers, by domain. */
const STATE_MEDIA_DOMAINS = [
  'vietnamplus.vn',
  'vnanet.vn',
  'vietnamnews.vn',
  'vov.vn',
  'vovworld.vn',
  'vtv.vn',
  'nhandan.vn',
  'tapchicongsan.org.vn',
  'cand.com.vn',
  'people.cn',
  'cri.cn',
  'xinhuanet.com',
] as const;

/** The rules the codebook prints: each domain (with its subdomains) or ending, and the kind it gives. */
export const PUBLISHER_RULES: readonly { match: string; kind: PublisherKind }[] = [
  ...OFFICIAL_SUFFIXES.map((match) => ({ match: `*${match}`, kind: 'official' as const })),
  ...OFFICIAL_DOMAINS.map((match) => ({ match, kind: 'official' as const })),
  ...STATE_MEDIA_DOMAINS.map((match) => ({ match, kind: 'state-media' as const })),
];

/** Whether `host` is `domain` or one of its subdomains. */
const under = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/** The kind of publisher an address belongs to; a mirror's address says nothing of the original. */
export function publisherKind(url: string | null, mirrored: boolean): PublisherKind {
  if (url === null || mirrored) return 'unknown';
  const host = new URL(url).hostname.toLowerCase();
  if (OFFICIAL_SUFFIXES.some((suffix) => host.endsWith(suffix))) return 'official';
  if (OFFICIAL_DOMAINS.some((domain) => under(host, domain))) return 'official';
  if (STATE_MEDIA_DOMAINS.some((domain) => under(host, domain))) return 'state-media';
  return 'other';
}
