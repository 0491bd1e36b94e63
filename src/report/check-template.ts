/**
 * A template checked and rewritten before it runs (docs/templates.md, “模板的检查”):
 *
 * - its text holds no character a .docx cannot carry (and none of the literal sentinels);
 * - partials (`{{> x}}`) and decorators (`{{* x}}`) are refused: no missing partial, no recursion;
 * - every `{{…}}` becomes `{{__value …}}`, which prints text or a number as a literal and refuses
 *   anything else (`undefined`, `[object Object]`, a list, a condition);
 * - every path — printed, a condition of `{{#if}}`, the list of `{{#each}}`, a function's argument —
 *   becomes a chain of `(__get base "name" "a.b")` steps: a name that is not an own property of the
 *   data is an error naming the path, where Handlebars' strict mode lets a condition or an argument
 *   be silently empty;
 * - a bare name is always data (`{{date}}` is the date, not the function); a function is called only
 *   with arguments, and only a function the circular has.
 */

import { describeForbiddenChar, findForbiddenChar, hasReplacementChar } from '../domain/xml-chars.js';
import { TemplateProblem } from './template-error.js';
import type { HelperSpec } from './template-helpers.js';

// NOTE: the AST types of Handlebars live in a global namespace; these aliases name the parts used here.
/** A parsed template. */
export type TemplateAst = hbs.AST.Program;
type Expression = hbs.AST.Expression;
type Path = hbs.AST.PathExpression;
type Loc = hbs.AST.SourceLocation;

/** The block helpers a template may open: `{{#if}}`, `{{#unless}}`, `{{#each}}`, `{{#with}}`. */
const BLOCKS = new Set(['if', 'unless', 'each', 'with']);
/** Handlebars' own functions a template may call besides the circular's. */
const BUILT_INS = new Set(['lookup', 'log']);
/** The `@` data a template may read. */
const DATA_NAMES = new Set(['root', 'index', 'key', 'first', 'last']);

/** Refuses a template whose text holds a character no .docx may carry, naming the line. */
export function checkTemplateText(text: string): void {
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const found = findForbiddenChar(line);
    if (found) throw new TemplateProblem(i + 1, `含有${describeForbiddenChar(line, found)}，请删除它`);
    if (hasReplacementChar(line))
      throw new TemplateProblem(i + 1, '含有替换符“\ufffd”（文字在保存时已损坏），请改正后另存为 UTF-8');
    if (/[\ufdd0-\ufdef]/.test(line))
      throw new TemplateProblem(i + 1, '含有 Unicode 非字符（U+FDD0–U+FDEF），请删除它');
  });
}

function line(node: { loc?: Loc }): number | undefined {
  return node.loc?.start.line;
}

function path(original: string, parts: string[], loc: Loc, extra: Partial<Path> = {}): Path {
  return { type: 'PathExpression', data: false, depth: 0, parts, original, loc, ...extra };
}

function text(value: string, loc: Loc): hbs.AST.StringLiteral {
  return { type: 'StringLiteral', value, original: value, loc };
}

function call(name: string, params: Expression[], loc: Loc): hbs.AST.SubExpression {
  return { type: 'SubExpression', path: path(name, [name], loc), params, hash: undefined, loc } as never;
}

/**
 * Checks a parsed template and rewrites it as described above. `helpers` are the circular's functions;
 * throws `TemplateProblem` at the line of the first thing wrong.
 */
