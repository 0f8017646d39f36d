import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/lib/ingest/clean-article';

describe('cleaning a raw article', () => {
  it('removes image markers and keeps the caption after each apart', () => {
    const raw =
      'leftcenterrightdel\nDelegates at the conference\n\nThe online event was held.\n\nleftcenterrightdel\nSr. Lt. Gen. Hoang Xuan Chien chairs the event.\n\nHe spoke.';
    const cleaned = cleanArticle(raw);
    expect(cleaned.paragraphs).toEqual(['The online event was held.', 'He spoke.']);
    expect(cleaned.captions).toEqual([
      'Delegates at the conference',
      'Sr. Lt. Gen. Hoang Xuan Chien chairs the event.',
    ]);
    expect(cleaned.removed.markers).toBe(2);
  });

  it('reads a page date stamp and keeps the photo caption on its line', () => {
    const cleaned = cleanArticle(
      ' date 2024-01-09 At a ceremony in South Sudan (Photo: vietnamhoinhap.vn)\n\nHanoi (VNA) – Text.',
    );
    expect(cleaned.pageDate).toBe('2024-01-09');
    expect(cleaned.captions).toEqual(['At a ceremony in South Sudan (Photo: vietnamhoinhap.vn)']);
    expect(cleaned.paragraphs).toEqual(['Hanoi (VNA) – Text.']);
  });

  it('takes the translator line out of the body', () => {
    const cleaned = cleanArticle('A paragraph.\n\nTranslated by Tran Hoai');
    expect(cleaned.translator).toBe('Tran Hoai');
    expect(cleaned.paragraphs).toEqual(['A paragraph.']);
  });

  it('treats a short line that does not end a sentence as a caption', () => {
    const cleaned = cleanArticle('First paragraph ends here.\nAn overview of the event\nSecond paragraph ends here.');
    expect(cleaned.captions).toEqual(['An overview of the event']);
    expect(cleaned.paragraphs).toHaveLength(2);
  });

  it('strips the wire service end marks "/." and "-VNA"', () => {
    expect(cleanArticle('They said./.').paragraphs).toEqual(['They said.']);
    expect(cleanArticle('In 2015-2018.-VNA').paragraphs).toEqual(['In 2015-2018.']);
    expect(cleanArticle('In 2015-2018.-VNA').removed.endMarks).toBe(1);
  });

  it('collapses runs of spaces inside lines but keeps the words as written', () => {
    expect(cleanArticle('Addressingthe   event,  he  spoke.').paragraphs).toEqual(['Addressingthe event, he spoke.']);
  });

  it('recognises a headline on the first line, a site’s tag, credits and page furniture, and keeps each out of the body', () => {
    const cleaned = cleanArticle(
      [
        'External defence relations reviewed',
        'VOV.VN - A conference was held in Hanoi on August 17.',
        'VNA',
        'The minister spoke.',
        'Mời quý độc giả theo dõi VOV.VN trên',
      ].join('\n\n'),
    );
    expect(cleaned.headline).toBe('External defence relations reviewed');
    expect(cleaned.siteTag).toBe('VOV.VN');
    expect(cleaned.credits).toEqual(['VNA']);
    expect(cleaned.furniture).toEqual(['Mời quý độc giả theo dõi VOV.VN trên']);
    expect(cleaned.paragraphs).toEqual(['A conference was held in Hanoi on August 17.', 'The minister spoke.']);
    expect(cleaned.captions).toEqual([]);
  });
});
