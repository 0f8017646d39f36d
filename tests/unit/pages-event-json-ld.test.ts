import { describe, expect, it } from 'vitest';
import { eventJsonLd, serializeJsonLd } from '../../src/lib/pages/event-json-ld';

const INPUT = {
  title: '2nd Vietnam International Defence Expo',
  start: '2024-12-19',
  end: '2024-12-22',
  place: 'Gia Lam Airport, Hanoi',
  status: 'held' as const,
  description: 'The second expo.',
  url: 'https://timeline.example.org/events/defence-expo-2024/',
};

describe('event JSON-LD', () => {
  it('describes an entry as a schema.org Event with its EDTF dates as ISO 8601 dates', () => {
    expect(eventJsonLd(INPUT)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: '2nd Vietnam International Defence Expo',
      startDate: '2024-12-19',
      endDate: '2024-12-22',
      location: { '@type': 'Place', name: 'Gia Lam Airport, Hanoi' },
      description: 'The second expo.',
      eventStatus: 'https://schema.org/EventScheduled',
      url: 'https://timeline.example.org/events/defence-expo-2024/',
    });
  });

  it('leaves out endDate when there is no end, and keeps partial dates as they are', () => {
    const ld = eventJsonLd({ ...INPUT, start: '2023-07', end: null });
    expect(ld).not.toHaveProperty('endDate');
    expect(ld.startDate).toBe('2023-07');
  });

  it('serialises so that content cannot close the script element, and parses back to the same value', () => {
    const ld = eventJsonLd({ ...INPUT, title: '</script><script>alert(1)</script>', description: '<!-- & -->' });
    const json = serializeJsonLd(ld);
    expect(json).not.toMatch(/[<>&]/u);
    expect(json.toLowerCase()).not.toContain('</script');
    expect(JSON.parse(json)).toEqual(ld);
  });

  it('escapes the line and paragraph separators that older JavaScript parsers reject', () => {
    const json = serializeJsonLd({ text: 'a\u2028b\u2029c' });
    expect(json).toBe('{"text":"a\\u2028b\\u2029c"}');
    expect(JSON.parse(json)).toEqual({ text: 'a\u2028b\u2029c' });
  });
});