export function transformTemplate(
  ast: TemplateAst,
  helpers: ReadonlySet<string>,
  specs: Record<string, HelperSpec>,
): TemplateAst {
  const scopes: string[][] = [];
  const isFunction = (name: string) => helpers.has(name) || BUILT_INS.has(name);

  const lookup = (p: Path): Expression => {
    if (p.data) {
      const [head = '', ...rest] = p.parts;
      if (!DATA_NAMES.has(head) || p.depth > 0)
        throw new TemplateProblem(
          line(p),
          `没有 @${head} 这样的数据（可用 @index、@key、@first、@last、@root）`,
        );
      return chain(path(`@${head}`, [head], p.loc, { data: true }), rest, `@${head}`, p.loc);
    }
    const thisRelative = /^(this|\.)([./]|$)/.test(p.original);
    const [head, ...rest] = p.parts;
    if (head !== undefined && !thisRelative && p.depth === 0 && scopes.some((s) => s.includes(head))) {
      return chain(path(head, [head], p.loc), rest, head, p.loc);
    }
    const base =
      p.depth > 0
        ? path(Array(p.depth).fill('..').join('/'), [], p.loc, { depth: p.depth })
        : path('this', [], p.loc);
    return chain(base, p.parts, '', p.loc);
  };

  const chain = (base: Expression, parts: readonly string[], prefix: string, loc: Loc): Expression => {
    let expr = base;
    let shown = prefix;
    for (const part of parts) {
      shown = shown ? `${shown}.${part}` : part;
      expr = call('__get', [expr, text(part, loc), text(shown, loc)], loc);
    }
    return expr;
  };

  const expression = (e: Expression): Expression => {
    if (e.type === 'PathExpression') return lookup(e as Path);
    if (e.type === 'SubExpression') {
      const sub = e as hbs.AST.SubExpression;
      return call(functionName(sub.path, sub), sub.params.map(expression), sub.loc);
    }
    return e;
  };

  const functionName = (p: Expression, node: { hash?: hbs.AST.Hash; loc: Loc }): string => {
    const name = p.type === 'PathExpression' ? (p as Path).original : '';
    if (BLOCKS.has(name))
      throw new TemplateProblem(line(node), `{{${name}}} 要写成块：{{#${name} …}}…{{/${name}}}`);
    if (!isFunction(name))
      throw new TemplateProblem(line(node), `没有名为“${name}”的函数（可用的函数见 docs/templates.md）`);
    if (node.hash && node.hash.pairs.length > 0)
      throw new TemplateProblem(line(node), `函数 ${name} 不接受“${node.hash.pairs[0]!.key}=”这样的参数`);
    return name;
  };

  const statement = (node: hbs.AST.Statement): hbs.AST.Statement => {
    switch (node.type) {
      case 'MustacheStatement': {
        const m = node as hbs.AST.MustacheStatement;
        const value =
          m.params.length === 0 && !(m.hash && m.hash.pairs.length > 0)
            ? m.path.type === 'PathExpression'
              ? lookup(m.path as Path)
              : m.path
            : call(functionName(m.path, m), m.params.map(expression), m.loc);
        return { ...m, path: path('__value', ['__value'], m.loc), params: [value], hash: undefined } as never;
      }
      case 'BlockStatement':
        return block(node as hbs.AST.BlockStatement);
      case 'PartialStatement':
      case 'PartialBlockStatement':
        throw new TemplateProblem(line(node), '模板不支持局部模板 {{> …}}；请把文字直接写在模板里');
      case 'Decorator':
      case 'DecoratorBlock':
        throw new TemplateProblem(line(node), '模板不支持 {{* …}} 或 {{#* …}} 写法');
      default:
        return node;
    }
  };

  const block = (b: hbs.AST.BlockStatement): hbs.AST.BlockStatement => {
    const name = b.path.original;
    const hasHash = b.hash && b.hash.pairs.length > 0;
    let head: Path;
    let params: Expression[];
    if (BLOCKS.has(name) && !b.path.data) {
      if (b.params.length !== 1 || hasHash)
        throw new TemplateProblem(
          line(b),
          `{{#${name}}} 后面要写一个${name === 'each' ? '列表' : '条件'}，如 {{#${name} stats.checked}}`,
        );
      head = b.path;
      params = b.params.map(expression);
    } else if (b.params.length === 0 && !hasHash && !isFunction(name)) {
      // `{{#stats.provincial}}…{{/stats.provincial}}`: a section on data, its path checked.
      head = path('__section', ['__section'], b.loc);
      params = [lookup(b.path)];
    } else {
      const hint = specs[name] ? `；条件请写成 {{#if (${name} …)}}` : '';
      throw new TemplateProblem(line(b), `“${name}”不能用作块 {{#${name}}}${hint}`);
    }
    scopes.push(b.program?.blockParams ?? []);
    const program = b.program ? { ...b.program, body: b.program.body.map(statement) } : b.program;
    scopes.pop();
    const inverse = b.inverse ? { ...b.inverse, body: b.inverse.body.map(statement) } : b.inverse;
    return { ...b, path: head, params, program, inverse };
  };

  return { ...ast, body: ast.body.map(statement) };
}
