/**
 * Control characters from a submitted file never reach the terminal raw (escape sequences, C1 controls,
 * bidi overrides), while JSON output stays exact JSON with the same values.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printable, printableLine } from '../../src/cli/printable.js';
import { copySample, runCli } from '../helpers/cli.js';

describe('printable', () => {
  it.each([
    ['clear screen', '\u001b[2J\u001b[H宜兴', '\\u001b[2J\\u001b[H宜兴'],
    ['hidden text', 'a\u001b[8m秘密\u001b[0m', 'a\\u001b[8m秘密\\u001b[0m'],
    ['carriage return over a line', '合格\r不合格', '合格\\u000d不合格'],
    ['C1 CSI', 'x\u009b2Jy', 'x\\u009b2Jy'],
    ['right-to-left override', '宜兴\u202e发改', '宜兴\\u202e发改'],
    ['isolates and marks', '\u2066a\u2069\u200f\u061c', '\\u2066a\\u2069\\u200f\\u061c'],
    ['bell and backspace', '\u0007\u0008', '\\u0007\\u0008'],
    ['a lone surrogate', 'a\ud800b', 'a\\ud800b'],
    ['line feed and tab kept', '第一行\n\t第二行', '第一行\n\t第二行'],
    ['CJK and emoji kept', '无锡𠀀😀', '无锡𠀀😀'],
  ])('%s', (_what, input, expected) => {
    expect(printable(input)).toBe(expected);
  });

  it('escapes ESC even in a colour sequence: a value never colours itself', () => {
    expect(printable('\u001b[31m红')).toBe('\\u001b[31m红');
  });

  it('printableLine keeps our own colour sequences and escapes every other', () => {
    const ours = '\u001b[31m错误\u001b[39m \u001b[2m提示\u001b[22m \u001b[1m\u001b[36mE4\u001b[39m\u001b[22m';
    expect(printableLine(ours)).toBe(ours);
    expect(printableLine('\u001b[2J\u001b[8m\u001b[31m')).toBe('\\u001b[2J\\u001b[8m\u001b[31m');
  });

  it('keeps a JSON document exact JSON with the same values', () => {
    const value = { name: '\u001b[2J宜兴\u202e\u0085', list: ['\u2066'] };
    const text = printable(JSON.stringify(value, null, 2));
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u0080-\u009f\u202e\u2066]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('the CLI with a hostile results file', () => {
  const ws = copySample();
  // NOTE: a C0 control such as ESC in a cell is refused before any message quotes the value
  // (CELL_FORBIDDEN_CHAR, docs/workspace.md), so the quoted name carries what a .docx may hold but a
  // terminal still obeys: the 8-bit CSI U+009B, NEL U+0085 and a bidi override. ESC stays in the
  // file name, and in a second row whose diagnostic must not echo it either.
  const name = '宜兴\u009b2J\u009b8m隐藏\u202e发改\u0085';
  writeFileSync(
    join(ws, 'checks', '恶意\u001b[31m.csv'),
    `检查月份,账号名称,平台类型,单项否决\n2022-10,${name},微信公众号,否\n2022-10,宜兴\u001b[2J发改,微信公众号,否\n`,
  );

  it('prints no raw control character in text output', () => {
    const r = runCli(['validate', '--workspace', ws]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('宜兴\\u009b2J\\u009b8m隐藏\\u202e发改\\u0085');
    expect(r.stdout).toContain('恶意\\u001b[31m.csv');
    expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u0080-\u009f\u202e]/);
  });

  it('gives exact values in JSON output', () => {
    const r = runCli(['validate', '--workspace', ws, '--format', 'json']);
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u0080-\u009f\u202e]/);
    const list: { code: string; file: string; message: string }[] = JSON.parse(r.stdout).diagnostics;
    const unknown = list.find((d) => d.code === 'CHECK_UNKNOWN_ACCOUNT');
    expect(unknown?.file).toBe('checks/恶意\u001b[31m.csv');
    expect(unknown?.message).toContain(name);
  });
});
