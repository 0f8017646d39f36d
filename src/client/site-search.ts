/**
 * Draws Pagefind's results as plain DOM. Pagefind's excerpts mark matches with
 * <mark> around text it has already escaped; only those marks become elements,
 * everything else is set as text, so no markup from the index can run.
 */
export function renderSearchResults(
  list: HTMLElement,
  hits: readonly { url: string; excerpt: string; meta: { title?: string } }[],
): void {
  list.replaceChildren(
    ...hits.map((hit) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = hit.url;
      link.textContent = hit.meta.title ?? hit.url;
      const excerpt = document.createElement('p');
      for (const [index, part] of hit.excerpt.split(/<\/?mark>/u).entries()) {
        const text = document.createTextNode(decodeEntities(part));
        if (index % 2 === 1) {
          const mark = document.createElement('mark');
          mark.append(text);
          excerpt.append(mark);
        } else excerpt.append(text);
      }
      item.append(link, excerpt);
      return item;
    }),
  );
}

function decodeEntities(text: string): string {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${text}`, 'text/html');
  return parsed.body.textContent;
}
