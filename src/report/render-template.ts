import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import Handlebars from 'handlebars';
import { closestMatch } from '../domain/closest.js';
import { assertNever, type Period } from '../domain/period.js';
import { RegularFileError } from '../files/read-regular-file.js';
import { readTextFile, TextEncodingError } from '../files/read-text-file.js';
import { readBundledFile } from '../resources/bundled-files.js';
import { checkTemplateText, type TemplateAst, transformTemplate } from './check-template.js';
import { literal, MarkedText } from './literal-text.js';
import { TemplateError, TemplateProblem } from './template-error.js';
import { type HelperSpec, helperSpecs, type Wording } from './template-helpers.js';
import { describeValue, snippetAt } from './template-values.js';

export { TemplateError };

/** The package folder of the templates shipped with the tool (read through src/resources/). */
export const BUNDLED_TEMPLATES = 'templates';

/**
 * The most text a template may render (the body of the circular, attachment tables not included):
 * a circular runs to a few thousand characters, so a million means a template that repeats itself.
 * NOTE: docs/templates.md states this limit; keep the two in step.
 */
export const MAX_RENDERED_CHARS = 1_000_000;

/** The bundled template of a period's kind: `monthly.hbs`, `quarterly.hbs`, `halfyear.hbs`, `yearly.hbs`. */
export function defaultTemplateName(period: Period): string {
  switch (period.kind) {
    case 'month':
      return 'monthly.hbs';
    case 'quarter':
      return 'quarterly.hbs';
    case 'half':
      return 'halfyear.hbs';
    case 'year':
      return 'yearly.hbs';
    default:
      return assertNever(period);
  }
}

/** A template's text and where it came from (for messages). */
export interface TemplateSource {
  /** Path for messages: relative to the workspace for a user's copy, `内置模板 quarterly.hbs` otherwise. */
  file: string;
  text: string;
  /** True when the workspace's own copy is used. */
  overridden: boolean;
}

/** Options of `renderTemplate`. */
export interface RenderTemplateOptions {
  /** Receives what `{{log …}}` writes (as a warning for the user), instead of the terminal. */
  onLog?: (message: string) => void;
  /**
   * The names under a value of the data that may be null, by its path from the top (`stats.previous`):
   * a name not among them is an unknown name even while the value is null.
   */
  nullShapes?: Readonly<Record<string, readonly string[]>>;
}

/** Finds a template: the workspace's `templates/<name>` first, else the bundled one. */
export function loadTemplate(name: string, workspaceDir?: string): TemplateSource {
  if (workspaceDir) {
    const own = join(workspaceDir, 'templates', name);
    if (existsSync(own)) {
      const file = relative(process.cwd(), own) || own;
      return { file, text: readTemplateText(own, file), overridden: true };
    }
  }
  const text = readBundledFile(`${BUNDLED_TEMPLATES}/${name}`);
  return { file: `内置模板 ${name}`, text, overridden: false };
}

/** A workspace template's text, decoded as every text file a user edits (UTF-8, BOM or GB18030). */
function readTemplateText(path: string, file: string): string {
  try {
    return readTextFile(path, file);
  } catch (error) {
    if (error instanceof TextEncodingError)
      throw new TemplateError(file, undefined, error.message, error.hint);
    if (!(error instanceof RegularFileError)) throw error;
    throw new TemplateError(file, undefined, `无法读取模板 ${file}：${error.reason}`, error.detail);
  }
}

function errorLine(error: unknown): number | undefined {
  if (error instanceof TemplateProblem) return error.line;
  if (typeof error === 'object' && error !== null && 'lineNumber' in error) {
    const n = Number((error as { lineNumber: unknown }).lineNumber);
    if (Number.isFinite(n)) return n;
  }
  const message = error instanceof Error ? error.message : String(error);
  const m = /(?:on line |- )(\d+)(?::\d+)?/.exec(message);
  return m ? Number(m[1]) : undefined;
}

/** Translates an error met while rendering into something a clerk can act on. */
function explain(error: unknown): string {
  if (error instanceof TemplateProblem) return error.message;
  if (error instanceof RangeError) return '模板嵌套过深，无法生成（检查 {{#each}}、{{#if}} 是否层层嵌套）';
  const message = error instanceof Error ? error.message : String(error);
  if (/Parse error|Expecting|Lexical error/.test(message))
    return '模板语法有误（检查 {{ }} 是否成对、{{#if}} 是否有对应的 {{/if}}）';
  if (/doesn't match/.test(message)) {
    const m = /(\S+) doesn't match (\S+)/.exec(message);
    return m ? `块标记不配对：{{#${m[1]}}} 与 {{/${m[2]}}}` : '块标记不配对';
  }
  return `模板无法生成：${message}`;
}

