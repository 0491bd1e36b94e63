import type { BodyBlock, TextRun } from './document-model.js';
import { LITERAL_SLOT, RenderedLine, splitRenderedLines } from './literal-text.js';
import { SectionNumbers } from './number-sections.js';

/**
 * The rendered template is plain text with a few markers a clerk can read:
 *
 *   【标题】市政府办公室关于…的通报
 *   【主送】各市（县）、区人民政府，…：
 *   【正文】            every following non-empty line is one paragraph
 *   一、总体情况        a line like this is a 一级标题
 *   （一）…。…          its first sentence is set in 楷体 (二级标题)
 *   **一是…。**其余     `**…**` is bold
 *   #、存在的主要问题  `#` is a computed section number (see number-sections.ts)
 *   【附件】unqualified 不合格政务新媒体名单
 *   【署名】无锡市人民政府办公室
 *   【日期】2023年1月9日
 *
 * NOTE: the markers are read from the template's own text only. A value the template printed arrives
 * wrapped as a literal (see `literal-text.ts`) and is always plain text: a value holding 【标题】, `一、`,
 * `（一）`, `**` or a line break makes no part, heading, bold or paragraph (docs/templates.md).
 */
export interface CircularText {
  title: string;
  addressees: string;
  body: BodyBlock[];
  attachments: { key: string; title: string }[];
  issuer: string;
  dateText: string;
}

/**
 * A problem in the rendered text: the reason, the rendered line it is on (1-based, 0 for the whole text)
 * and that line's own template text (its longest stretch between values), by which the caller finds
 * the template line that wrote it.
 */
export class CircularTextError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
    readonly templateText = '',
  ) {
    super(line > 0 ? `第${line}行${reason}` : reason);
    this.name = 'CircularTextError';
  }
}

/** The template's own text of a rendered line: its longest stretch between values, trimmed. */
function ownText(line: RenderedLine): string {
  return line.shape
    .split(LITERAL_SLOT)
    .map((part) => part.trim())
    .reduce((longest, part) => (part.length > longest.length ? part : longest), '');
}

const MARKER = /^【(标题|主送|正文|附件|署名|日期)】\s*/;
const NUMERALS = /^[一二三四五六七八九十]+$/;
const HEADING1 = /^[一二三四五六七八九十]+、\S/;
const HEADING2 = /^[（(][一二三四五六七八九十]+[）)]/;
const BOLD = /\*\*(.+?)\*\*/g;

function asLine(line: string | RenderedLine): RenderedLine {
  return typeof line === 'string' ? new RenderedLine(line, []) : line;
}

/** Splits `**bold**` markup into runs. An unclosed `**` is kept as text; a value's `**` is text. */
export function parseRuns(text: string | RenderedLine): TextRun[] {
  const line = asLine(text);
  const runs: TextRun[] = [];
  const push = (run: TextRun) => {
    if (run.text) runs.push(run);
  };
  let last = 0;
  BOLD.lastIndex = 0;
  for (let m = BOLD.exec(line.shape); m !== null; m = BOLD.exec(line.shape)) {
    if (m.index > last) push({ text: line.text(last, m.index) });
    push({ text: line.text(m.index + 2, m.index + m[0].length - 2), bold: true });
    last = m.index + m[0].length;
  }
  if (last < line.shape.length) push({ text: line.text(last) });
  return runs;
}

/**
 * The shape a 一级标题 is recognised on: a line may open with a printed numeral (`{{chineseNumber n}}、`),
 * the template's `、` after it making the heading; any other value counts as one character.
 */
function headingShape(line: RenderedLine): string {
  const first = line.valueAt(0);
  return first !== undefined && NUMERALS.test(first) ? first + line.shape.slice(1) : line.shape;
}

/** One body line as a block: a 一级标题, or a paragraph whose （一） lead sentence is a 二级标题. */
export function bodyBlock(text: string | RenderedLine): BodyBlock {
  const line = asLine(text);
  const shape = headingShape(line);
  if (HEADING1.test(shape) && shape.length <= 30 && !/[，。；：,;]/.test(shape)) {
    return { type: 'heading1', text: line.text() };
  }
  if (HEADING2.test(line.shape) && !line.shape.includes('**')) {
    const end = line.shape.search(/[。]/);
    const leadEnd = end === -1 ? line.shape.length : end + 1;
    const runs: TextRun[] = [{ text: line.text(0, leadEnd), style: 'heading2' }];
    if (leadEnd < line.shape.length) runs.push(...parseRuns(line.slice(leadEnd)));
    return { type: 'paragraph', runs };
  }
  return { type: 'paragraph', runs: parseRuns(line) };
}

/** Parses the rendered template into the circular's parts. */
export function parseCircularText(text: string): CircularText {
  const result: CircularText = {
    title: '',
    addressees: '',
    body: [],
    attachments: [],
    issuer: '',
    dateText: '',
  };
  let inBody = false;
  const numbers = new SectionNumbers();
  splitRenderedLines(text).forEach((raw, i) => {
    const line = raw.trim();
    if (!line.shape) return;
    const m = MARKER.exec(line.shape);
    if (!m) {
      if (!inBody)
        throw new CircularTextError(
          i + 1,
          `的文字不属于任何部分：“${line.text().slice(0, 20)}”；正文应写在【正文】之后`,
          ownText(line),
        );
      result.body.push(bodyBlock(numberLine(numbers, line)));
      return;
    }
    const marker = m[1];
    const rest = line.slice(m[0].length);
    inBody = marker === '正文';
    if (marker === '标题') result.title = rest.text();
    else if (marker === '主送') result.addressees = rest.text();
    else if (marker === '署名') result.issuer = rest.text();
    else if (marker === '日期') result.dateText = rest.text();
    else if (marker === '附件') result.attachments.push(attachmentLine(rest, i + 1, ownText(line)));
  });
  for (const [field, name] of [
    ['title', '标题'],
    ['issuer', '署名'],
    ['dateText', '日期'],
  ] as const) {
    if (!result[field]) throw new CircularTextError(0, `模板缺少【${name}】`);
  }
  return result;
}

/**
 * A body line with its computed section number (`#、` → 二、): the `#` is the template's own text, so
 * the values are kept as they are; a heading typed by hand (or a numeral printed before the template's
 * 、) moves the count on.
 */
function numberLine(numbers: SectionNumbers, line: RenderedLine): RenderedLine {
  if (/^[#＃]|^[（(][#＃]/.test(line.shape)) return new RenderedLine(numbers.number(line.shape), line.values);
  numbers.number(headingShape(line));
  return line;
}

/** `【附件】key 标题`: the key is the template's own text, the title may hold values. */
function attachmentLine(rest: RenderedLine, line: number, own: string): { key: string; title: string } {
  const a = /^([A-Za-z][\w-]*)\s+(?=\S)/.exec(rest.shape);
  if (!a)
    throw new CircularTextError(
      line,
      '【附件】应写作“【附件】表格代号 附件标题”，如“【附件】unqualified 不合格政务新媒体名单”',
      own,
    );
  return { key: a[1]!, title: rest.slice(a[0].length).text().trim() };
}
