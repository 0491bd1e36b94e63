import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONFIG_FILE } from '../config/load-config.js';
import { RequestError } from './request-error.js';

/**
 * The workspace folder, absolute: `given` (as the user wrote it), else the current folder. It must
 * exist, and hold circular.config.json when `requireConfig`; else a `RequestError` says what to do.
 */
export function workspaceFolder(given: string | undefined, requireConfig = true): string {
  const dir = resolve(given ?? '.');
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new RequestError(`工作区文件夹不存在：${given ?? dir}`);
  if (requireConfig && !existsSync(resolve(dir, CONFIG_FILE))) {
    throw new RequestError(
      `${given ? `“${given}”` : '当前文件夹'}不是工作区：没有找到 ${CONFIG_FILE}。\n` +
        '请用 --workspace 指定工作区文件夹，或先运行 circular init 创建一个。',
    );
  }
  return dir;
}
