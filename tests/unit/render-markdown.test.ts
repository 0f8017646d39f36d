import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/lib/markdown/render-markdown';

describe('summary Markdown', () => {
  it('renders ordinary Markdown', () => {
    expect(renderMarkdown('The *first* expo, at [Gia Lam](https://example.org/).')).toBe(
      '<p>The <em>first</em> expo, at <a href="https://example.org/">Gia Lam</a>.</p>',
    );
  });

  it('drops raw HTML, scripts and frames', () => {
    const html = renderMarkdown(
      'Hi <script>alert(1)</script><iframe src="https://evil.example"></iframe>\n\n<img src=x onerror=alert(1)>',
    );
    expect(html).not.toMatch(/<script|<iframe|onerror|<img/iu);
  });

  it('removes javascript: and data: links but keeps their text', () => {
    const html = renderMarkdown('[click](javascript:alert(1)) and [data](data:text/html;base64,PHNjcmlwdD4=)');
    expect(html).not.toMatch(/javascript:|data:/iu);
    expect(html).toContain('click');
  });
});
