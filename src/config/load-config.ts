import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type core, z } from 'zod';
import { closestMatch } from '../domain/closest.js';
import { describeForbiddenChar, findForbiddenChar, hasReplacementChar } from '../domain/xml-chars.js';
import { RegularFileError } from '../files/read-regular-file.js';
import { readTextFile, TextEncodingError } from '../files/read-text-file.js';
import { ConfigError } from './config-error.js';
import { type Config, configSchema } from './schema.js';

export { ConfigError };

/** The config's file name; a folder holding it is a workspace. */
export const CONFIG_FILE = 'circular.config.json';

let localeSet = false;
function useChineseMessages(): void {
  if (localeSet) return;
  z.config(z.locales.zhCN());
  localeSet = true;
}

/**
 * The top-level field an unknown key was likely meant to be, case ignored: at most two edits away, or a
 * third of the key's length for a long key.
 */
function closestKey(key: string, candidates: readonly string[]): string | undefined {
  const maxDistance = Math.max(2, Math.floor(key.length / 3));
  return closestMatch(key, candidates, { key: (text) => text.toLowerCase(), maxDistance });
}

const TOP_LEVEL_FIELDS = Object.keys(configSchema.shape);

function describeIssue(issue: core.$ZodIssue): string[] {
  const where = issue.path.length > 0 ? issue.path.join('.') : '（顶层）';
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const near = issue.path.length === 0 ? closestKey(key, TOP_LEVEL_FIELDS) : undefined;
      const place = issue.path.length > 0 ? `${where} 中的` : '';
      return `未知字段 ${place}“${key}”${near ? `（是否想写“${near}”？）` : ''}`;
    });
  }
  if (issue.code === 'invalid_key' || issue.code === 'invalid_element') {
    const inner = issue.issues.map((i) => i.message).join('；');
    return [`${where}：${inner || issue.message}`];
  }
  return [`${where}：${issue.message}`];
}

/**
 * Every text of the config that holds a character a .docx cannot carry, or a lost one (U+FFFD, half a
 * surrogate pair), as a problem naming the field (docs/templates.md, “不能写进通报的字符”).
 */
function characterProblems(value: unknown, where: string[] = []): string[] {
  const field = where.length > 0 ? where.join('.') : '（顶层）';
  if (typeof value === 'string') {
    const found = findForbiddenChar(value);
    if (found?.kind === 'surrogate' || (!found && hasReplacementChar(value)))
      return [`${field}：含有无法识别的字符（文字已损坏），请重新输入`];
    return found ? [`${field}：含有${describeForbiddenChar(value, found)}，请删除它`] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => characterProblems(v, [...where, String(i)]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => [
      ...characterProblems(k, where).map((p) =>
        p.replace(/^[^：]*：/, `${[...where, k].join('.')} 的名称：`),
      ),
      ...characterProblems(v, [...where, k]),
    ]);
  }
  return [];
}

/** Validates a parsed config object; throws ConfigError naming every problem. */
export function parseConfig(value: unknown, file = CONFIG_FILE): Config {
  useChineseMessages();
  const result = configSchema.safeParse(value);
  const characters = characterProblems(value);
  if (result.success && characters.length === 0) return result.data;
  const problems = [...characters, ...(result.success ? [] : result.error.issues.flatMap(describeIssue))];
  throw new ConfigError(file, `配置文件 ${file} 有误：\n  ${problems.join('\n  ')}`, problems);
}

/** Reads `circular.config.json` of a workspace; a missing file gives the defaults. */
export function loadConfig(
  workspaceDir: string,
  displayName = CONFIG_FILE,
): { config: Config; found: boolean } {
  const path = join(workspaceDir, CONFIG_FILE);
  if (!existsSync(path)) return { config: parseConfig({}, displayName), found: false };
  let text: string;
  try {
    text = readTextFile(path, displayName);
  } catch (error) {
    if (error instanceof TextEncodingError)
      throw new ConfigError(displayName, `${error.message}。${error.hint}`);
    const reason = error instanceof RegularFileError ? error.reason : (error as Error).message;
    throw new ConfigError(displayName, `无法读取配置文件 ${displayName}：${reason}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const m = /position (\d+)/.exec((error as Error).message);
    const line = m ? text.slice(0, Number(m[1])).split('\n').length : undefined;
    throw new ConfigError(
      displayName,
      `配置文件 ${displayName}${line ? ` 第${line}行` : ''}不是有效的 JSON（检查逗号、引号是否为英文半角，最后一项后不要加逗号）`,
    );
  }
  return { config: parseConfig(value, displayName), found: true };
}