/**
 * Renders a template. Every value it prints arrives wrapped as a literal (`literal-text.ts`), so the
 * parser never reads a value as markup. A template is checked before it runs (`check-template.ts`):
 * every path is looked up through a check that an unknown name is an error, not a blank — in `{{…}}`,
 * `{{#if}}`, `{{#each}}` and a function's arguments alike; a function is only ever called with
 * arguments; a bare name is always data. Every failure is a `TemplateError` naming the file and line.
 */
export function renderTemplate(
  source: TemplateSource,
  data: Record<string, unknown>,
  rateDecimals: number,
  wording?: Wording,
  options: RenderTemplateOptions = {},
): string {
  const specs = helperSpecs(rateDecimals, wording);
  try {
    // Step 1: the text itself, then its syntax, then every name and call in it.
    checkTemplateText(source.text);
    let ast: TemplateAst;
    try {
      ast = Handlebars.parseWithoutProcessing(source.text);
    } catch (error) {
      throw new TemplateProblem(errorLine(error), explain(error));
    }
    const checked = transformTemplate(ast, new Set(Object.keys(specs)), specs);
    // Step 2: run it with the checking helpers.
    const hb = Handlebars.create();
    registerHelpers(hb, source.text, specs, options);
    const template = hb.compile(checked, { strict: true, noEscape: true });
    const text = template(data, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
    if (text.length > MAX_RENDERED_CHARS) throw new TemplateProblem(undefined, tooLong(text.length));
    return text;
  } catch (error) {
    const line = errorLine(error);
    const where = line === undefined ? source.file : `${source.file} 第${line}行`;
    throw new TemplateError(
      source.file,
      line,
      `模板 ${where}：${explain(error)}`,
      error instanceof Error ? error.message : String(error),
    );
  }
}

function tooLong(length: number): string {
  const limit = MAX_RENDERED_CHARS / 10_000;
  return `模板生成的文字超过 ${limit} 万字（已有 ${Math.floor(length / 10_000)} 万字以上），通报正文不会这么长；请检查 {{#each}} 是否重复或嵌套`;
}

interface HelperOptions {
  loc?: { start: { line: number; column: number }; end: { line: number; column: number } };
  hash?: Record<string, unknown>;
  fn?: (context: unknown, options?: unknown) => string;
  inverse?: (context: unknown, options?: unknown) => string;
}

function helperOptions(value: unknown): HelperOptions {
  return typeof value === 'object' && value !== null ? (value as HelperOptions) : {};
}

/** Registers the circular's functions and the checking helpers the transformed template calls. */
function registerHelpers(
  hb: typeof Handlebars,
  text: string,
  specs: Record<string, HelperSpec>,
  options: RenderTemplateOptions,
): void {
  const at = (o: HelperOptions) => ({ line: o.loc?.start.line, snippet: snippetAt(text, o.loc) });
  const problem = (o: HelperOptions, message: string) => new TemplateProblem(o.loc?.start.line, message);

  for (const [name, spec] of Object.entries(specs)) {
    hb.registerHelper(name, (...all: unknown[]) => {
      const o = helperOptions(all.at(-1));
      const args = all.slice(0, -1);
      const result = spec.call(args);
      if (result.ok) return result.value;
      const got = args.length === 0 ? '没有参数' : `收到 ${args.map(describeValue).join('、')}`;
      throw problem(
        o,
        `函数 ${name}（${at(o).snippet}）的参数应为${spec.expects}，${got}；写法如 ${spec.usage}`,
      );
    });
  }
  // A value printed by {{…}}: text or a number, wrapped as a literal; anything else is an error.
  hb.registerHelper('__value', (value: unknown, raw: unknown) => {
    const o = helperOptions(raw);
    if (typeof value === 'string') return literal(value);
    if (typeof value === 'number' && Number.isFinite(value)) return literal(String(value));
    if (value instanceof MarkedText) return value.rendered();
    throw problem(o, `${at(o).snippet} ${unprintable(value)}`);
  });
  // One step of a path: an own property, or an error naming the path (see check-template.ts).
  const shapes = options.nullShapes ?? {};
  hb.registerHelper('__get', (base: unknown, key: unknown, shown: unknown, raw: unknown) =>
    lookupChecked(base, String(key), String(shown), helperOptions(raw), specs, shapes),
  );
  hb.registerHelper('lookup', (base: unknown, key: unknown, raw: unknown) =>
    lookupChecked(base, String(key), String(key), helperOptions(raw), specs, shapes),
  );
  hb.registerHelper('log', (...all: unknown[]) => {
    const o = helperOptions(all.at(-1));
    const said = all.slice(0, -1).map((v) => (typeof v === 'string' ? v : describeValue(v)));
    options.onLog?.(`第${o.loc?.start.line ?? '?'}行 {{log}}：${said.join(' ')}`);
    return '';
  });
  const each = hb.helpers.each as (this: unknown, context: unknown, options: HelperOptions) => string;
  hb.registerHelper('each', function (this: unknown, context: unknown, raw: unknown) {
    const o = helperOptions(raw);
    if (context !== null && context !== undefined && typeof context !== 'object')
      throw problem(o, `{{#each}} 要写一个列表，${describeValue(context)} 不是列表`);
    const fn = o.fn;
    if (!fn) return each.call(this, context, o);
    let size = 0;
    const counted = (item: unknown, more?: unknown) => {
      const out = fn(item, more);
      size += out.length;
      if (size > MAX_RENDERED_CHARS) throw problem(o, tooLong(size));
      return out;
    };
    return each.call(this, context, { ...o, fn: counted });
  });
  // `{{#name}}…{{/name}}` on data (a section): as Handlebars does it, with the path checked.
  hb.registerHelper('__section', function (this: unknown, context: unknown, raw: unknown) {
    const o = helperOptions(raw);
    const fn = o.fn ?? (() => '');
    const inverse = o.inverse ?? (() => '');
    if (Array.isArray(context)) {
      return context.length === 0 ? inverse(this) : context.map((item) => fn(item)).join('');
    }
    if (context === true) return fn(this);
    if (!context) return inverse(this);
    return fn(context);
  });
}

function unprintable(value: unknown): string {
  if (value === undefined || value === null) return '没有值（本期数据中这一项为空；可先用 {{#if …}} 判断）';
  if (typeof value === 'boolean') return '是一个条件（是/否），不能直接写进通报；请在 {{#if …}} 中使用';
  if (typeof value === 'number') return '不是有效的数字';
  if (Array.isArray(value)) return '是一个列表，不能直接写进通报；请用 {{#each …}}…{{/each}} 逐项写出';
  if (typeof value === 'object') {
    const keys = Object.keys(value).slice(0, 8).join('、');
    return `是一组数据，不能直接写进通报；请写出其中的一项${keys ? `（可用：${keys}）` : ''}`;
  }
  return '不能写进通报';
}

/** An own property of `base`, or an error: a name that is not data is never a blank. */
function lookupChecked(
  base: unknown,
  key: string,
  shown: string,
  o: HelperOptions,
  specs: Record<string, HelperSpec>,
  shapes: Readonly<Record<string, readonly string[]>>,
): unknown {
  // A value the data leaves empty (stats.previous without a previous period) has no fields: nothing,
  // unless its shape is known and the name is not in it (a misspelling stays an error).
  if (base === null || base === undefined) {
    const parent = shown.slice(0, Math.max(0, shown.length - key.length - 1)).replace(/^@root\./, '');
    const known = shapes[parent];
    if (known && !known.includes(key)) {
      const fields = Object.fromEntries(known.map((k) => [k, true]));
      throw new TemplateProblem(o.loc?.start.line, unknownName(fields, key, shown, specs));
    }
    return undefined;
  }
  if (Array.isArray(base) && /^\d+$/.test(key)) return base[Number(key)];
  if (typeof base === 'string' && key === 'length') return base.length;
  if (typeof base === 'object' && Object.hasOwn(base, key)) return Reflect.get(base, key);
  throw new TemplateProblem(o.loc?.start.line, unknownName(base, key, shown, specs));
}

function unknownName(base: unknown, key: string, shown: string, specs: Record<string, HelperSpec>): string {
  const spec = specs[key];
  const near =
    typeof base === 'object' && base !== null
      ? closestMatch(key, Object.keys(base), { key: (k) => k.toLowerCase() })
      : undefined;
  const parts = [`字段“${shown}”不存在`];
  if (near) parts.push(`是否想写“${shown.slice(0, shown.length - key.length)}${near}”？`);
  if (spec) parts.push(`“${key}”是一个函数，使用时要写上参数，如 ${spec.usage}`);
  if (!near && !spec) parts.push('请对照 docs/templates.md 检查拼写');
  return parts.join('；');
}
