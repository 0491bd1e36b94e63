/** Building the county sample's circulars with the built CLI and reading their text back. */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
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

/** Removes the named sheet from a workbook; false when it has none. */
async function dropSheet(file: string, name: string): Promise<boolean> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(name);
  if (!ws) return false;
  wb.removeWorksheet(ws.id);
  await wb.xlsx.writeFile(file);
  return true;
}

/**
 * A copy of the county sample as a county that inspects new media only: its 网站台账 sheet, its
 * 网站检查结果 sheets and the `websites` config taken out (the accounts' sheets are rewritten by exceljs,
 * their values unchanged).
 */
export async function copyCountyWithoutWebsites(): Promise<string> {
  const dir = copyCounty();
  expect(await dropSheet(join(dir, 'registry.xlsx'), '网站台账')).toBe(true);
  let dropped = 0;
  for (const file of readdirSync(join(dir, 'checks')))
    if (await dropSheet(join(dir, 'checks', file), '网站检查结果')) dropped++;
  expect(dropped).toBeGreaterThan(0);
  const configPath = join(dir, 'circular.config.json');
  const { websites: _websites, ...config } = JSON.parse(readFileSync(configPath, 'utf8'));
  writeFileSync(configPath, `${JSON.stringify(config, null, 2)}\n`);
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
