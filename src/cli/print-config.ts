import { effectiveConfig } from '../app/effective-config.js';
import { CONFIG_FILE } from '../config/load-config.js';
import type { CommonOptions } from './context.js';
import { EXIT } from './errors.js';
import { err, out } from './terminal.js';

/**
 * `--print-config`: the effective config (defaults < file) as JSON on stdout, then exit 0. A folder
 * without a config prints the defaults, with a note on stderr; a bad config is exit 2 as anywhere.
 */
export function printConfig(options: CommonOptions): number {
  const { config, found } = effectiveConfig(options.workspace);
  if (!found && !options.quiet) err(`未找到 ${CONFIG_FILE}，以下为默认配置`);
  out(JSON.stringify(config, null, 2));
  return EXIT.ok;
}
