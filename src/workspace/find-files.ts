import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

/** Turns a glob (`*`, `?`, `**`, `{a,b}`) into a regular expression over `/`-separated paths. */
export function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        const slash = pattern[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else if (ch === '{') {
      const end = pattern.indexOf('}', i);
      if (end === -1) re += '\\{';
      else {
        const options = pattern
          .slice(i + 1, end)
          .split(',')
          .map((o) => o.replace(/[.+^$()|[\]\\]/g, '\\$&'));
        re += `(?:${options.join('|')})`;
        i = end;
      }
    } else re += ch.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'i');
}

function walk(dir: string, depth: number, out: string[]): void {
  if (depth > 8) return;
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.name === 'node_modules' || e.name === '.git') continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) walk(full, depth + 1, out);
    else if (e.isFile()) out.push(full);
  }
}

/** The literal folder a glob starts from (`checks/*.xlsx` → `checks`). */
function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const literal: string[] = [];
  for (const p of parts.slice(0, -1)) {
    if (/[*?{]/.test(p)) break;
    literal.push(p);
  }
  return literal.join('/');
}

/**
 * Files of the workspace matching any of the globs, relative to the workspace with `/`, sorted and
 * de-duplicated. A pattern may also be absolute.
 */
export function findFiles(workspaceDir: string, patterns: readonly string[]): string[] {
  const found = new Set<string>();
  for (const raw of patterns) {
    const pattern = raw.replace(/\\/g, '/');
    const root = isAbsolute(pattern) ? '/' : workspaceDir;
    const rel = isAbsolute(pattern) ? pattern.slice(1) : pattern.replace(/^\.\//, '');
    const base = globBase(rel);
    const start = join(root, base);
    let isDir = false;
    try {
      isDir = statSync(start).isDirectory();
    } catch {
      continue;
    }
    if (!isDir) continue;
    const regex = globToRegExp(rel);
    const files: string[] = [];
    walk(start, 0, files);
    for (const f of files) {
      const candidate = relative(root, f).split(sep).join('/');
      if (regex.test(candidate)) found.add(isAbsolute(pattern) ? f : candidate);
    }
  }
  return [...found].sort();
}
