import type { UiCatalogue } from '../en/catalogue';

/** Words of the pages that list entries: home, years, partners, series and search. */
export const home: UiCatalogue['home'] = {
  description:
    'Biên niên có dẫn nguồn về ngoại giao quốc phòng Việt Nam từ năm 2015 đến năm 2025: hội nghị tổng kết, giao lưu biên giới, triển lãm, các hội nghị quốc phòng ASEAN, lễ kỷ niệm và các đợt luân phiên gìn giữ hòa bình Liên hợp quốc.',
  lede: (count: number) =>
    `${count} mục — hội nghị, giao lưu biên giới, triển lãm, hội nghị quốc phòng ASEAN, lễ kỷ niệm và các đợt luân phiên gìn giữ hòa bình Liên hợp quốc — mỗi mục đều dẫn văn bản làm căn cứ.`,
  chronology: 'Biên niên',
  yearPages: 'Trang của từng năm trình bày mọi mục, kèm tóm tắt và các đoạn trích từ nguồn:',
  byYear: 'Biên niên theo năm',
};

export const years: UiCatalogue['years'] = {
  title: (year: number) => `Năm ${year}: biên niên`,
  description: (year: number, count: number) =>
    `Ngoại giao quốc phòng Việt Nam năm ${year}: ${count} mục, mỗi mục có tóm tắt và trích dẫn nguồn làm căn cứ.`,
  lede: (count: number, year: number) =>
    `${count} mục bắt đầu trong năm ${year}, xếp theo thứ tự thời gian, mỗi mục kèm các đoạn trích nguồn làm căn cứ.`,
  index: 'Các năm',
};

export const partners: UiCatalogue['partners'] = {
  title: 'Đối tác',
  description:
    'Ngoại giao quốc phòng Việt Nam theo từng đối tác, 2015–2025: số mục của mỗi quốc gia, tổ chức và phái bộ Liên hợp quốc qua từng năm, mỗi đối tác có trang riêng.',
  lede: (partnerCount: number, withPartner: number, total: number) =>
    `${partnerCount} đối tác — quốc gia, tổ chức và phái bộ Liên hợp quốc — xuất hiện trong ${withPartner} trên tổng số ${total} mục. Bảng đếm số mục của từng đối tác theo năm bắt đầu; mục có nhiều đối tác được tính cho mỗi đối tác. Các con số phản ánh mức độ hoạt động được ghi nhận trong nguồn, không phản ánh mức độ ảnh hưởng.`,
  caption: 'Số mục theo đối tác và năm',
  partner: 'Đối tác',
  all: 'Tất cả',
  /** A partner's own page. */
  pageTitle: (name: string) => `Việt Nam và ${name}`,
  pageDescription: (name: string, count: number) =>
    `Ngoại giao quốc phòng Việt Nam với ${name}, 2015–2025: ${count} mục có dẫn nguồn, trên dòng thời gian và trong biên niên.`,
  pageLede: (count: number, name: string) => `${count} mục với ${name}`,
  pageLedeEnd: ', mỗi mục đều dẫn văn bản làm căn cứ.',
  pageCaption: (name: string) => `Số mục với ${name} theo năm`,
  chronology: 'Biên niên',
};

export const series: UiCatalogue['series'] = {
  title: 'Chuỗi sự kiện',
  description:
    'Các chuỗi sự kiện định kỳ trong ngoại giao quốc phòng Việt Nam, 2015–2025: giao lưu hữu nghị quốc phòng biên giới, hội nghị quốc phòng ASEAN, các cuộc đối thoại, hội nghị tổng kết và các đợt luân phiên gìn giữ hòa bình Liên hợp quốc, theo thứ tự và kèm những chỗ còn thiếu.',
  lede: (count: number) =>
    `${count} chuỗi sự kiện định kỳ. Trang của mỗi chuỗi liệt kê các lần tổ chức theo thứ tự, kèm số thứ tự, ngày tháng và địa điểm, đồng thời chỉ ra những số thứ tự hoặc năm không tìm thấy mục nào.`,
  caption: 'Các chuỗi sự kiện và các mục',
  series: 'Chuỗi sự kiện',
  entries: 'Số mục',
  first: 'Đầu tiên',
  latest: 'Gần nhất',
  /** A series' own page. */
  pageDescription: (name: string, count: number) =>
    `${name}, 2015–2025: ${count} mục có dẫn nguồn theo thứ tự, kèm số thứ tự, ngày tháng, địa điểm và những chỗ còn thiếu.`,
  pageEntries: (count: number) => `${count} mục`,
  pageGaps: (gaps: number) => (gaps > 0 ? `, cùng ${gaps} chỗ trống không tìm thấy mục nào` : ''),
  with: 'Đối tác:',
  pageCaption: (name: string) => `${name} theo thứ tự`,
  number: 'Lần',
  date: 'Thời gian',
  entry: 'Mục',
  place: 'Địa điểm',
  gapNumbers: (count: number) => `Không tìm thấy mục nào cho ${count === 1 ? 'số thứ tự này' : 'các số thứ tự này'}.`,
  gapYear: 'Không tìm thấy mục nào cho năm này.',
  /** An entry's status after its title in a series' table, when it is not simply held: "(dự kiến)". */
  status: { held: 'đã diễn ra', planned: 'dự kiến', reported: 'được đưa tin' },
};

export const search: UiCatalogue['search'] = {
  title: 'Tìm kiếm',
  description: 'Tìm kiếm các mục và nguồn trong dòng thời gian ngoại giao quốc phòng Việt Nam.',
  label: 'Tìm trong các mục và nguồn',
  button: 'Tìm',
  noScript: 'Tính năng tìm kiếm chạy trong trình duyệt và cần JavaScript. Nếu không có JavaScript, trang ',
  chronology: 'biên niên',
  noScriptEnd: ' vẫn liệt kê đầy đủ các mục.',
  /** "Đang hiển thị 20/26 kết quả cho “Abyei”." */
  results: (shown: number, total: number, query: string) =>
    total === 0
      ? `Không có kết quả nào cho “${query}”.`
      : shown === total
        ? `${total} kết quả cho “${query}”.`
        : `Đang hiển thị ${shown}/${total} kết quả cho “${query}”.`,
  more: (count: number) => `Xem thêm ${count} kết quả`,
};
