import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The files the tool ships beside its code (the templates, package.json), read the same way whether it
 * runs from the npm package or from a single-file program (docs/packaging.md).
 * NOTE: a single-file program carries them as SEA assets keyed by their path in the package
 * (`templates/quarterly.hbs`), plus the asset `BUNDLED_INDEX` listing those keys, because Node 20 cannot
 * list a program's assets; `scripts/dist/build-binaries.ts` writes both.
 */
export const BUNDLED_INDEX = 'bundled-files.json';

type Sea = { isSea(): boolean; getAsset(key: string, encoding: string): string };

/** Node's `node:sea` when this process is a single-file program, else undefined. */
function seaAssets(): Sea | undefined {
  // NOTE: getBuiltinModule (Node ≥ 20.16) works in the ES module and in the CommonJS bundle alike.
  const sea = process.getBuiltinModule?.('node:sea') as Sea | undefined;
  return sea?.isSea() ? sea : undefined;
}

/** The package's root folder: this file is `src/resources/` or `dist/resources/` in it. */
function packageRoot(): string {
  return fileURLToPath(new URL('../../', import.meta.url));
}

/** The text of a shipped file, by its path in the package (`templates/quarterly.hbs`). */
export function readBundledFile(path: string): string {
  const sea = seaAssets();
  return sea ? sea.getAsset(path, 'utf8') : readFileSync(join(packageRoot(), path), 'utf8');
}

/** The names of the shipped files directly in folder `dir` of the package (`templates`). */
export function listBundledFiles(dir: string): string[] {
  const sea = seaAssets();
  if (!sea) return readdirSync(join(packageRoot(), dir)).sort();
  const keys: unknown = JSON.parse(sea.getAsset(BUNDLED_INDEX, 'utf8'));
  if (!Array.isArray(keys)) return [];
  const prefix = `${dir}/`;
  return keys
    .filter((k): k is string => typeof k === 'string' && k.startsWith(prefix))
    .map((k) => k.slice(prefix.length))
    .filter((name) => !name.includes('/'))
    .sort();
}
