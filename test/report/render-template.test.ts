import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplate, renderTemplate, TemplateError } from '../../src/report/render-template.js';
import { tempDir } from '../helpers/cli.js';

const source = (text: string) => ({ file: 'templates/quarterly.hbs', text, overridden: true });

describe('renderTemplate', () => {
  it('fills fields and helpers without HTML escaping', () => {
    const text = renderTemplate(
      source('{{quarterName q}} {{rate r}} {{name}}'),
      { q: 4, r: 442 / 445, name: 'A&B "x"' },
      1,
    );
    expect(text).toBe('第四季度 99.3% A&B "x"');
  });

  it('reports a field that does not exist with the file and line, not a blank', () => {
    try {
      renderTemplate(source('第一行\n第二行{{stats.checkd}}'), { stats: { checked: 1 } }, 1);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TemplateError);
      const message = (e as TemplateError).message;
      expect(message).toContain('templates/quarterly.hbs');
      expect(message).toContain('第2行');
      expect(message).toContain('checkd');
    }
  });

  it('reports a syntax error with its line', () => {
    expect(() => renderTemplate(source('a\nb\n{{#if x}}c'), { x: true }, 1)).toThrow(
      /第\d+行.*语法|块标记|模板/,
    );
  });

  it('gives no access to prototypes', () => {
    expect(() => renderTemplate(source('{{constructor.name}}'), {}, 1)).toThrow(TemplateError);
    const text = renderTemplate(
      source('{{#with o}}{{__proto__}}{{/with}}'),
      { o: { __proto__: { secret: 1 } } },
      1,
    );
    expect(text).not.toContain('secret');
  });

  it('prefers the workspace copy of a template over the bundled one', () => {
    const dir = tempDir();
    expect(loadTemplate('quarterly.hbs', dir).overridden).toBe(false);
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'templates', 'quarterly.hbs'), '【标题】自定义');
    const own = loadTemplate('quarterly.hbs', dir);
    expect(own.overridden).toBe(true);
    expect(own.text).toBe('【标题】自定义');
  });
});
