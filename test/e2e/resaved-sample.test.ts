import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { copySample, runCli, SAMPLE, tempDir } from '../helpers/cli.js';

const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice']).status === 0;

/** Every workbook of a workspace (registry and results). */
function workbooks(dir: string): string[] {
  return ['registry.xlsx', ...readdirSync(join(dir, 'checks')).map((f) => join('checks', f))].map((f) =>
    join(dir, f),
  );
}

function stats(dir: string): unknown {
  const r = runCli(['stats', '--quarter', '2022Q4', '--workspace', dir, '--format', 'json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

/** Rewrites every shared-string cell as an inline string (as Apache POI's SXSSF and other exporters write). */
function inlineStrings(path: string): void {
  const files = unzipSync(new Uint8Array(readFileSync(path)));
  const sst = files['xl/sharedStrings.xml'];
  const strings = sst
    ? [...strFromU8(sst).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
        [...m[1]!.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(''),
      )
    : [];
  for (const name of Object.keys(files)) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
    const xml = strFromU8(files[name]!).replace(
      /<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
      (_, a: string, b: string, i: string) =>
        `<c ${a}t="inlineStr"${b}><is><t xml:space="preserve">${strings[Number(i)]}</t></is></c>`,
    );
    expect(xml).not.toMatch(/t="s"/);
    files[name] = strToU8(xml);
  }
  writeFileSync(path, zipSync(files));
}

describe('the same sample in other clothes gives the same statistics', () => {
  const original = stats(SAMPLE);

  it('with every string written inline', () => {
    const dir = copySample();
    for (const file of workbooks(dir)) inlineStrings(file);
    expect(stats(dir)).toEqual(original);
  });

  it.runIf(hasSoffice || process.env.CI)(
    'after LibreOffice opens and saves every workbook',
    () => {
      const dir = copySample();
      const out = tempDir();
      const profile = tempDir();
      const files = workbooks(dir);
      const r = spawnSync(
        'soffice',
        [
          '--headless',
          `-env:UserInstallation=file://${profile}`,
          '--convert-to',
          'xlsx:Calc MS Excel 2007 XML',
          '--outdir',
          out,
          ...files,
        ],
        { encoding: 'utf8', timeout: 240_000 },
      );
      expect(r.status, r.stderr).toBe(0);
      for (const file of files) copyFileSync(join(out, file.split('/').pop()!), file);
      expect(stats(dir)).toEqual(original);
    },
    300_000,
  );
});
