import type { LoadHooks } from '../workspace/load-workspace.js';
import type { CommandContext } from './context.js';
import { err, progressAllowed } from './terminal.js';

/** Progress on stderr (terminal only, never JSON or CI) and `--verbose` stage timings. */
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
  const stage = (name: string, ms: number) => {
    timings.push(`${name} ${Math.round(ms)} ms`);
  };
  return {
    hooks: {
      onFile: (file) => {
        if (!live) return;
        process.stderr.write(`\r\x1b[K正在读取 ${file}…`);
        shown = true;
      },
      onStage: stage,
    },
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
