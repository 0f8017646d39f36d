/** A Content-Security-Policy as a map from directive to its sources. */
export type Policy = Map<string, string[]>;

const META = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"\s*\/?>/giu;

/** The policies set by `<meta http-equiv="Content-Security-Policy">` elements in `html`. */
export function metaPolicies(html: string): string[] {
  return [...html.matchAll(META)].map(([, content]) => content!.replace(/&#39;|&apos;/gu, "'").replace(/&amp;/gu, '&'));
}

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const directive of text.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/u);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The sources a fetch directive allows, falling back to default-src as browsers do. */
function effectiveSources(policy: Policy, directive: string): string[] | undefined {
  return policy.get(directive) ?? policy.get('default-src');
}

/**
 * What is wrong with a policy meant to keep everything but the site's own
 * files from running: each problem as a sentence, none when it is sound.
 * Scripts may come from the page's origin ('self'), or be inline code named
 * by hash; WebAssembly may compile ('wasm-unsafe-eval'); nothing else.
 */
export function policyProblems(policy: Policy): string[] {
  const problems: string[] = [];
  if (!policy.has('default-src')) problems.push('has no default-src');
  const scripts = effectiveSources(policy, 'script-src') ?? [];
  if (scripts.length === 0) problems.push('sets no script-src');
  for (const source of scripts) {
    if (!["'self'", "'none'", "'wasm-unsafe-eval'"].includes(source) && !/^'sha(256|384|512)-[\w+/=]+'$/u.test(source))
      problems.push(`allows scripts from ${source}`);
  }
  for (const directive of ['script-src-elem', 'script-src-attr'])
    if (policy.has(directive)) problems.push(`sets ${directive}, which overrides script-src`);
  const objects = effectiveSources(policy, 'object-src');
  if (objects?.join(' ') !== "'none'") problems.push(`object-src is ${objects?.join(' ') ?? 'unset'}, not 'none'`);
  const base = policy.get('base-uri')?.join(' ');
  if (base !== "'self'" && base !== "'none'") problems.push(`base-uri is ${base ?? 'unset'}, not 'self' or 'none'`);
  const styles = effectiveSources(policy, 'style-src') ?? [];
  for (const source of styles)
    if (!["'self'", "'none'"].includes(source) && !/^'sha(256|384|512)-[\w+/=]+'$/u.test(source))
      problems.push(`allows styles from ${source}`);
  for (const directive of ['img-src', 'font-src', 'connect-src', 'frame-src', 'media-src', 'worker-src']) {
    const allowed = directive === 'img-src' ? ["'self'", "'none'", 'data:'] : ["'self'", "'none'"];
    for (const source of effectiveSources(policy, directive) ?? [])
      if (!allowed.includes(source)) problems.push(`${directive} allows ${source}`);
  }
  return problems;
}
