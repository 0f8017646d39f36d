import type { UiCatalogue } from '../en/catalogue';

/** Words of the frame around every page: skip link, navigation, footer, the embed and the offline copy. */
export const layout: UiCatalogue['layout'] = {
  skipLink: 'Chuyển đến nội dung chính',
  /** This edition's language, named in itself: the other edition's switch links here with it. */
  languageName: 'Tiếng Việt',
  /** The label of the switch between editions. */
  languages: 'Ngôn ngữ',
  nav: {
    label: 'Điều hướng trang',
    timeline: 'Dòng thời gian',
    partners: 'Đối tác',
    series: 'Chuỗi sự kiện',
    search: 'Tìm kiếm',
    analysis: 'Phân tích',
    about: 'Giới thiệu',
    data: 'Dữ liệu',
  },
  /** The footer's words, around its links to the data and the licence. */
  footer: {
    lead: 'Mỗi mục đều dẫn văn bản làm căn cứ. Dữ liệu: ',
    licence: '. Văn bản và dữ liệu được cấp phép theo ',
    maintainedBy: (maintainer: string) => `; do ${maintainer} duy trì.`,
    /** "Phiên bản dữ liệu 1.0.0, cập nhật ngày 28 tháng 11 năm 2026: " before the link to the changes. */
    version: (version: string, updated: string) => `Phiên bản dữ liệu ${version}, cập nhật ${updated}: `,
    changes: 'các thay đổi',
  },
  /** A page title after the page's own: "Đối tác · Ngoại giao quốc phòng Việt Nam, 2015–2025". */
  pageTitle: (title: string, siteName: string) => `${title} · ${siteName}`,
  embed: {
    description:
      'Dòng thời gian có dẫn nguồn về ngoại giao quốc phòng Việt Nam giai đoạn 2015–2025, có thể nhúng vào trang khác.',
    openSite: 'Mở trang đầy đủ',
  },
  offline: {
    title: (siteName: string) => `${siteName} (bản ngoại tuyến)`,
    description:
      'Dòng thời gian có dẫn nguồn về ngoại giao quốc phòng Việt Nam giai đoạn 2015–2025, gói gọn trong một tệp dùng được khi không có mạng.',
    copyOf: 'Bản ngoại tuyến của dòng thời gian',
    at: 'tại',
    contents: (entries: number, sources: number) =>
      `: ${entries} mục và ${sources} nguồn trong một tệp duy nhất, mở thẳng từ ổ đĩa, không cần máy chủ hay kết nối mạng.`,
    inThisFile: 'Trong tệp này',
    chronology: 'Biên niên',
    sources: 'Nguồn',
    article: 'Bài báo',
    reference: 'Tài liệu tham chiếu',
    published: (date: string) => `đăng ${date}`,
    quotedBy: 'được trích trong',
    latestEntry: (date: string) => `Mục mới nhất: ${date}.`,
  },
};
