// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TimelineDatum } from '../../src/lib/timeline/timeline-item';
import { datum as makeDatum } from '../helpers/timeline-data';
import { CHRONOLOGY_STEP } from '../../src/lib/timeline/chronology-page';
import { ITEMS_GLOBAL, dataIslandJson } from '../../src/lib/timeline/data-globals';
import { packTimeline } from '../../src/lib/timeline/packed-data';

const datum = (id: string, start: string, kind: TimelineDatum['kind'] = 'event') =>
  makeDatum(id, start, { kind, title: `Title ${id}` });

const DATA = [
  datum('first', '2016-03-01'),
  datum('second', '2018-06-15', 'rotation'),
  datum('third', '2020-01-10'),
  datum('fourth', '2024-11-20', 'anniversary'),
];

/** The shell Timeline.astro renders, reduced to the parts the element needs. */
const SHELL = `
<defence-timeline data-items="timeline-data" data-first-year="2015" data-last-year="2025" data-base="/" data-list="list">
  <div data-part="enhanced" hidden>
    <form data-part="filters"><input type="checkbox" name="kind" value="rotation"></form>
    <button type="button" data-action="zoom-in">+</button>
    <div data-part="viewport"><svg data-part="axis"></svg>
      <div data-part="lanes"></div><canvas data-part="canvas"></canvas><div data-part="clusters"></div><div data-part="items"></div><div data-part="preview" hidden></div>
    </div>
    <span data-row-name="kind:event">Events</span><select data-part="group"><option value="kind">lane</option><option value="partner">partner</option></select>
    <section data-part="details" hidden><button data-part="close">×</button><div data-part="details-body"></div></section>
    <p data-part="status"></p><p data-part="announcer"></p>
  </div>
  <script type="application/json" id="timeline-data">${dataIslandJson(DATA)}</script>
</defence-timeline>
<ol id="list">${DATA.map((d) => `<li data-entry id="${d.id}"><h3 class="entry-heading">${d.title}</h3></li>`).join('')}</ol>`;

const observers: { disconnected: boolean }[] = [];
const schemes: EventTarget[] = [];

beforeAll(async () => {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      disconnected = false;
      constructor() {
        observers.push(this);
      }
      observe() {}
      disconnect() {
        this.disconnected = true;
      }
    },
  );
  vi.stubGlobal('matchMedia', () => {
    const scheme = Object.assign(new EventTarget(), { matches: false });
    schemes.push(scheme);
    return scheme;
  });
  // jsdom has no 2D canvas: labels are measured by the rough fallback.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  await import('../../src/client/defence-timeline');
});

afterEach(() => {
  document.body.replaceChildren();
  history.replaceState(null, '', '/');
});

/** The element as connected, before the tasks that draw it have run. */
function connect(shell = SHELL): HTMLElement {
  const template = document.createElement('template');
  template.innerHTML = shell;
  const viewport = template.content.querySelector('[data-part="viewport"]') as HTMLElement;
  Object.defineProperty(viewport, 'clientWidth', { value: 1100 });
  document.body.append(template.content);
  return document.querySelector('defence-timeline') as HTMLElement;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/** The element once its first frame is drawn, a few tasks after it is connected. */
async function mount(shell = SHELL): Promise<HTMLElement> {
  const element = connect(shell);
  for (let task = 0; task < 10 && element.dataset['ready'] !== 'true'; task += 1) await nextTask();
  return element;
}

const part = (element: HTMLElement, name: string) => element.querySelector(`[data-part="${name}"]`) as HTMLElement;
const key = (element: HTMLElement, name: string) =>
  part(element, 'viewport').dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));

