import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** The site's own scripts, as a page may load or inline them. */
export interface OwnCode {
  /** Root-relative paths of the built .js files, e.g. /timeline.js. */
  scripts: string[];
  /** Their texts, for pages that inline a script (the single-file copy). */
  texts: string[];
  /** Root-relative paths of every built file, for images, stylesheets and icons. */
  files: string[];
}

export async function ownCode(dist: string): Promise<OwnCode> {
  const files = (await readdir(dist, { recursive: true })).map((file) => `/${file.split(path.sep).join('/')}`);
  const scripts = files.filter((file) => file.endsWith('.js'));
  const texts = await Promise.all(scripts.map((file) => readFile(path.join(dist, file), 'utf8')));
  return { scripts, texts: texts.map((text) => text.trim()), files };
}

/**
 * Parses `html` with the browser's own HTML parser (DOMParser runs no script),
 * or takes the page's live document when `html` is null, and lists everything in it that could run code or load something the site
 * did not build: scripts other than the site's own, frames, plugins, event
 * handler attributes, javascript:, vbscript: and data: URLs, images, base
 * elements, refreshes and stylesheets from elsewhere. Text that merely looks
 * like markup (escaped, or inside an attribute value) is not a problem.
 */
export function activeContent(page: Page, html: string | null, own: OwnCode): Promise<string[]> {
  return page.evaluate(
    ({ html, own }) => {
      const problems: string[] = [];
      // null: the page's live document, as the browser parsed it with scripting on and the scripts changed it.
      const doc = html === null ? document : new DOMParser().parseFromString(html, 'text/html');
      // Template contents are a separate fragment, which querySelectorAll does not enter.
      const roots: ParentNode[] = [doc, ...[...doc.querySelectorAll('template')].map((t) => t.content)];
      const all = (selector: string) => roots.flatMap((root) => [...root.querySelectorAll(selector)]);
      const describe = (el: Element) => el.outerHTML.slice(0, 160);
      const isOwnFile = (url: string) =>
        url.startsWith('/') && !url.startsWith('//') && own.files.includes(url.split(/[?#]/u)[0] ?? '');

      for (const el of all('script')) {
        const type = (el.getAttribute('type') ?? '').trim().toLowerCase();
        const text = el.textContent.trim();
        if (type === 'application/json' || type === 'application/ld+json') {
          try {
            JSON.parse(text);
          } catch {
            problems.push(`a ${type} script that is not JSON: ${describe(el)}`);
          }
          continue;
        }
        if (!['', 'module', 'text/javascript'].includes(type)) {
          problems.push(`a script of type "${type}": ${describe(el)}`);
          continue;
        }
        const src = el.getAttribute('src');
        if (src !== null) {
          const ownScript =
            src.startsWith('/') && !src.startsWith('//') && own.scripts.includes(src.split(/[?#]/u)[0] ?? '');
          if (!ownScript || text !== '') problems.push(`a script that is not the site's own: ${describe(el)}`);
        } else if (!own.texts.includes(text)) {
          problems.push(`an inline script that is not the site's own bundle: ${describe(el)}`);
        }
      }

      for (const el of all('iframe, frame, frameset, object, embed, applet, portal, base[href]'))
        problems.push(`a <${el.localName}> element: ${describe(el)}`);
      for (const el of all('meta[http-equiv]')) {
        if (el.getAttribute('http-equiv')?.toLowerCase() !== 'content-security-policy')
          problems.push(`a meta http-equiv="${el.getAttribute('http-equiv')}": ${describe(el)}`);
      }
      for (const el of all('img, image, video, audio, source, track, input[type="image"]')) {
        const src = el.getAttribute('src') ?? el.getAttribute('href') ?? el.getAttribute('xlink:href') ?? '';
        if (!isOwnFile(src))
          problems.push(`an element <${el.localName}> that is not one of the site's files: ${describe(el)}`);
      }
      for (const el of all('link[href]')) {
        const rel = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/u);
        const loads = ['stylesheet', 'icon', 'preload', 'modulepreload', 'prefetch', 'preconnect', 'dns-prefetch'];
        if (rel.some((r) => loads.includes(r)) && !isOwnFile(el.getAttribute('href') ?? ''))
          problems.push(`a link that loads something from elsewhere: ${describe(el)}`);
      }

      const urlAttributes = [
        'href',
        'src',
        'action',
        'formaction',
        'xlink:href',
        'srcset',
        'poster',
        'data',
        'background',
        'cite',
        'ping',
        'srcdoc',
      ];
      for (const el of all('*')) {
        for (const attribute of el.attributes) {
          const name = attribute.name.toLowerCase();
          if (name.startsWith('on')) problems.push(`an event-handler attribute ${name}: ${describe(el)}`);
          if (name === 'srcdoc') problems.push(`a srcdoc attribute: ${describe(el)}`);
          if (urlAttributes.includes(name)) {
            // Browsers ignore control characters and whitespace in a URL's scheme.
            const value = Array.from(attribute.value)
              .filter((char) => char.charCodeAt(0) > 0x20)
              .join('')
              .toLowerCase();
            if (/^(?:javascript|vbscript|data):/u.test(value))
              problems.push(`a ${value.split(':')[0]}: URL in ${name}: ${describe(el)}`);
          }
        }
      }
      return problems;
    },
    { html, own },
  );
}
