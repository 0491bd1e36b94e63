import { chineseNumber } from '../domain/chinese-number.js';

/**
 * Computed section numbers (docs/templates.md, 自动编号). A template writes the number of a heading as
 * `#` and the numbers are given in the order the lines come, after the template has been rendered, so a
 * section that a `{{#if}}` left out leaves no gap:
 *
 *   `#、存在的主要问题`     → 一、 二、 三、 …        (一级标题)
 *   `（#）内容不更新（3个）` → （一） （二） …         (二级标题; restarts after each 一级标题)
 *   `#.内容不更新（3个）`    → 1. 2. …               (三级; restarts after each 一级 or 二级标题)
 *
 * A number typed by hand (`二、`, `（三）`) counts in the sequence too, so a template may mix both.
 * `＃` (full width) is the same as `#`, and `．` the same as `.`.
 */
export class SectionNumbers {
  private level1 = 0;
  private level2 = 0;
  private level3 = 0;

  /** The line with its `#` replaced by the next number of its level; any other line as it is. */
  number(line: string): string {
    const one = /^[#＃]、/.exec(line);
    if (one) return `${this.next(1)}、${line.slice(one[0].length)}`;
    const two = /^[（(][#＃][）)]/.exec(line);
    if (two) return `（${this.next(2)}）${line.slice(two[0].length)}`;
    const three = /^[#＃][.．]/.exec(line);
    if (three) return `${this.next(3)}.${line.slice(three[0].length)}`;
    // A number typed by hand still moves the count on.
    if (/^[一二三四五六七八九十]+、/.test(line) && line.length <= 30 && !/[，。；：,;]/.test(line))
      this.restart(1);
    else if (/^[（(][一二三四五六七八九十]+[）)]/.test(line)) this.restart(2);
    else if (/^\d+[.．]/.test(line)) this.level3++;
    return line;
  }

  private next(level: 1 | 2 | 3): string {
    this.restart(level);
    if (level === 1) return chineseNumber(this.level1);
    if (level === 2) return chineseNumber(this.level2);
    return String(this.level3);
  }

  /** Counts one more heading of `level` and restarts the levels below it. */
  private restart(level: 1 | 2 | 3): void {
    if (level === 1) {
      this.level1++;
      this.level2 = 0;
      this.level3 = 0;
    } else if (level === 2) {
      this.level2++;
      this.level3 = 0;
    } else {
      this.level3++;
    }
  }
}
