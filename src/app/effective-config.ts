import { loadConfig } from '../config/load-config.js';
import type { Config } from '../config/schema.js';
import { workspaceFolder } from './workspace-folder.js';

/**
 * The config a command would use in a folder (defaults < the folder's circular.config.json), and
 * whether the file was there. Throws `RequestError` for a folder that does not exist, `ConfigError`
 * for a bad config.
 */
export function effectiveConfig(workspace: string | undefined): { config: Config; found: boolean } {
  return loadConfig(workspaceFolder(workspace, false));
}
