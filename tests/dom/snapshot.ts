/**
 * Drawn DOM as stable text for file snapshots, in the manner of Observable
 * Plot's tests: one element a line, indented; attributes in name order; style
 * declarations sorted; every decimal number rounded to one place.
 */
const round = (text: string) =>
  text.replace(/-?\d+\.\d+/gu, (number) => {
    const rounded = Number(Number(number).toFixed(1));
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });

function attributeText(element: Element): string {
  return [...element.attributes]
    .map(({ name, value }) => {
      const normalised =
        name === 'style'
          ? value
              .split(';')
              .map((declaration) => declaration.trim())
              .filter(Boolean)
              .sort()
              .join('; ')
          : value;
      return ` ${name}="${round(normalised)}"`;
    })
    .sort()
    .join('');
}

function lines(node: Node, depth: number, out: string[]): void {
  const indent = '  '.repeat(depth);
  if (node.nodeType === node.TEXT_NODE) {
    const text = node.textContent?.trim();
    if (text) out.push(`${indent}${round(text)}`);
    return;
  }
  if (!(node instanceof Element)) return;
  const tag = node.tagName.toLowerCase();
  out.push(`${indent}<${tag}${attributeText(node)}>`);
  for (const child of node.childNodes) lines(child, depth + 1, out);
}

export function serialize(root: Element): string {
  const out: string[] = [];
  lines(root, 0, out);
  return `${out.join('\n')}\n`;
}
