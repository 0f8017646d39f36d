import type { UiCatalogue } from '../en/catalogue';

/** Words of an entry's page: its facts, sections, citations and related entries. */
export const entry: UiCatalogue['entry'] = {
  facts: {
    date: 'Thời gian',
    kind: 'Nhóm',
    type: 'Loại hình',
    place: 'Địa điểm',
    partner: 'Đối tác',
    partners: 'Đối tác',
    series: 'Chuỗi sự kiện',
    seriesNumber: (n: number) => `, lần thứ ${n}`,
    scope: 'Phạm vi',
    status: 'Tình trạng',
    direction: 'Chiều',
    level: 'Cấp',
    levelOfVietnam: (level: string) => `Việt Nam: ${level}`,
    levelOfPartner: (level: string) => `đối tác: ${level}`,
    role: 'Vai trò của Việt Nam',
    format: 'Hình thức',
    anniversary: 'Kỷ niệm',
    /** The anniversary's count of years, as a plain number: "Kỷ niệm 75 năm:". */
    anniversaryOf: (years: number) => `Kỷ niệm ${years} năm:`,
    mission: 'Phái bộ Liên hợp quốc',
    servedAt: 'Địa bàn làm nhiệm vụ',
    dateInferred: 'Ngày suy luận',
    startInferred: 'Ngày bắt đầu suy luận',
    endInferred: 'Ngày kết thúc suy luận',
    disagreement: 'Các nguồn không thống nhất',
  },
  /** The short mark of an inferred date in a table, and its tooltip. */
  inferredMark: ' ≈',
  inferredTitle: 'suy luận',
  summary: 'Tóm tắt',
  people: 'Nhân vật',
  sources: 'Nguồn',
  related: 'Mục liên quan',
  cite: 'Trích dẫn mục này',
  readSource: 'Đọc nguồn',
  readInContext: (n: number) => `Đọc trong ngữ cảnh: đoạn ${n} của nguồn`,
  relatedEntries: {
    anniversaries: 'Các lần kỷ niệm khác của cùng sự kiện',
    inSeries: 'Trong chuỗi sự kiện:',
    previous: 'Mục trước',
    next: 'Mục sau',
    alsoCiting: 'Các mục khác cùng dẫn',
    more: (more: number) => `Còn ${more} mục khác: xem trang của nguồn`,
  },
};

/** What a date of each precision leaves unknown; a day-precise date needs no remark. */
export const precision: UiCatalogue['precision'] = {
  unknown: {
    day: null,
    month: 'biết tháng, không rõ ngày',
    year: 'biết năm, không rõ tháng và ngày',
  },
  start: (phrase: string) => `bắt đầu: ${phrase}`,
  end: (phrase: string) => `kết thúc: ${phrase}`,
  reasonNotGiven: 'không nêu lý do',
};

/** Words of citations and the boxes that give them. */
export const cite: UiCatalogue['cite'] = {
  plainText: 'Văn bản thuần',
  bibtex: 'BibTeX',
  /** What an entry is, in a citation. */
  entryMedium: 'Mục trên dòng thời gian',
  dated: (date: string) => `Thời gian: ${date}`,
  siteMedium: 'Dòng thời gian có dẫn nguồn',
  siteTitle: (siteName: string) => `${siteName}: dòng thời gian có dẫn nguồn.`,
};
