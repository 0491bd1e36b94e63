/**
 * Reading a rendered PDF back as geometry, with poppler: `pdfinfo` for pages and page size,
 * `pdftotext -bbox-layout` for every text line's box (PDF points, origin top left).
 */

import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** One visual line of text: words on the same baseline joined (no spaces), with its box. */
export interface TextLine {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** A page's size and lines, top to bottom. */
export interface PdfPage {
  number: number;
  width: number;
  height: number;
  lines: TextLine[];
}

/** The path of an executable on PATH, or undefined. */
export function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, name);
    try {
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    } catch {
      // Unreadable PATH entry.
    }
  }
  return undefined;
}

/** `pdfinfo`'s "Pages" and "Page size". */
export function pdfInfo(pdf: string): { pages: number; width: number; height: number } {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
  return { pages, width: Number(size?.[1]), height: Number(size?.[2]) };
}

/** The plain text of the PDF. */
export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
}

/** Every page's text lines; words whose boxes share a vertical band (±1 pt) form one line. */
export function pdfLayout(pdf: string): PdfPage[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return html
    .split('<page ')
    .slice(1)
    .map((page, i) => ({
      number: i + 1,
      width: Number(/width="([\d.]+)"/.exec(page)?.[1]),
      height: Number(/height="([\d.]+)"/.exec(page)?.[1]),
      lines: groupWords(words(page)),
    }));
}

const WORD = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;

function words(page: string): TextLine[] {
  return [...page.matchAll(WORD)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: decode(m[5] ?? ''),
  }));
}

function groupWords(all: TextLine[]): TextLine[] {
  const lines: TextLine[] = [];
  for (const word of [...all].sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin)) {
    const line = lines.find((l) => Math.abs(l.yMin - word.yMin) <= 1 && Math.abs(l.yMax - word.yMax) <= 1);
    if (line) {
      line.text += word.text;
      line.xMin = Math.min(line.xMin, word.xMin);
      line.xMax = Math.max(line.xMax, word.xMax);
    } else {
      lines.push({ ...word });
    }
  }
  // Words in one band may arrive out of x order (table cells): rebuild each line's text left to right.
  for (const line of lines) {
    line.text = all
      .filter((w) => Math.abs(w.yMin - line.yMin) <= 1 && Math.abs(w.yMax - line.yMax) <= 1)
      .sort((a, b) => a.xMin - b.xMin)
      .map((w) => w.text)
      .join('');
  }
  return lines.sort((a, b) => a.yMin - b.yMin);
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
