/** Building the county sample's circulars with the built CLI and reading their text back. */
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { expect } from 'vitest';
import { ROOT, runCli, tempDir } from './cli.js';

const COUNTY = join(ROOT, 'fixtures', 'qingwu-2023');

/** A copy of the county sample in a temporary folder. */
export function copyCounty(): string {
  const dir = join(tempDir(), 'qingwu-2023');
  cpSync(COUNTY, dir, { recursive: true });
  return dir;
}

/** 2023-07-14 → 2023年7月14日. */
export const chineseDate = (d: string): string => {
  const [y, m, day] = d.split('-').map(Number);
  return `${y}年${m}月${day}日`;
};

export interface Built {
  code: number | null;
  stderr: string;
  text: string;
  tables: number[];
}

/** Builds a circular with the built CLI and reads its text back with mammoth. */
export async function build(dir: string, args: string[], date: string): Promise<Built> {
  const out = join(dir, `${args.join('-')}.docx`);
  const run = runCli(['build', ...args, '--workspace', dir, '--date', date, '-o', out]);
  if (!existsSync(out)) return { code: run.code, stderr: run.stderr, text: '', tables: [] };
  const bytes = readFileSync(out);
  const text = (await mammoth.extractRawText({ buffer: bytes })).value.replace(/\n+/g, '\n');
  const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!);
  const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(
    (m) => (m[1]!.match(/<w:tr[ >]/g) ?? []).length - 1,
  );
  return { code: run.code, stderr: run.stderr, text, tables };
}

/** The facts must appear in this order in `text`. */
export function expectInOrder(text: string, facts: string[]): void {
  let at = -1;
  for (const fact of facts) {
    const next = text.indexOf(fact, at + 1);
    expect(next, fact).toBeGreaterThan(at);
    at = next;
  }
}
