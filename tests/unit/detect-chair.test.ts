import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/lib/ingest/clean-article';
import { detectChair } from '../../src/lib/ingest/detect-chair';
import { detectMetadata } from '../../src/lib/ingest/detect-metadata';

describe('who chaired a meeting', () => {
  it('takes the chair from "chaired by", with post and rank apart from the name', () => {
    const found = detectChair(
      ['The event was chaired by Deputy Defense Ministrer Senior Lieutenant General Hoang Xuan Chien.'],
      'en',
    );
    expect(found?.value).toEqual({
      name: 'Hoang Xuan Chien',
      rank: 'Senior Lieutenant General',
      post: 'Deputy Defense Ministrer',
    });
  });

  it('takes the chair from "presided over"', () => {
    expect(detectChair(['Colonel Tran Van An presided over the meeting.'], 'en')?.value).toEqual({
      name: 'Tran Van An',
      rank: 'Colonel',
    });
  });

  it('does not make a chair of someone who is only quoted', () => {
    for (const sentence of [
      'Defence Minister General Ngo Xuan Lich said the work had gone well.',
      'According to Senior Colonel Vu Thanh Van, the work was effective.',
      'General Chien noted that units should do more.',
      '"Our cooperation has never been broader," said a visiting attaché.',
    ]) {
      expect(detectChair([sentence], 'en'), sentence).toBeUndefined();
    }
  });

  it('names no chair when the text does not name who chaired', () => {
    expect(detectChair(['The conference was chaired by a deputy minister.'], 'en')).toBeUndefined();
  });

  it('reads "chủ trì" in Vietnamese, and not "phát biểu", "cho biết" or "nói"', () => {
    expect(
      detectChair(['Hội nghị do Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng chủ trì.'], 'vi')?.value,
    ).toEqual({ name: 'Hoàng Xuân Chiến', rank: 'Thượng tướng', post: 'Thứ trưởng Bộ Quốc phòng' });
    for (const sentence of [
      'Thượng tướng Hoàng Xuân Chiến phát biểu tại hội nghị.',
      'Đại tá Vũ Thanh Vân cho biết công tác đạt kết quả tốt.',
      'Thượng tướng Hoàng Xuân Chiến nói các đơn vị cần chủ động.',
    ]) {
      expect(detectChair([sentence], 'vi'), sentence).toBeUndefined();
    }
  });

  it('never takes a reporter’s byline for a participant', () => {
    const cleaned = cleanArticle(
      'Hội nghị đánh giá công tác\n\nNgày 25-3, tại Hà Nội, Bộ Quốc phòng tổ chức Hội nghị.\n\nPhát biểu kết luận, người chủ trì đề nghị các đơn vị tiếp tục.\n\nNGUYỄN AN',
    );
    expect(cleaned.bylines).toEqual(['NGUYỄN AN']);
    expect(cleaned.paragraphs.join(' ')).not.toContain('NGUYỄN AN');
    expect(detectMetadata(cleaned.paragraphs, 'vi').chair).toBeUndefined();
  });
});
