import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface VnuError {
  /** Path relative to the checked directory. */
  file: string;
  line: number | undefined;
  column: number | undefined;
  message: string;
  extract: string | undefined;
}

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

const require = createRequire(import.meta.url);
const VNU_JAR = require.resolve('vnu-jar/build/dist/vnu.jar');

/** Every error the W3C Nu HTML checker finds in the HTML files below `dir` (or in `targets` within it). */
export function vnuErrors(dir: string, targets: readonly string[] = [dir]): VnuError[] {
  const run = spawnSync(
    'java',
    ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', '--skip-non-html', ...targets],
    { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.error) throw new Error(`could not run the Nu checker (java -jar ${VNU_JAR}): ${run.error.message}`);
  let report: { messages: VnuMessage[] };
  try {
    report = JSON.parse(run.stdout) as { messages: VnuMessage[] };
  } catch {
    throw new Error(`the Nu checker gave no JSON report (exit ${run.status}): ${run.stdout}${run.stderr}`);
  }
  return report.messages
    .filter((message) => message.type === 'error' || message.type === 'non-document-error')
    .map((message) => ({
      file: message.url?.startsWith('file:') ? path.relative(dir, fileURLToPath(message.url)) : (message.url ?? dir),
      line: message.lastLine,
      column: message.firstColumn,
      message: message.message,
      extract: message.extract,
    }));
}

export function describeVnuErrors(errors: readonly VnuError[]): string {
  return errors
    .map(
      ({ file, line, column, message, extract }) =>
        `${file}:${line ?? '?'}:${column ?? '?'}: ${message}${extract ? `\n    ${extract.replace(/\s+/gu, ' ').trim()}` : ''}`,
    )
    .join('\n');
}