describe('the <defence-timeline> element in jsdom', () => {
  it('draws in the tasks after the one that connects it, the shell hidden until its first frame', async () => {
    const element = connect();
    expect(part(element, 'enhanced').hidden).toBe(true);
    expect(element.querySelectorAll('.tl-item')).toHaveLength(0);
    await nextTask();
    expect(part(element, 'enhanced').hidden).toBe(true);
    expect(element.querySelectorAll('.tl-item')).toHaveLength(0);
    await nextTask();
    expect(part(element, 'enhanced').hidden).toBe(false);
    expect(element.querySelectorAll('.tl-item')).toHaveLength(DATA.length);
    expect(element.dataset['ready']).toBe('true');
  });

  it('runs none of its later tasks when it leaves the page before them', async () => {
    const element = connect();
    element.remove();
    await nextTask();
    await nextTask();
    await nextTask();
    expect(part(element, 'enhanced').hidden).toBe(true);
    expect(element.querySelectorAll('.tl-item')).toHaveLength(0);
    expect(element.dataset['ready']).toBeUndefined();
  });

  it('draws a mark per entry, the layout’s sizes set on itself as custom properties', async () => {
    const element = await mount();
    expect(element.dataset['ready']).toBe('true');
    expect([...element.querySelectorAll('.tl-item')].map((mark) => mark.getAttribute('data-id'))).toEqual(
      DATA.map((d) => d.id),
    );
    expect(element.style.getPropertyValue('--tl-row-height')).toBe('30px');
    expect(part(element, 'status').textContent).toBe('Showing all 4 entries.');
  });

  it('moves focus by arrow keys and opens the focused entry’s details from the URL’s history', async () => {
    const element = await mount();
    key(element, 'ArrowRight');
    key(element, 'ArrowRight');
    expect((document.activeElement as HTMLElement | null)?.dataset['id']).toBe('second');
    history.pushState(null, '', '/?item=third');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(part(element, 'details').hidden).toBe(false);
    expect(part(element, 'details-body').querySelector('h2')?.textContent).toBe('Title third');
  });

  it('moves keyboard focus to the nearest entry, and says so, when going back to filters that hide the focused one', async () => {
    const element = await mount();
    key(element, 'ArrowRight');
    key(element, 'ArrowRight');
    expect((document.activeElement as HTMLElement | null)?.dataset['id']).toBe('second');
    history.pushState(null, '', '/?kind=event');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect((document.activeElement as HTMLElement | null)?.dataset['id']).toBe('third');
    expect(element.querySelector('.tl-item[data-id="second"]')).toBeNull();
    // The live region is written on the next frame, so that a repeated message is spoken again.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(part(element, 'announcer').textContent).toBe('The filters hide Title second; focus moved to Title third.');
  });

  it('releases every listener and observer when it leaves the page', async () => {
    const element = await mount();
    const observed = observers.length;
    const shown = () => (element as unknown as { window: [number, number] }).window;
    const before = shown();
    element.remove();
    expect(observers.slice(0, observed).every((observer) => observer.disconnected)).toBe(true);
    // Nothing it listened to moves it any more: keys, history, the colour scheme, the filter form.
    key(element, '+');
    history.pushState(null, '', '/?item=third');
    globalThis.window.dispatchEvent(new PopStateEvent('popstate'));
    schemes.at(-1)?.dispatchEvent(new Event('change'));
    part(element, 'filters').dispatchEvent(new Event('change', { bubbles: true }));
    expect(part(element, 'details').hidden).toBe(true);
    expect(part(element, 'status').textContent).toBe('Showing all 4 entries.');
    expect(element.dataset['ready']).toBeUndefined();
    expect(shown()).toEqual(before);
  });
});

/** The home page's shell: the data from /data/timeline.js's global, the list written by the script. */
const clientListShell = SHELL.replace(' data-items="timeline-data"', '')
  .replace(/<script type="application\/json"[^]*?<\/script>/u, '')
  .replace(/<ol id="list">[^]*<\/ol>/u, '<div id="list" data-render="client" data-year-heading="h2"></div>');

describe('the chronology the element writes under the timeline', () => {
  afterEach(() => {
    Reflect.deleteProperty(window, ITEMS_GLOBAL);
  });

  it('lists the entries that pass the filters, by year, each linked to its page', async () => {
    (window as unknown as Record<string, unknown>)[ITEMS_GLOBAL] = packTimeline(DATA);
    const element = await mount(clientListShell);
    // The list is written in a task after the first frame's.
    await nextTask();
    const list = document.getElementById('list')!;
    expect([...list.querySelectorAll('h2.year-heading')].map((h) => h.textContent)).toEqual([
      '2016',
      '2018',
      '2020',
      '2024',
    ]);
    expect(list.querySelector('#third h3 a')?.getAttribute('href')).toBe('/events/third/');
    const rotation = part(element, 'filters').querySelector('input') as HTMLInputElement;
    rotation.checked = true;
    rotation.dispatchEvent(new Event('change', { bubbles: true }));
    await nextTask();
    expect([...list.querySelectorAll('[data-entry]')].map((entry) => entry.id)).toEqual(['second']);
  });

  it('lists a step of entries at a time, and the button for the rest moves focus to the first it adds', async () => {
    const many = Array.from({ length: CHRONOLOGY_STEP + 2 }, (_, index) =>
      datum(`entry-${String(index).padStart(4, '0')}`, `2019-01-0${String(1 + (index % 9))}`),
    );
    (window as unknown as Record<string, unknown>)[ITEMS_GLOBAL] = packTimeline(many);
    await mount(clientListShell);
    await nextTask();
    const list = document.getElementById('list')!;
    expect(list.querySelectorAll('[data-entry]')).toHaveLength(CHRONOLOGY_STEP);
    const more = list.querySelector<HTMLButtonElement>('[data-action="more-entries"]')!;
    expect(more.textContent).toBe('Show 2 more (2 not listed yet)');
    more.click();
    expect(list.querySelectorAll('[data-entry]')).toHaveLength(CHRONOLOGY_STEP + 2);
    expect(list.querySelector('[data-action="more-entries"]')).toBeNull();
    const entries = [...list.querySelectorAll('[data-entry]')];
    expect(document.activeElement).toBe(entries[CHRONOLOGY_STEP]?.querySelector('a'));
  });
});
