import type { Precision } from '../../schemas/edtf';
import type { EventKind, EventStatus } from '../../schemas/vocabulary/lanes';
import type { DIRECTIONS, FORMATS, LEVELS, ROLES } from '../../schemas/vocabulary/types';
import type { UiCatalogue } from '../en/catalogue';
import type { Words } from '../en/shared';

type Of<T extends readonly string[]> = T[number];

/** The words of the vocabularies that only the server-rendered pages and the data files show. */
export const vocabulary: UiCatalogue['vocabulary'] = {
  /** What each lane holds, in the about page's words. */
  laneDescriptions: {
    event:
      'các cuộc gặp, chuyến thăm, thỏa thuận, cuộc diễn tập và những dịp khác, mỗi mục được ghi ngày chính xác nhất mà nguồn cho phép',
    anniversary:
      'các ngày kỷ niệm được tổ chức trong những năm này; sự kiện được kỷ niệm có thể đã diễn ra từ rất lâu trước đó',
    rotation:
      'các đợt triển khai đơn vị của Việt Nam tới các phái bộ gìn giữ hòa bình Liên hợp quốc, được đánh số trong từng chuỗi',
  } satisfies Words<EventKind>,
  statuses: {
    held: 'Đã diễn ra',
    planned: 'Dự kiến',
    reported: 'Được đưa tin (một nguồn)',
  } satisfies Words<EventStatus>,
  directions: { inbound: 'Đến Việt Nam', outbound: 'Từ Việt Nam ra nước ngoài' } satisfies Words<Of<typeof DIRECTIONS>>,
  levels: {
    minister: 'Bộ trưởng',
    'deputy-minister': 'Thứ trưởng',
    'chief-of-general-staff': 'Tổng Tham mưu trưởng',
    'service-chief': 'Tư lệnh quân chủng',
    other: 'Cấp khác',
  } satisfies Words<Of<typeof LEVELS>>,
  roles: { host: 'Chủ nhà', chair: 'Chủ trì', participant: 'Tham dự', observer: 'Quan sát viên' } satisfies Words<
    Of<typeof ROLES>
  >,
  formats: {
    'in-person': 'Trực tiếp',
    online: 'Trực tuyến',
    hybrid: 'Kết hợp trực tiếp và trực tuyến',
  } satisfies Words<Of<typeof FORMATS>>,
};

const PRECISION_NAMES: Record<Precision, string> = { day: 'ngày', month: 'tháng', year: 'năm' };

/** Words the dataset itself carries (events.json and the files derived from it). */
export const dataset: UiCatalogue['dataset'] = {
  successorEnd: (successor: string) =>
    `Không nguồn nào nêu ngày kết thúc; lấy theo ngày bắt đầu của đợt luân phiên kế tiếp, ${successor}.`,
  feedDescription:
    'Các mục của dòng thời gian có dẫn nguồn về ngoại giao quốc phòng Việt Nam, 2015–2025, xếp theo ngày diễn ra.',
  calendarDescription:
    'Các mục có ngày tháng của dòng thời gian có dẫn nguồn về ngoại giao quốc phòng Việt Nam, 2015–2025.',
  startKnown: (precision: Precision) => `(chỉ biết ${PRECISION_NAMES[precision]}) `,
  endKnown: (precision: Precision) => `(ngày kết thúc chỉ biết ${PRECISION_NAMES[precision]}) `,
};
