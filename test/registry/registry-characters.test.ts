/**
 * A character a .docx cannot carry, in a registry cell however it is written — raw, as a character
 * reference or as Excel's `_xHHHH_` escape — is a diagnostic at that cell, never a broken circular.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { defaultConfig } from '../../src/config/schema.js';
import { readRegistry } from '../../src/registry/read-registry.js';
import { openWorkbook } from '../../src/workbook/index.js';
import { rawXlsx, tempFolder } from '../workbook/build-xlsx.js';

const folder = tempFolder();
afterAll(() => folder.cleanup());

function inline(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
}

async function registryWithName(name: string) {
  const header = ['账号名称', '平台类型', '开设主体', '所属地区']
    .map((h, i) => inline(`${'ABCD'[i]}1`, h))
    .join('');
  const row = [
    inline('A2', name),
    inline('B2', '微信公众号'),
    inline('C2', '宜兴市发改委'),
    inline('D2', '宜兴市'),
  ];
  const bytes = rawXlsx({
    sheets: [{ name: '台账', rows: `<row r="1">${header}</row><row r="2">${row.join('')}</row>` }],
  });
  const path = folder.write(`r${Math.random().toString(36).slice(2)}.xlsx`, bytes);
  const workbook = await openWorkbook(path, { displayName: 'registry.xlsx' });
  return readRegistry(workbook, { config: defaultConfig(), file: 'registry.xlsx' });
}

describe('registry cells holding characters a .docx cannot carry', () => {
  test.each([
    ['raw U+FFFE', '宜兴\ufffe发改', 'CELL_FORBIDDEN_CHAR', 'U+FFFE'],
    ['U+FFFF as a character reference', '宜兴&#xFFFF;发改', 'CELL_FORBIDDEN_CHAR', 'U+FFFF'],
    ['U+FFFE as Excel writes it', '宜兴_xFFFE_发改', 'CELL_FORBIDDEN_CHAR', 'U+FFFE'],
    ['a bell as Excel writes it', '宜兴_x0007_发改', 'CELL_FORBIDDEN_CHAR', 'U+0007'],
    ['a control character reference', '宜兴&#x1;发改', 'CELL_FORBIDDEN_CHAR', 'U+0001'],
    ['a lone surrogate as Excel writes it', '宜兴_xD800_发改', 'CELL_GARBLED', '无法识别'],
    ['a literal U+FFFD', '宜兴\ufffd发改', 'CELL_GARBLED', '无法识别'],
  ])('%s is an error at the cell', async (_, name, code, words) => {
    const { diagnostics, accounts } = await registryWithName(name);
    const found = diagnostics.find((d) => d.code === code);
    expect(found).toMatchObject({ severity: 'error', file: 'registry.xlsx', sheet: '台账', cell: 'A2' });
    expect(found?.message).toContain(words);
    expect(accounts.map((a) => a.name)).not.toContain(expect.stringContaining('发改'));
  });

  test('Word’s manual line break (U+000B) pasted into a cell is accepted', async () => {
    const { diagnostics, accounts } = await registryWithName('宜兴_x000B_发改');
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(accounts[0]?.name).toBe('宜兴\u000b发改');
  });
});
