import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type core, z } from 'zod';
import { describeForbiddenChar, findForbiddenChar, hasReplacementChar } from '../domain/xml-chars.js';
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

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}

function closestKey(key: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const c of candidates) {
    const d = levenshtein(key.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
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
    text = readFileSync(path, 'utf8').replace(/^\ufeff/, '');
  } catch (error) {
    throw new ConfigError(displayName, `无法读取配置文件 ${displayName}：${(error as Error).message}`);
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
