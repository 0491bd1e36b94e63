import type { ReadProgress } from '../workbook/types.js';
import type { LoadHooks } from '../workspace/load-workspace.js';
import type { CommandContext } from './context.js';
import { printable } from './printable.js';
import { err, progressAllowed } from './terminal.js';

/** How often the progress line is redrawn at most. */
const REDRAW_MS = 100;

/** The progress line of a workbook being read: `正在读取 registry.xlsx：12,345 行（45%）…`. */
export function progressLine(progress: ReadProgress): string {
  const percent = progress.bytesTotal > 0 ? Math.floor((progress.bytesRead / progress.bytesTotal) * 100) : 0;
  return `正在读取 ${progress.file}：${progress.rows.toLocaleString('en-US')} 行（${percent}%）…`;
}

/**
 * Progress on stderr (terminal only, never JSON or CI): the file being read, its rows and how much of
 * it, redrawn at most every 100 ms; and the `--verbose` one-line timing of each stage.
 */
export function createProgress(ctx: CommandContext): {
  hooks: LoadHooks;
  stage: (name: string, ms: number) => void;
  /** Clears the progress line. */
  clear: () => void;
  /** Prints the stage timings under --verbose. */
  report: () => void;
} {
  const live = progressAllowed(ctx.json) && !ctx.quiet;
  const timings: string[] = [];
  let shown = false;
  let drawn = 0;
  const draw = (line: string) => {
    process.stderr.write(`\r\x1b[K${printable(line)}`);
    shown = true;
    drawn = performance.now();
  };
  const stage = (name: string, ms: number) => {
    timings.push(`${name} ${Math.round(ms)} ms`);
  };
  const hooks: LoadHooks = { onStage: stage };
  if (live) {
    hooks.onFile = (file) => draw(`正在读取 ${file}…`);
    hooks.onProgress = (progress) => {
      if (performance.now() - drawn >= REDRAW_MS) draw(progressLine(progress));
    };
  }
  return {
    hooks,
    stage,
    clear: () => {
      if (shown) process.stderr.write('\r\x1b[K');
      shown = false;
    },
    report: () => {
      if (ctx.verbose && timings.length > 0) err(`用时：${timings.join('，')}`);
    },
  };
}
