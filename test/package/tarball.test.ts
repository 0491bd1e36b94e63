/**
 * What `npm pack` puts in the package (docs/packaging.md): what an installer gets, and nothing that
 * points at what it lacks. Reads `npm pack --dry-run --json` of the built tree (npm test builds first).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ROOT } from '../helpers/cli.js';

const packOutput = z.array(z.object({ name: z.string(), files: z.array(z.object({ path: z.string() })) }));
const manifest = z.object({
  name: z.string(),
  bin: z.record(z.string(), z.string()),
  dependencies: z.record(z.string(), z.string()),
  devDependencies: z.record(z.string(), z.string()),
  scripts: z.record(z.string(), z.string()),
});

let files: string[] = [];
const pkg = manifest.parse(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')));

beforeAll(() => {
  const json = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  files = packOutput.parse(JSON.parse(json))[0]?.files.map((f) => f.path) ?? [];
}, 60_000);

/** Every `.ts` file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') || f.endsWith('.hbs'))
    .map((f) => join(ROOT, dir, f));
}

describe('the npm package', () => {
  it('is named circular-tongbao and installs the command circular', () => {
    // NOTE: the name `circular` on the registry belongs to an unrelated package.
    expect(pkg.name).toBe('circular-tongbao');
    expect(pkg.bin).toEqual({ circular: 'bin/circular.js' });
  });

  it('carries the program, the templates, the schema, the licence and the README', () => {
    for (const f of [
      'LICENSE',
      'README.md',
      'package.json',
      'bin/circular.js',
      'dist/cli/index.js',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/vendor/docx.mjs',
      'dist/vendor/docx.LICENSE',
      'templates/quarterly.hbs',
      'schema/circular.config.schema.json',
    ])
      expect(files).toContain(f);
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
  });

  it('carries neither sources, tests, fixtures nor source maps', () => {
    expect(files.filter((f) => /^(src|test|fixtures|scripts)\//.test(f))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    const mapped = files
      .filter((f) => f.endsWith('.js'))
      .filter((f) => readFileSync(join(ROOT, f), 'utf8').includes('sourceMappingURL='));
    expect(mapped).toEqual([]);
  });

  it('carries every docs/ page that a message or a template names', () => {
    const named = new Set<string>();
    for (const file of [...sources('src'), ...sources('templates')])
      for (const m of readFileSync(file, 'utf8').matchAll(/docs\/[\w.-]+\.md/g)) named.add(m[0]);
    expect(named.size).toBeGreaterThan(0);
    for (const doc of named) expect(files, doc).toContain(doc);
  });

  it('loads docx from its own copy, so an installer never resolves docx (and its nanoid 6)', () => {
    expect(pkg.dependencies.docx).toBeUndefined();
    const bare = files
      .filter((f) => f.startsWith('dist/') && f.endsWith('.js'))
      .filter((f) => /(from\s*|import\()\s*['"]docx['"]/.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(bare).toEqual([]);
  });

  it('has no runtime dependency that the program does not import', () => {
    const code = sources('src')
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    for (const dep of Object.keys(pkg.dependencies))
      expect(code, dep).toMatch(new RegExp(`from '${dep}(/[^']*)?'|import\\('${dep}'\\)`));
    expect(pkg.dependencies.saxes).toBeUndefined();
  });

  it('installs from a clone without devDependencies: prepare does not need tsc', () => {
    expect(pkg.scripts.prepare).not.toMatch(/tsc|npm run build/);
    expect(pkg.scripts.prepack).toBe('npm run build');
  });
});
