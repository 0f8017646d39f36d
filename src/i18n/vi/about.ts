import type { UiCatalogue } from '../en/catalogue';

/** Headings and labels of the about page; its explanatory prose is the page's own. */
export const about: UiCatalogue['about'] = {
  title: 'Giới thiệu dòng thời gian',
  description: (years: string) =>
    `Dòng thời gian ngoại giao quốc phòng Việt Nam ${years}: những gì được đưa vào và để ngoài, cách dẫn nguồn và kiểm chứng từng mục, các trường của tệp dữ liệu và cách trích dẫn.`,
  covers: 'Phạm vi bao quát',
  types: 'Loại hình:',
  leavesOut: 'Những gì không đưa vào',
  undated: 'Những gì không xác định được thời gian.',
  outsideYears: (first: number, last: number) => `Những gì diễn ra trước năm ${first} hoặc sau năm ${last}.`,
  unsupported: 'Những gì nguồn không xác nhận.',
  sourcing: 'Cách dẫn nguồn và kiểm chứng các mục',
  seeds: 'Bài gốc và bảng dữ kiện',
  quotesChecked: 'Trích dẫn được kiểm tra tự động khi dựng trang',
  precision: 'Độ chính xác của ngày tháng',
  inferred: 'Ngày tháng suy luận',
  corrections: 'Đính chính các bài gốc',
  data: 'Tải dữ liệu',
  eventFields: 'Các trường của mỗi sự kiện',
  sourceFields: 'Các trường của mỗi nguồn',
  offline: 'Dùng ngoại tuyến',
  embed: 'Nhúng dòng thời gian',
  embedTitle: (siteName: string) => `Dòng thời gian: ${siteName}`,
  cite: 'Cách trích dẫn',
};

/** The about page's account of coverage: entries per year, rows left out, what was not found. */
export const coverage: UiCatalogue['coverage'] = {
  heading: 'Mức độ bao quát theo từng năm',
  intro:
    'Số mục bắt đầu trong từng năm. Chỗ trống trong dữ liệu là chỗ trống của các nguồn tìm được, chưa hẳn là chỗ trống trong hoạt động của Việt Nam.',
  caption: 'Số mục theo năm',
  leftOut: 'Các dòng của bảng dữ kiện không được đưa vào, và lý do',
  /** Why a row was left out, in the order they are listed. */
  reasons: {
    'outside-range': 'Nằm ngoài giai đoạn 2015–2025',
    duplicate: 'Trùng sự kiện với một dòng khác: một mục bao gồm cả hai',
    background: 'Thông tin nền, không phải sự kiện có ngày cụ thể (số liệu cộng dồn, một dòng tiểu sử)',
    unverified: 'Chưa được kiểm chứng: bảng dữ kiện hoặc lần kiểm tra thứ hai không xác nhận được',
    'not-an-event': 'Có ngày tháng nhưng không ứng với sự kiện nào',
  },
  leftOutNote: (count: number) =>
    `Các mục được biên soạn từ những bảng dữ kiện đã kiểm chứng. Mỗi dòng trong đó hoặc đã thành một mục, hoặc được liệt kê ở đây kèm lý do (${count} dòng).`,
  notFoundHeading: 'Những gì đã tìm nhưng không thấy',
  notFoundNote: (count: number) =>
    `${count} nội dung: ngày tháng, văn kiện và cuộc gặp không được nguồn nào tìm thấy xác nhận. Chúng không có trên dòng thời gian.`,
  notFound: (count: number) => `Không tìm thấy (${count})`,
};

/** The data dictionary's table. */
export const dictionary: UiCatalogue['dictionary'] = {
  field: 'Trường',
  type: 'Kiểu',
  description: 'Mô tả',
  presence: {
    always: '',
    nullable: ' hoặc null',
    optional: '; có thể không có',
  },
  /** A field's JSON type in words. */
  types: {
    string: 'chuỗi',
    edtfDate: 'chuỗi (ngày tháng EDTF)',
    url: 'chuỗi (URL)',
    integer: 'số nguyên',
    number: 'số',
    /** A value of a long vocabulary, with its size and first few values. */
    code: (count: number, examples: string) => `một trong ${count} mã (${examples}, …)`,
    oneOf: (values: string) => `một trong các giá trị ${values}`,
    or: ' hoặc ',
    arrayOf: (element: string) => `mảng ${element}`,
    arrayOfObjects: 'mảng đối tượng',
    arrayOfCodes: (count: number, examples: string) => `mảng mã, trong số ${count} mã (${examples}, …)`,
  },
};
