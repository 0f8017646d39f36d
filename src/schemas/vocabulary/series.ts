import type { PartnerId } from './partners';

/**
 * Recurring series. A numbered series is numbered by its sources (the 8th
 * exchange); an unnumbered one is ordered by date. `cadence` is the usual
 * interval the analyses compare each series against.
 */
export interface SeriesDefinition {
  en: string;
  vi: string;
  partners: readonly PartnerId[];
  numbered: boolean;
  cadence: 'annual' | 'half-yearly' | 'irregular';
}

const series = (
  en: string,
  vi: string,
  partners: readonly PartnerId[],
  numbered = true,
  cadence: SeriesDefinition['cadence'] = 'annual',
): SeriesDefinition => ({ en, vi, partners, numbered, cadence });

export const SERIES = {
  'vietnam-china-border-exchange': series(
    'Vietnam–China Border Defence Friendship Exchange',
    'Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Trung Quốc',
    ['cn'],
  ),
  'vietnam-laos-border-exchange': series(
    'Vietnam–Laos Border Defence Friendship Exchange',
    'Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Lào',
    ['la'],
    true,
    'irregular',
  ),
  'vietnam-cambodia-border-exchange': series(
    'Vietnam–Cambodia Border Defence Friendship Exchange',
    'Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Campuchia',
    ['kh'],
    true,
    'irregular',
  ),
  'vietnam-laos-cambodia-border-exchange': series(
    'Vietnam–Laos–Cambodia Border Defence Friendship Exchange',
    'Giao lưu hữu nghị quốc phòng biên giới Việt Nam – Lào – Campuchia',
    ['la', 'kh'],
    true,
    'irregular',
  ),
  admm: series('ASEAN Defence Ministers’ Meeting (ADMM)', 'Hội nghị Bộ trưởng Quốc phòng các nước ASEAN (ADMM)', [
    'asean',
  ]),
  'admm-plus': series(
    'ADMM-Plus',
    'Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng (ADMM+)',
    ['asean'],
    true,
    'irregular',
  ),
  'admm-retreat': series(
    'ADMM Retreat',
    'Hội nghị Bộ trưởng Quốc phòng các nước ASEAN hẹp (ADMM Retreat)',
    ['asean'],
    false,
  ),
  'shangri-la-dialogue': series('Shangri-La Dialogue', 'Đối thoại Shangri-La', ['iiss']),
  'mnd-review-conference': series(
    'Ministry of National Defence review conferences on defence diplomacy',
    'Hội nghị tổng kết, sơ kết công tác hội nhập quốc tế và đối ngoại quốc phòng',
    [],
    false,
    'half-yearly',
  ),
  'us-aircraft-carrier-visit': series(
    'US aircraft carrier visits to Vietnam',
    'Tàu sân bay Hoa Kỳ thăm Việt Nam',
    ['us'],
    true,
    'irregular',
  ),
  'vietnam-us-defence-policy-dialogue': series(
    'Vietnam–US Defence Policy Dialogue',
    'Đối thoại chính sách quốc phòng Việt Nam – Hoa Kỳ',
    ['us'],
  ),
  'vietnam-us-political-security-defence-dialogue': series(
    'Vietnam–US Political, Security and Defence Dialogue',
    'Đối thoại chính trị, an ninh và quốc phòng Việt Nam – Hoa Kỳ',
    ['us'],
  ),
  'vietnam-china-defence-strategy-dialogue': series(
    'Vietnam–China Defence Strategy Dialogue',
    'Đối thoại chiến lược quốc phòng Việt Nam – Trung Quốc',
    ['cn'],
  ),
  'vietnam-russia-strategic-defence-dialogue': series(
    'Vietnam–Russia Strategic Defence Dialogue',
    'Đối thoại chiến lược quốc phòng Việt Nam – Liên bang Nga',
    ['ru'],
  ),
  'vietnam-japan-defence-policy-dialogue': series(
    'Vietnam–Japan Defence Policy Dialogue',
    'Đối thoại chính sách quốc phòng Việt Nam – Nhật Bản',
    ['jp'],
  ),
  'vietnam-india-defence-policy-dialogue': series(
    'Vietnam–India Defence Policy Dialogue',
    'Đối thoại chính sách quốc phòng Việt Nam – Ấn Độ',
    ['in'],
  ),
  'vietnam-australia-defence-policy-dialogue': series(
    'Vietnam–Australia Defence Policy Dialogue',
    'Đối thoại chính sách quốc phòng Việt Nam – Australia',
    ['au'],
  ),
  'vietnam-uk-defence-policy-dialogue': series(
    'Vietnam–UK Defence Policy Dialogue',
    'Đối thoại chính sách quốc phòng Việt Nam – Vương quốc Anh',
    ['gb'],
  ),
  'vietnam-korea-defence-policy-dialogue': series(
    'Vietnam–South Korea Defence Policy Dialogue',
    'Đối thoại chính sách quốc phòng Việt Nam – Hàn Quốc',
    ['kr'],
  ),
  'vietnam-france-defence-policy-dialogue': series(
    'Vietnam–France Defence Policy Dialogue',
    'Đối thoại chính sách quốc phòng Việt Nam – Pháp',
    ['fr'],
  ),
  'vietnam-laos-defence-policy-dialogue': series(
    'Vietnam–Laos Defence Policy Dialogue',
    'Đối thoại chính sách quốc phòng Việt Nam – Lào',
    ['la'],
  ),
  'vietnam-cambodia-defence-policy-dialogue': series(
    'Vietnam–Cambodia Defence Policy Dialogue',
    'Đối thoại chính sách quốc phòng Việt Nam – Campuchia',
    ['kh'],
  ),
  'level-2-field-hospital': series('Level-2 Field Hospital rotations', 'Các lượt Bệnh viện dã chiến cấp 2', ['unmiss']),
  'engineering-unit': series('Engineering Unit rotations', 'Các lượt Đội Công binh', ['unisfa']),
  'vietnam-china-gulf-of-tonkin-joint-patrol': series(
    'Vietnam–China joint naval patrols in the Gulf of Tonkin',
    'Tuần tra liên hợp hải quân Việt Nam – Trung Quốc trong Vịnh Bắc Bộ',
    ['cn'],
    true,
    'half-yearly',
  ),
  'vietnam-australia-diplomatic-defence-strategic-dialogue': series(
    'Vietnam–Australia Diplomatic–Defence Strategic Dialogue',
    'Đối thoại chiến lược ngoại giao – quốc phòng Việt Nam – Australia',
    ['au'],
  ),
  'vietnam-singapore-defence-policy-dialogue': series(
    'Vietnam–Singapore Defence Policy Dialogue',
    'Đối thoại chính sách quốc phòng Việt Nam – Singapore',
    ['sg'],
  ),
} as const satisfies Record<string, SeriesDefinition>;

export type SeriesId = keyof typeof SERIES;
export const SERIES_IDS = Object.keys(SERIES) as [SeriesId, ...SeriesId[]];

/** The series whose entries are UN peacekeeping rotations, drawn in the rotations lane. */
export const ROTATION_SERIES = ['level-2-field-hospital', 'engineering-unit'] as const satisfies readonly SeriesId[];
