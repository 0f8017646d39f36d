import type { EventKind, EventScope } from '../../schemas/vocabulary/lanes';
import type { EventType } from '../../schemas/vocabulary/types';
import type { Catalogue } from '../en/catalogue';
import type { Words } from '../en/shared';

/**
 * The reader-facing words of the Vietnamese edition that the timeline's
 * client script shares with the pages (see ../en/shared.ts for what belongs here).
 * The words only the server-rendered pages use are in ./ui.ts.
 */
export const vi: Catalogue = {
  site: {
    name: 'Ngoại giao quốc phòng Việt Nam, 2015–2025',
  },
  /** An entry's lane, as a kind of entry. */
  kinds: {
    event: 'Sự kiện',
    anniversary: 'Ngày kỷ niệm',
    rotation: 'Đợt luân phiên gìn giữ hòa bình Liên hợp quốc',
  } satisfies Words<EventKind>,
  /** An entry's lane within a sentence: "…, đợt luân phiên gìn giữ hòa bình Liên hợp quốc." */
  kindsInSentence: {
    event: 'sự kiện',
    anniversary: 'ngày kỷ niệm',
    rotation: 'đợt luân phiên gìn giữ hòa bình Liên hợp quốc',
  } satisfies Words<EventKind>,
  /** The timeline's lanes, named as groups. */
  lanes: {
    event: 'Sự kiện',
    anniversary: 'Ngày kỷ niệm',
    rotation: 'Các đợt luân phiên gìn giữ hòa bình Liên hợp quốc',
  } satisfies Words<EventKind>,
  types: {
    'senior-visit': 'Chuyến thăm cấp cao',
    'sideline-talks': 'Hội đàm bên lề',
    'defence-dialogue': 'Đối thoại quốc phòng',
    'multilateral-meeting': 'Hội nghị đa phương',
    'agreement-signed': 'Ký kết thỏa thuận',
    'mechanism-established': 'Thiết lập cơ chế',
    exercise: 'Diễn tập',
    'joint-patrol': 'Tuần tra chung',
    'port-call': 'Tàu thăm cảng',
    'functional-exchange': 'Trao đổi chuyên ngành',
    'education-training': 'Giáo dục, đào tạo',
    'border-defence-exchange': 'Giao lưu hữu nghị quốc phòng biên giới',
    'attache-activity': 'Hoạt động tùy viên quốc phòng',
    'peacekeeping-deployment': 'Triển khai lực lượng gìn giữ hòa bình Liên hợp quốc',
    'peacekeeping-cooperation': 'Hợp tác gìn giữ hòa bình Liên hợp quốc',
    'war-legacies': 'Khắc phục hậu quả chiến tranh',
    'disaster-relief-sar': 'Cứu trợ thảm họa, tìm kiếm cứu nạn',
    'defence-industry-expo': 'Công nghiệp quốc phòng, triển lãm',
    'materiel-transfer': 'Chuyển giao trang bị',
    anniversary: 'Lễ kỷ niệm',
    'partnership-upgrade': 'Nâng cấp quan hệ đối tác',
    'review-conference': 'Hội nghị tổng kết/sơ kết',
    'policy-and-institutions': 'Chính sách và thể chế',
  } satisfies Words<EventType>,
  scopes: {
    bilateral: 'Song phương',
    multilateral: 'Đa phương',
    national: 'Trong nước',
  } satisfies Words<EventScope>,
  /**
   * How dates are written: the month names below (Intl's for `locale`, see the
   * English catalogue) and these shapes put them together: "ngày 9 tháng 1
   * năm 2024", "tháng 1/2024", "năm 2024".
   */
  dates: {
    locale: 'vi',
    /** A month inside a date: "tháng 1". */
    months: Array.from({ length: 12 }, (_, month) => `tháng ${String(month + 1)}`),
    /** A month on the axis, standing alone: "Tháng 9". */
    monthsShort: Array.from({ length: 12 }, (_, month) => `Tháng ${String(month + 1)}`),
    day: (day: string, month: string, year: string) => `ngày ${day} ${month} năm ${year}`,
    month: (month: string, year: string) => `${month}/${year}`,
    year: (year: string) => `năm ${year}`,
    /** "ngày 8–10 tháng 12 năm 2022" */
    dayRange: (first: string, last: string, month: string, year: string) =>
      `ngày ${first}–${last} ${month} năm ${year}`,
    dateRange: (start: string, end: string) => `${start} – ${end}`,
  },
  /** Words of the chronology lists. */
  chronology: {
    source: 'Nguồn',
    sources: 'Nguồn',
    /** After an entry's date in a list, when the date is reasoned rather than read. */
    dateInferred: '(ngày suy luận)',
    /** The button under a long chronology: "Xem thêm 500 mục (còn 1.200 mục chưa hiển thị)". */
    showMore: (count: string, left: string) => `Xem thêm ${count} mục (còn ${left} mục chưa hiển thị)`,
  },
  /** Words the timeline's script writes (its server-rendered shell's are ui.timelineShell). */
  timeline: {
    /** Put before the title of an entry whose date is inferred. */
    inferredMark: '≈ ',
    openEntry: 'Xem đầy đủ mục này',
    showingAll: (total: string) => `Đang hiển thị toàn bộ ${total} mục.`,
    showingSome: (count: string, total: string) => `Đang hiển thị ${count} trên tổng số ${total} mục.`,
    opened: (name: string) => `Đã mở ${name}`,
    /** Said when the filters hide the focused entry. */
    focusMoved: (hidden: string, to: string | null) =>
      to === null
        ? `Bộ lọc đã ẩn ${hidden}; không còn mục nào.`
        : `Bộ lọc đã ẩn ${hidden}; tiêu điểm chuyển sang ${to}.`,
    copied: 'Đã sao chép.',
    selectedToCopy: 'Đã chọn: nhấn Control+C (hoặc Command+C) để sao chép.',
    binnedLane: (lane: string, count: string) => `${lane} · ${count} mục trong khung nhìn, phóng to để xem từng mục`,
    /** A cluster of marks too close to tell apart: "4 mục sát nhau: phóng to để xem từng mục". */
    cluster: (count: string) => `${count} mục sát nhau: phóng to để xem từng mục`,
    /** The rows of entries that a grouping gives no row of their own, and of those with no partner or series. */
    otherRow: 'Khác',
    noneRow: { partner: 'Không có đối tác nước ngoài', series: 'Không thuộc chuỗi sự kiện nào' },
    /** Said when the rows change: "Xếp hàng theo đối tác." */
    regrouped: (grouping: string) => `Xếp hàng theo ${grouping}.`,
    /** An axis tick within a month: the month standing alone is capitalised ("Tháng 9"), so "5 tháng 9". */
    tickDay: (day: number, month: string) => `${day} ${month.toLowerCase()}`,
    /** The first tick of a zoomed-in axis, which names the year: "Tháng 9/2022", "5 tháng 9/2022". */
    tickWithYear: (tick: string, year: number) => `${tick}/${year}`,
    /** A mark's accessible name: "ngày 9 tháng 1 năm 2024, ngày suy luận: Tổng kết năm 2023. Hội nghị tổng kết/sơ kết, sự kiện." */
    markName: (date: string, inferred: boolean, title: string, type: string, lane: string) =>
      `${date}${inferred ? ', ngày suy luận' : ''}: ${title}. ${type}, ${lane}.`,
  },
};
