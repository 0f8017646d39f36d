/**
 * The partners an entry may name: countries by their ISO 3166-1 alpha-2 code
 * (lower-case, as it appears in addresses), organisations and UN missions by
 * an id. Countries carry their Correlates of War code (Vietnam is 816), the key
 * the research datasets merge on.
 */

interface PartnerBase {
  en: string;
  vi: string;
}
export interface CountryPartner extends PartnerBase {
  kind: 'country';
  iso2: string;
  cow: number;
}
export interface OrganisationPartner extends PartnerBase {
  kind: 'organisation' | 'un-mission';
}
export type Partner = CountryPartner | OrganisationPartner;

const country = (iso2: string, cow: number, en: string, vi: string): CountryPartner => ({
  kind: 'country',
  iso2,
  cow,
  en,
  vi,
});
const organisation = (en: string, vi: string): OrganisationPartner => ({ kind: 'organisation', en, vi });
const mission = (en: string, vi: string): OrganisationPartner => ({ kind: 'un-mission', en, vi });

export const PARTNERS = {
  us: country('US', 2, 'United States', 'Hoa Kỳ'),
  cn: country('CN', 710, 'China', 'Trung Quốc'),
  ru: country('RU', 365, 'Russia', 'Liên bang Nga'),
  jp: country('JP', 740, 'Japan', 'Nhật Bản'),
  in: country('IN', 750, 'India', 'Ấn Độ'),
  au: country('AU', 900, 'Australia', 'Australia'),
  la: country('LA', 812, 'Laos', 'Lào'),
  kh: country('KH', 811, 'Cambodia', 'Campuchia'),
  fr: country('FR', 220, 'France', 'Pháp'),
  gb: country('GB', 200, 'United Kingdom', 'Vương quốc Anh'),
  kr: country('KR', 732, 'South Korea', 'Hàn Quốc'),
  ph: country('PH', 840, 'Philippines', 'Philippines'),
  id: country('ID', 850, 'Indonesia', 'Indonesia'),
  sg: country('SG', 830, 'Singapore', 'Singapore'),
  my: country('MY', 820, 'Malaysia', 'Malaysia'),
  th: country('TH', 800, 'Thailand', 'Thái Lan'),
  bn: country('BN', 835, 'Brunei', 'Brunei'),
  mm: country('MM', 775, 'Myanmar', 'Myanmar'),
  tl: country('TL', 860, 'Timor-Leste', 'Timor-Leste'),
  il: country('IL', 666, 'Israel', 'Israel'),
  by: country('BY', 370, 'Belarus', 'Belarus'),
  cu: country('CU', 40, 'Cuba', 'Cuba'),
  nz: country('NZ', 920, 'New Zealand', 'New Zealand'),
  asean: organisation('ASEAN', 'ASEAN'),
  arf: organisation('ASEAN Regional Forum', 'Diễn đàn Khu vực ASEAN'),
  eu: organisation('European Union', 'Liên minh châu Âu'),
  iiss: organisation('International Institute for Strategic Studies', 'Viện Nghiên cứu Chiến lược Quốc tế'),
  un: organisation('United Nations', 'Liên hợp quốc'),
  unmiss: mission('UN Mission in South Sudan (UNMISS)', 'Phái bộ Liên hợp quốc tại Nam Sudan (UNMISS)'),
  unisfa: mission(
    'UN Interim Security Force for Abyei (UNISFA)',
    'Lực lượng an ninh lâm thời Liên hợp quốc tại Abyei (UNISFA)',
  ),
  minusca: mission(
    'UN Mission in the Central African Republic (MINUSCA)',
    'Phái bộ Liên hợp quốc tại Cộng hòa Trung Phi (MINUSCA)',
  ),
} as const satisfies Record<string, Partner>;

export type PartnerId = keyof typeof PARTNERS;
export const PARTNER_IDS = Object.keys(PARTNERS) as [PartnerId, ...PartnerId[]];
