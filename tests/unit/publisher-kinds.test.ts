import { describe, expect, it } from 'vitest';
import { publisherKind } from '../../src/schemas/vocabulary/publishers';

describe('the kind of a source’s publisher', () => {
  it('is official under government and military domains, for intergovernmental bodies and the armed forces’ own press', () => {
    for (const url of [
      'https://www.defense.gov/News/Releases/1/',
      'https://mod.gov.vn/en/x',
      'https://www.mindef.gov.sg/news',
      'https://www.pacom.mil/Media/',
      'https://www.mod.go.jp/en/',
      'https://peacekeeping.un.org/en/x',
      'https://en.qdnd.vn/military/x',
      'http://eng.chinamil.com.cn/x',
    ]) {
      expect(publisherKind(url, false), url).toBe('official');
    }
  });

  it('is state media for news agencies and state broadcasters, other for the rest', () => {
    expect(publisherKind('https://en.vietnamplus.vn/x', false)).toBe('state-media');
    expect(publisherKind('https://english.vov.vn/x', false)).toBe('state-media');
    expect(publisherKind('https://thediplomat.com/x', false)).toBe('other');
    // Endings are matched as domains, not as text: "fun.org" is not the UN, "notqdnd.vn" not the army's paper.
    expect(publisherKind('https://fun.org/x', false)).toBe('other');
    expect(publisherKind('https://notqdnd.vn/x', false)).toBe('other');
  });

  it('is unknown without an address, or when the address is a mirror’s', () => {
    expect(publisherKind(null, false)).toBe('unknown');
    expect(publisherKind('https://en.qdnd.vn/x', true)).toBe('unknown');
  });
});
