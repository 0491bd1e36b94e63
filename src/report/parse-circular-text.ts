import type { BodyBlock, TextRun } from './document-model.js';
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
 */
export interface CircularText {
  title: string;
  addressees: string;
  body: BodyBlock[];
  attachments: { key: string; title: string }[];
  issuer: string;
  dateText: string;
}

/** A problem in the rendered text, with the line it is on (1-based). */
export class CircularTextError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'CircularTextError';
  }
}

const MARKER = /^【(标题|主送|正文|附件|署名|日期)】\s*(.*)$/;
const HEADING1 = /^[一二三四五六七八九十]+、\S/;
const HEADING2 = /^[（(][一二三四五六七八九十]+[）)]/;

/** Splits `**bold**` markup into runs. An unclosed `**` is kept as text. */
export function parseRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  const pattern = /\*\*(.+?)\*\*/g;
  let last = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m.index > last) runs.push({ text: text.slice(last, m.index) });
    runs.push({ text: m[1]!, bold: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs;
}

/** One body line as a block: a 一级标题, or a paragraph whose （一） lead sentence is a 二级标题. */
export function bodyBlock(line: string): BodyBlock {
  if (HEADING1.test(line) && line.length <= 30 && !/[，。；：,;]/.test(line)) {
    return { type: 'heading1', text: line };
  }
  if (HEADING2.test(line) && !line.includes('**')) {
    const end = line.search(/[。]/);
    const lead = end === -1 ? line : line.slice(0, end + 1);
    const rest = line.slice(lead.length);
    const runs: TextRun[] = [{ text: lead, style: 'heading2' }];
    if (rest) runs.push(...parseRuns(rest));
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
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const m = MARKER.exec(line);
    if (!m) {
      if (!inBody)
        throw new CircularTextError(
          i + 1,
          `第${i + 1}行的文字不属于任何部分：“${line.slice(0, 20)}”；正文应写在【正文】之后`,
        );
      result.body.push(bodyBlock(numbers.number(line)));
      return;
    }
    const [, marker, rest = ''] = m;
    inBody = marker === '正文';
    if (marker === '标题') result.title = rest;
    else if (marker === '主送') result.addressees = rest;
    else if (marker === '署名') result.issuer = rest;
    else if (marker === '日期') result.dateText = rest;
    else if (marker === '附件') {
      const a = /^([A-Za-z][\w-]*)\s+(.+)$/.exec(rest);
      if (!a)
        throw new CircularTextError(
          i + 1,
          `第${i + 1}行【附件】应写作“【附件】表格代号 附件标题”，如“【附件】unqualified 不合格政务新媒体名单”`,
        );
      result.attachments.push({ key: a[1]!, title: a[2]!.trim() });
    }
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
