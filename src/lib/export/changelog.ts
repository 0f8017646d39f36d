import type { DatasetVersion } from '../../schemas/versions';

/**
 * /data/CHANGELOG.md: what each version of the dataset added or corrected,
 * newest first, generated from content/versions.yaml.
 */
export function changelogMarkdown(title: string, versions: readonly DatasetVersion[]): string {
  const list = (heading: string, items: readonly string[]) =>
    items.length === 0 ? [] : [`### ${heading}`, '', ...items.map((item) => `- ${item}`), ''];
  return [
    `# ${title}`,
    '',
    'Each version of /data/events.json and the files derived from it, newest first. The version and its day are also in events.json (`version`, `updated`).',
    '',
    ...versions.flatMap((entry) => [
      `## ${entry.version} (${entry.date})`,
      '',
      ...list('Added', entry.added),
      ...list('Corrected', entry.corrected),
    ]),
  ].join('\n');
}
