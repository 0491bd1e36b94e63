/**
 * The npm tarball as an installer gets it (docs/packaging.md): packed, installed into an empty project
 * with `--omit=dev --engine-strict` on this Node 20, and run. `--engine-strict` turns a dependency that
 * needs a newer Node (docx's nanoid 6) into a failed install. Needs dist/ (npm run build) and the registry.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BIN, ROOT, SAMPLE, tempDir } from '../helpers/cli.js';

const project = tempDir('circular-install-');
const BUILD = ['build', '--quarter', '2022Q4', '--date', '2023-01-09'];
/**
 * The environment without the npm_* variables of the `npm run test:dist` around this test: a child npm
 * would take npm_config_local_prefix (this repository) for its project, and npx would run this tree.
 */
const CLEAN = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
const ENV = { ...CLEAN, SOURCE_DATE_EPOCH: '1672531200', NO_COLOR: '1', CI: 'true' };
/**
 * For npx: without CI and npm_config_yes (with both set, npx 11 prints its own help instead). The help
 * compared with this tree's shows that npx ran the installed package, not one of that name from the registry.
 */
const NPX = { ...CLEAN, SOURCE_DATE_EPOCH: '1672531200', NO_COLOR: '1' };

interface LsNode {
  version?: string;
  dependencies?: Record<string, LsNode>;
}
const lsNode: z.ZodType<LsNode> = z.lazy(() =>
  z.object({ version: z.string().optional(), dependencies: z.record(z.string(), lsNode).optional() }),
);

/** Every name@version in an `npm ls --json --all` tree. */
function flatten(tree: LsNode, into: string[] = []): string[] {
  for (const [name, dep] of Object.entries(tree.dependencies ?? {})) {
    into.push(`${name}@${dep.version}`);
    flatten(dep, into);
  }
  return into;
}

beforeAll(() => {
  // NOTE: --ignore-scripts: dist/ is the one `npm test` built just before; prepack would rebuild it
  // while the other tests read it. package.json's prepack is checked by test/package/tarball.test.ts.
  const packed = execFileSync(
    'npm',
    ['pack', '--ignore-scripts', '--silent', '--pack-destination', project],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  ).trim();
  writeFileSync(
    join(project, 'package.json'),
    '{ "name": "install-check", "version": "1.0.0", "private": true }\n',
  );
  execFileSync(
    'npm',
    [
      'install',
      '--omit=dev',
      '--engine-strict',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      `./${packed}`,
    ],
    { cwd: project, stdio: ['ignore', 'ignore', 'inherit'], env: ENV },
  );
});

describe('the package installed from its tarball on Node 20', () => {
  it('pulls no docx, no nanoid and nothing npm ls finds wrong', () => {
    const ls = spawnSync('npm', ['ls', '--all', '--json', '--omit=dev'], {
      cwd: project,
      encoding: 'utf8',
      env: ENV,
    });
    expect(ls.status, ls.stderr).toBe(0);
    const tree = lsNode.parse(JSON.parse(ls.stdout));
    const all = flatten(tree);
    expect(all).toContain('circular-tongbao@0.1.0');
    expect(all.filter((d) => /^(docx|nanoid)@/.test(d))).toEqual([]);
    // saxes: not ours any more (exceljs brings its own saxes 5).
    expect(Object.keys(tree.dependencies?.['circular-tongbao']?.dependencies ?? {})).not.toContain('saxes');
  });

  it('--engine-strict, which made that install, does refuse a package that needs a newer Node', () => {
    const r = spawnSync(
      'npm',
      ['install', '--dry-run', '--engine-strict', '--no-audit', '--no-fund', 'nanoid@6.0.2'],
      {
        cwd: project,
        encoding: 'utf8',
      },
    );
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('EBADENGINE');
  });

  it('npx circular --help is the help of this tree', () => {
    const help = spawnSync('npx', ['circular', '--help'], { cwd: project, encoding: 'utf8', env: NPX });
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toBe(execFileSync(process.execPath, [BIN, '--help'], { encoding: 'utf8', env: ENV }));
  });

  it('npx circular build writes the same .docx as this tree', () => {
    const installed = join(project, 'ws');
    const here = join(tempDir(), 'ws');
    cpSync(SAMPLE, installed, { recursive: true });
    cpSync(SAMPLE, here, { recursive: true });
    const r = spawnSync(
      'npx',
      ['circular', ...BUILD, '--workspace', installed, '-o', join(installed, 'out.docx')],
      {
        cwd: project,
        encoding: 'utf8',
        env: NPX,
      },
    );
    expect(r.status, r.stderr).toBe(0);
    execFileSync(process.execPath, [BIN, ...BUILD, '--workspace', here, '-o', join(here, 'out.docx')], {
      env: ENV,
    });
    expect(readFileSync(join(installed, 'out.docx')).equals(readFileSync(join(here, 'out.docx')))).toBe(true);
  });
});
