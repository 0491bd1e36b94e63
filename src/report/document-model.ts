/**
 * The circular as structured content, between the rendered template text and the .docx writer.
 * The writer knows nothing of statistics; the template knows nothing of Word.
 */

/** A stretch of text with one look. `heading2` sets a 二级标题's lead sentence in 楷体. */
export interface TextRun {
  text: string;
  bold?: boolean;
  style?: 'heading2';
}

/** A block of the body. */
export type BodyBlock =
  /** 一级标题 "一、总体情况" (黑体). */
  | { type: 'heading1'; text: string }
  /** 正文 paragraph, first line indented two characters; runs may carry a bold lead or a 二级标题 lead. */
  | { type: 'paragraph'; runs: TextRun[] };

/** One column of an attachment table; widths are twips and sum to the 版心 (8845). */
export interface TableColumn {
  header: string;
  width: number;
  align?: 'left' | 'center';
}

/** An attachment: its title (centred on its own page) and a real Word table. */
export interface Attachment {
  title: string;
  columns: TableColumn[];
  rows: string[][];
  /** Shown in place of an empty table, e.g. "无". */
  emptyText?: string;
}

/** Fonts by role (from the config's `fonts`). */
export interface DocumentFonts {
  title: string;
  body: string;
  heading1: string;
  heading2: string;
  pageNumber: string;
  latin: string;
}

/** 版记: 抄送 and 印发机关/印发日期 at the foot of the last page. */
export interface Colophon {
  cc?: string;
  printer: string;
  /** e.g. 2023年1月9日印发 is built from this text: `2023年1月9日`. */
  printDateText: string;
}

/** Everything the .docx writer needs. */
export interface CircularDocument {
  title: string;
  /** 主送机关, ending with "：". */
  addressees: string;
  body: BodyBlock[];
  attachments: Attachment[];
  /** 署名. */
  issuer: string;
  /** 成文日期 as printed: `2023年1月9日`. */
  dateText: string;
  colophon?: Colophon;
  fonts: DocumentFonts;
  /** Core properties. `created` is the time stamped into docProps (reproducible builds). */
  meta: { title: string; subject: string; creator: string; created: Date };
}
