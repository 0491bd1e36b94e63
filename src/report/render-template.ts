import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Handlebars from 'handlebars';
import { assertNever, type Period } from '../domain/period.js';
import { readBundledFile } from '../resources/bundled-files.js';
import { TemplateError } from './template-error.js';
import { templateHelpers, type Wording } from './template-helpers.js';

export { TemplateError };

/** The package folder of the templates shipped with the tool (read through src/resources/). */
export const BUNDLED_TEMPLATES = 'templates';

/** The bundled template of a period's kind: `quarterly.hbs`, `yearly.hbs`. */
export function defaultTemplateName(period: Period): string {
  switch (period.kind) {
    case 'quarter':
      return 'quarterly.hbs';
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

/** Finds a template: the workspace's `templates/<name>` first, else the bundled one. */
export function loadTemplate(name: string, workspaceDir?: string): TemplateSource {
  if (workspaceDir) {
    const own = join(workspaceDir, 'templates', name);
    if (existsSync(own))
      return { file: relative(process.cwd(), own) || own, text: readFileSync(own, 'utf8'), overridden: true };
  }
  const text = readBundledFile(`${BUNDLED_TEMPLATES}/${name}`);
  return { file: `内置模板 ${name}`, text, overridden: false };
}

function errorLine(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'lineNumber' in error) {
    const n = Number((error as { lineNumber: unknown }).lineNumber);
    if (Number.isFinite(n)) return n;
  }
  const message = error instanceof Error ? error.message : String(error);
  const m = /(?:on line |- )(\d+)(?::\d+)?/.exec(message);
  return m ? Number(m[1]) : undefined;
}

/** Translates a Handlebars error into something a clerk can act on. */
function explain(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const missing = /"([^"]+)" not defined in/.exec(message);
  if (missing) return `字段“${missing[1]}”不存在（请对照 docs/templates.md 检查拼写）`;
  const helper = /Missing helper: "([^"]+)"/.exec(message);
  if (helper) return `没有名为“${helper[1]}”的函数`;
  if (/Parse error|Expecting/.test(message))
    return '模板语法有误（检查 {{ }} 是否成对、{{#if}} 是否有对应的 {{/if}}）';
  if (/doesn't match/.test(message)) {
    const m = /(\S+) doesn't match (\S+)/.exec(message);
    return m ? `块标记不配对：{{#${m[1]}}} 与 {{/${m[2]}}}` : '块标记不配对';
  }
  if (/access.*prototype|not an "own property"/i.test(message)) return '模板不能访问对象原型上的属性';
  return '模板无法生成';
}

/**
 * Renders a template strictly: a reference to a field that does not exist is an error, not a blank;
 * no HTML escaping (the output is text for a Word document); prototype access stays forbidden.
 */
export function renderTemplate(
  source: TemplateSource,
  data: Record<string, unknown>,
  rateDecimals: number,
  wording?: Wording,
): string {
  const hb = Handlebars.create();
  hb.registerHelper(templateHelpers(rateDecimals, wording));
  let template: Handlebars.TemplateDelegate;
  try {
    template = hb.compile(source.text, { strict: true, noEscape: true });
    return template(data, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
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
