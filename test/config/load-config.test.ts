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
