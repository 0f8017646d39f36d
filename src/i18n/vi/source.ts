import type { UiCatalogue } from '../en/catalogue';

/** Words of a source's page and of its metadata table. */
export const source: UiCatalogue['source'] = {
  description: (isArticle: boolean, title: string, publisher: string) =>
    `${isArticle ? 'Toàn văn' : 'Đoạn trích'} “${title}” (${publisher}), có đánh dấu những đoạn được các mục trên dòng thời gian trích dẫn.`,
  publisherNotFound: 'không rõ cơ quan đăng tải',
  titleNotes: {
    headline: null,
    'url-slug':
      'Tiêu đề do chúng tôi đặt, dựng lại từ các từ trong địa chỉ trang (URL slug): không tìm thấy tiêu đề gốc.',
    assigned: 'Tiêu đề do chúng tôi đặt để mô tả nội dung văn bản: không tìm thấy tiêu đề gốc của nguồn.',
  },
  citedBy: 'Các mục dẫn nguồn này',
  notes: 'Ghi chú của người biên soạn',
  captions: 'Chú thích ảnh trên trang gốc',
  captionsNote:
    'Các chú thích này đi kèm ảnh trên trang gốc. Chúng được tách khỏi văn bản vì chỉ mô tả hình ảnh, thường là ảnh tư liệu, và không được dùng để xác định ngày tháng.',
  text: 'Văn bản',
  excerpt: 'Đoạn trích',
  textNote: 'Văn bản bài báo đã được làm sạch từ tệp gốc, mỗi khối là một đoạn.',
  excerptNote: 'Đoạn báo cáo mà dòng thời gian dựa vào, trích nguyên văn; dấu “…” đánh dấu phần lược bỏ.',
  highlighted:
    'Những đoạn được các mục trên dòng thời gian trích dẫn được tô sáng, mỗi đoạn kèm liên kết đến các mục đó.',
  quotedBy: 'Được trích trong:',
  unmatched: 'Các trích dẫn không tìm thấy trong văn bản này',
  metadata: {
    caption: 'Thông tin về nguồn',
    type: 'Loại',
    publisher: 'Cơ quan đăng tải',
    published: 'Ngày đăng',
    url: 'Địa chỉ (URL)',
    language: 'Ngôn ngữ',
    conferenceDate: 'Ngày hội nghị',
    conferencePlace: 'Địa điểm hội nghị',
    conferenceFormat: 'Hình thức hội nghị',
    period: 'Giai đoạn được tổng kết',
    translator: 'Người dịch',
    seed: 'Tệp gốc',
    dateInferred: 'Ngày suy luận:',
  },
  types: {
    article: 'Bài báo: toàn văn một bản tin',
    reference: 'Tài liệu tham chiếu: đoạn trích từ một báo cáo công khai',
  },
  /** A value the ingest marked `unknown`, in words for readers. */
  notFound: 'không tìm thấy',
};
