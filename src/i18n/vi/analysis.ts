import type { UiCatalogue } from '../en/catalogue';

/** Words of the analysis page: its lede, headings, chart names and table headers. */
export const analysis: UiCatalogue['analysis'] = {
  title: 'Phân tích',
  lede: {
    start: (entries: number) => `Những gì ${entries} mục của bộ dữ liệu cho thấy khi được đếm. `,
    caveat: 'Số đếm phản ánh hoạt động được các nguồn ghi lại, không phản ánh mức độ ảnh hưởng',
    middle:
      ': một cuộc gặp được ba tờ báo đưa tin vẫn chỉ là một mục, và những gì các nguồn không đưa tin thì không có ở đây. Phần lớn nguồn là các hãng thông tấn và báo chí của chính Việt Nam (các cơ quan được trích dẫn nhiều nhất được liệt kê ở cuối trang), nên bức tranh này là bức tranh do báo chí Việt Nam vẽ nên. Mọi số liệu được tính khi dựng trang từ ',
    version: (version: string) => `, phiên bản ${version}.`,
  },
  description:
    'Các số liệu tính từ bộ dữ liệu ngoại giao quốc phòng Việt Nam 2015–2025: đối tác, loại hình, các chuyến thăm, những năm đại dịch, thỏa thuận, chuỗi sự kiện và chất lượng dữ liệu.',
  pandemicLead: (of2020: number, share: string, of2019: number) =>
    `Năm 2020 có ${of2020} mục, bằng ${share} so với ${of2019} mục của năm 2019.`,
  caveats: {
    partnerYear:
      'Một mục có nhiều đối tác được tính một lần cho mỗi đối tác; ASEAN và Liên hợp quốc được tính là đối tác như các quốc gia.',
    typeYear:
      'Mỗi mục có một loại hình; bảng mã (codebook) đối chiếu từng loại hình với phân loại của các bộ dữ liệu khác.',
    directions: 'Chỉ gồm các chuyến thăm cấp cao và lượt tàu thăm cảng mà nguồn nêu rõ chiều đi hay đến.',
    shares:
      'Tỷ lệ được tính trên các mục của năm có nêu ít nhất một quốc gia đối tác. Tỷ số lấy số mục nêu Trung Quốc chia cho số mục nêu Hoa Kỳ. Mức độ tập trung là chỉ số Herfindahl–Hirschman của số lần các quốc gia đối tác được nêu trong năm: gần 0 khi phân tán cho nhiều nước, bằng 1 khi mọi mục đều nêu cùng một nước.',
    pandemic: 'Hình thức chỉ được ghi khi nguồn nêu rõ; phần lớn các mục trước năm 2020 không có thông tin này.',
    agreements:
      'Các hiệp định, bản ghi nhớ và tuyên bố chung được ký kết, tức các mục thuộc loại hình “ký kết thỏa thuận”.',
  },
  gapNote:
    'Khoảng trống là một số thứ tự nằm giữa số đầu và số cuối tìm thấy mà không có mục nào: không tìm thấy trong các nguồn, chứ chưa hẳn là không diễn ra. Trang của mỗi chuỗi liệt kê các mục và khoảng trống theo thứ tự.',
  qualityLines: {
    entries: (entries: number, sources: number, version: string, updated: string) =>
      `${entries} mục trích dẫn ${sources} nguồn; dữ liệu phiên bản ${version}, cập nhật ${updated}.`,
    coverage: (first: string, last: string) => `Phạm vi: các mục bắt đầu từ ${first} đến ${last}.`,
    twoSources: (share: string, count: number) =>
      `${share} số mục (${count}) trích dẫn từ hai nguồn khác nhau trở lên.`,
    precision: (dayShare: string, day: number, month: number, year: number) =>
      `Ngày biết đến từng ngày: ${dayShare} (${day}); chỉ biết tháng: ${month}; chỉ biết năm: ${year}.`,
    inferred: (inferred: number, disagreements: number) =>
      `${inferred} mục có ngày được suy luận chứ không đọc trực tiếp từ nguồn, mỗi mục đều nêu lý do; ở ${disagreements} mục, các nguồn không thống nhất và mục đó ghi rõ điều này.`,
    official: (share: string, count: number) =>
      `${share} số mục (${count}) trích dẫn ít nhất một nguồn do cơ quan chính thức công bố: chính phủ, lực lượng vũ trang hoặc tổ chức liên chính phủ (phân loại theo địa chỉ trang, như bảng mã đã nêu).`,
  },
  table: 'Số liệu dạng bảng',
  data: 'Dữ liệu: ',
  partnerYear: 'Số mục theo đối tác và năm',
  partnerYearChart: (count: number) => `Số mục mỗi năm của ${count} đối tác có mặt trong nhiều mục nhất, 2015–2025.`,
  typeYear: 'Số mục theo loại hình và năm',
  typeYearChart: 'Số mục mỗi năm theo từng loại hình, 2015–2025.',
  directions: 'Chuyến thăm và tàu thăm cảng: đến Việt Nam và từ Việt Nam',
  directionsChart:
    'Số chuyến thăm và lượt tàu thăm cảng theo từng nước đối tác: bên trái là đến Việt Nam, bên phải là từ Việt Nam.',
  inbound: 'Đến Việt Nam',
  outbound: 'Từ Việt Nam',
  shares: 'Tỷ trọng của các đối tác lớn',
  sharesChart:
    'Theo từng năm, tỷ lệ các mục nêu tên Trung Quốc, Hoa Kỳ, Nga, Nhật Bản và Ấn Độ trong số các mục có nước đối tác.',
  chinaToUs: 'Tỷ số Trung Quốc/Hoa Kỳ',
  concentration: 'Mức độ tập trung (HHI)',
  pandemic: 'Những năm đại dịch',
  pandemicChart: 'Số mục mỗi năm từ 2018 đến 2022, theo hình thức tổ chức.',
  agreements: 'Số thỏa thuận được ký mỗi năm',
  agreementsChart: 'Số thỏa thuận được ký mỗi năm, 2015–2025.',
  series: 'Các chuỗi sự kiện đánh số so với chu kỳ tổ chức',
  seriesChart:
    'Từng chuỗi sự kiện có đánh số qua các năm: mỗi mục tìm được là một chấm ghi số, nối với nhau thành một mạch; với chuỗi tổ chức hằng năm, vòng tròn nét đứt đánh dấu những năm trong mạch không có mục nào.',
  quality: 'Chất lượng dữ liệu',
  partner: 'Đối tác',
  type: 'Loại hình',
  year: 'Năm',
  total: 'Tổng',
  numbers: 'Số thứ tự tìm thấy',
  gaps: 'Số thứ tự không có mục',
  cadence: 'Chu kỳ thông thường',
  notHeld: 'Dự kiến, chưa có tin đã diễn ra',
  cadences: { annual: 'Hằng năm', 'half-yearly': 'Hai lần mỗi năm', irregular: 'Không định kỳ' },
  unrecorded: 'Không ghi nhận',
  language: 'Ngôn ngữ',
  publisherKind: 'Loại cơ quan đăng tải',
  publisher: 'Cơ quan đăng tải',
  sources: 'Nguồn',
  percent: (share: number) => `${Math.round(share * 100)}%`,
  /** Vietnamese writes a decimal comma: "1,5". */
  ratio: (value: number | null) => (value === null ? '–' : value.toFixed(1).replace('.', ',')),
};
