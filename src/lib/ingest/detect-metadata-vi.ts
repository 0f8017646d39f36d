import type { Format } from '../../schemas/vocabulary/types';
import { monthsOf, quarterOf, type Period } from './year-parts';

/**
 * The conventions of Vietnamese reporting, for detect-metadata.ts: "Ngày 25-1,
 * tại Hà Nội, Bộ Quốc phòng tổ chức Hội nghị…", "sáng 14/10", "từ ngày
 * 14-18/10", "6 tháng đầu năm 2022", "quý III/2019", "giai đoạn 2016-2021".
 */

/** A sentence about a meeting: only its dates can be the meeting's. */
export const VI_CONFERENCE = /[Hh]ội nghị|[Hh]ội thảo|[Hh]ội đàm|tổ chức|diễn ra|[Cc]uộc họp/u;

/** A day and month (and a year when the same phrase gives one): "Ngày 25-1", "sáng 14/10", "từ ngày 14-18/10/2022". */
export const VI_DAY =
  /(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)(?: nay)?,?(?: ngày)? (\d{1,2})(?:\s*[-–]\s*\d{1,2})?\s*[-/.]\s*(\d{1,2})(?:\s*[-/.]\s*(\d{4}))?/u;

/** "tại Hà Nội": where a meeting was held. */
export const VI_PLACE = /\btại ((?:\p{Lu}[\p{L}]*)(?: \p{Lu}[\p{L}]*)*)/u;

/** Sentences about what is still to come. */
export const VI_PLANS = /(?:sẽ|chuẩn bị|kế hoạch|dự kiến|sắp tới|thời gian tới)/u;

/** Sentences that date a document. */
export const VI_DOCUMENTS = /(?:Thông tư|Nghị định|Quyết định|Chỉ thị|Nghị quyết|Luật|ban hành|ký ngày)/u;

const QUARTERS: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** The periods a review covers, each with the months it means. */
export const VI_PERIODS: readonly [RegExp, (match: RegExpExecArray) => Period | undefined][] = [
  [/giai đoạn (\d{4})\s*[-–]\s*(\d{4})/u, (m) => (m[1] && m[2] ? { start: m[1], end: m[2] } : undefined)],
  [/(?:6|sáu) tháng đầu năm (\d{4})/u, (m) => (m[1] ? monthsOf(m[1], 1, 6) : undefined)],
  [/(?:9|chín) tháng (?:đầu )?năm (\d{4})/u, (m) => (m[1] ? monthsOf(m[1], 1, 9) : undefined)],
  [
    /quý (IV|I{1,3}|[1-4])(?:\/| năm )(\d{4})/u,
    (m) => {
      const quarter = QUARTERS[m[1] ?? ''];
      return quarter && m[2] ? quarterOf(m[2], quarter) : undefined;
    },
  ],
];

/** How a meeting was held, by the words that say so. */
export const VI_FORMATS: readonly [RegExp, Format][] = [
  [/trực tiếp kết hợp (?:với )?trực tuyến|trực tiếp và trực tuyến/u, 'hybrid'],
  [/trực tuyến/u, 'online'],
];

/** Letters that only Vietnamese writes: enough of them make a text Vietnamese. */
const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;

/** "vi" when the text is written in Vietnamese, else "en". */
export function detectLanguage(text: string): 'vi' | 'en' {
  return (text.match(VIETNAMESE_LETTERS)?.length ?? 0) >= 20 ? 'vi' : 'en';
}
