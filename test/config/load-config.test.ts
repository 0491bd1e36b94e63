import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from '../../src/config/load-config.js';

describe('config', () => {
  it('defaults describe the reference city', () => {
    const c = parseConfig({});
    expect(c.city).toBe('无锡');
    expect(c.issuer).toBe('无锡市人民政府办公室');
    expect(c.districts).toHaveLength(8);
    expect(c.rateDecimals).toBe(1);
    expect(c.zombieDays).toBe(14);
    expect(c.passScore).toBeUndefined();
    expect(c.fonts.body).toBe('仿宋_GB2312');
  });

  it('names an unknown field and suggests the closest one', () => {
    expect(() => parseConfig({ cty: '苏州' })).toThrow(/未知字段.*“cty”.*“city”/);
  });

  // Case is ignored; up to two edits, or a third of the key's length for a long one, still count as a typo.
  it.each<[string, string | null]>([
    ['cty', 'city'],
    ['CITY', 'city'],
    ['isuer', 'issuer'],
    ['zombiedays', 'zombieDays'],
    ['districs', 'districts'],
    ['provincal', 'provincial'],
    ['rateDecimal', 'rateDecimals'],
    ['fonts2', 'fonts'],
    ['xyz', null],
    ['highlight', null],
    ['abcdefgh', null],
  ])('the unknown field “%s” suggests %s', (key, suggestion) => {
    let message = '';
    try {
      parseConfig({ [key]: 1 });
    } catch (e) {
      message = e instanceof ConfigError ? e.message : '';
    }
    const line = message.split('\n').find((l) => l.includes(`“${key}”`));
    expect(line?.trim()).toBe(`未知字段 “${key}”${suggestion ? `（是否想写“${suggestion}”？）` : ''}`);
  });

  it('names a wrong nested value', () => {
    try {
      parseConfig({ provincial: { '2022Q4': { checked: 20, passed: 21 } } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).message).toMatch(/provincial\.2022Q4/);
    }
    expect(() => parseConfig({ provincial: { '2022Q5': { checked: 1, passed: 1 } } })).toThrow(
      /2022Q4 或 2022/,
    );
  });

  it('says which line of the file is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'circular-config-'));
    writeFileSync(join(dir, 'circular.config.json'), '{\n  "city": "苏州",\n}\n');
    expect(() => loadConfig(dir)).toThrow(/不是有效的 JSON/);
  });
});

describe('districts', () => {
  it('are trimmed', () => {
    expect(parseConfig({ districts: [' 宜兴市', '江阴市\u3000'] }).districts).toEqual(['宜兴市', '江阴市']);
  });

  it.each([
    [['宜兴市', ' 宜兴市'], '地区列表有重复项：“宜兴市”'],
    [['ＡＢ区', 'ab区'], '地区列表有重复项：“ＡＢ区”与“ab区”'],
    [['宜兴 市', '宜兴市'], '地区列表有重复项：“宜兴 市”与“宜兴市”'],
    [['市级 '], '“市级”是固定层级，不要写进 districts'],
  ])('%o is refused after normalising', (districts, message) => {
    expect(() => parseConfig({ districts })).toThrow(ConfigError);
    expect(() => parseConfig({ districts })).toThrow(message);
  });
});

describe('platforms', () => {
  it('adds new spellings', () => {
    expect(parseConfig({ platforms: { 其他: ['微视'] } }).platforms).toEqual({ 其他: ['微视'] });
  });

  it.each([
    [{ 其他: ['微博'] }, 'platforms：“微博”已归入“微博”，不能再写在“其他”中'],
    [{ 微博: ['ａｐｐ'] }, 'platforms：“ａｐｐ”已归入“移动客户端”，不能再写在“微博”中'],
    [{ 微博: ['微视'], 其他: ['微视'] }, 'platforms：“微视”已归入“微博”，不能再写在“其他”中'],
  ])('refuses %o, which moves a spelling to another bucket', (platforms, message) => {
    expect(() => parseConfig({ platforms })).toThrow(ConfigError);
    expect(() => parseConfig({ platforms })).toThrow(message);
  });
});

describe('config: characters a .docx cannot carry', () => {
  it.each([
    [{ issuer: '无锡市人民政府办公室\ufffe' }, 'issuer', 'U+FFFE'],
    [{ issuerShort: '市政府\u0007办公室' }, 'issuerShort', 'U+0007'],
    [{ addressees: '各市\uffff：' }, 'addressees', 'U+FFFF'],
    [{ districts: ['江阴市', '宜兴\u0001市'] }, 'districts.1', 'U+0001'],
    [{ colophon: { cc: '市委办公室\u001f' } }, 'colophon.cc', 'U+001F'],
    [{ fonts: { body: '仿宋\u0000' } }, 'fonts.body', 'U+0000'],
    [{ city: '无锡\ud800' }, 'city', '无法识别'],
    [{ city: '无锡\ufffd' }, 'city', '无法识别'],
  ])('refuses %j, naming the field', (value, field, words) => {
    try {
      parseConfig(value, 'circular.config.json');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const problem = (e as ConfigError).problems.find((p) => p.startsWith(`${field}：`));
      expect(problem).toContain(words);
    }
  });
});
