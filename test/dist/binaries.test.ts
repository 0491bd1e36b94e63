/**
 * The single-file programs of `npm run dist`, run where they run (docs/packaging.md): the Linux x64 one
 * here, the Windows one under Wine from a folder whose path has Chinese characters and spaces, each
 * compared with what `node bin/circular.js` gives on the same workspace.
 * Needs dist-bin/ (`npm run dist`), dist/ (`npm run build`) and Wine (`.ci/wine-deps.sh`).
 */
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasAuthenticode } from '../../scripts/dist/strip-authenticode.js';
import { BIN, ROOT, SAMPLE, tempDir } from '../helpers/cli.js';

const OUT = join(ROOT, 'dist-bin');
const LINUX = join(OUT, 'circular-linux-x64');
const ARM = join(OUT, 'circular-linux-arm64');
const WIN = join(OUT, 'circular-win-x64.exe');
const WINE = process.env.WINE ?? '/usr/lib/wine/wine64';
/** Fixed document time and date, so that two builds of the same data are the same bytes. */
const BUILD = ['build', '--quarter', '2022Q4', '--date', '2023-01-09', '-o', '通报 2022Q4.docx'];
const FIXED = { SOURCE_DATE_EPOCH: '1672531200', NO_COLOR: '1', CI: 'true' };

/** What a run printed: stdout and stderr through files (Node for Windows under Wine needs a file). */
interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, input?: string): Run {
  const dir = tempDir('circular-run-');
  const [outFile, errFile, inFile] = ['out.txt', 'err.txt', 'in.txt'].map((f) => join(dir, f)) as [
    string,
    string,
    string,
  ];
  writeFileSync(inFile, input ?? '');
  const fds = [openSync(inFile, 'r'), openSync(outFile, 'w'), openSync(errFile, 'w')];
  let r: SpawnSyncReturns<Buffer>;
  try {
    r = spawnSync(command, args, {
      cwd,
      env: { ...process.env, ...FIXED, ...env },
      stdio: fds,
      timeout: 300_000,
    });
  } finally {
    for (const fd of fds) closeSync(fd);
  }
  if (r.error) throw r.error;
  return { code: r.status, stdout: readFileSync(outFile, 'utf8'), stderr: readFileSync(errFile, 'utf8') };
}

/** `node bin/circular.js …`, the npm install's way of running. */
const node = (args: string[], cwd: string, env?: NodeJS.ProcessEnv) =>
  run(process.execPath, [BIN, ...args], cwd, env);

/** A copy of the sample workspace at `parent/name`. */
function sampleAt(parent: string, name: string): string {
  const dir = join(parent, name);
  mkdirSync(parent, { recursive: true });
  cpSync(SAMPLE, dir, { recursive: true });
  return dir;
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

beforeAll(() => {
  for (const f of [LINUX, ARM, WIN, join(OUT, 'SHA256SUMS')])
    if (!existsSync(f)) throw new Error(`${f} is missing: run npm run dist first`);
  if (!existsSync(join(ROOT, 'dist', 'cli', 'index.js')))
    throw new Error('dist/ is missing: run npm run build');
});

describe('dist-bin/', () => {
  it('holds the three programs and a SHA256SUMS that sha256sum -c accepts', () => {
    const sums = readFileSync(join(OUT, 'SHA256SUMS'), 'utf8').trim().split('\n');
    expect(sums.map((l) => l.slice(66))).toEqual([
      'circular-linux-arm64',
      'circular-linux-x64',
      'circular-win-x64.exe',
    ]);
    for (const line of sums) expect(line).toBe(`${sha256(join(OUT, line.slice(66)))}  ${line.slice(66)}`);
    const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: OUT, encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });

  it('the arm64 program is an aarch64 ELF that carries the program (its SEA fuse is set)', () => {
    const bytes = readFileSync(ARM);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('\x7fELF');
    expect(bytes.readUInt16LE(18)).toBe(0xb7); // e_machine: EM_AARCH64
    expect(bytes.includes('NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2:1')).toBe(true);
    expect(bytes.includes('NODE_SEA_BLOB')).toBe(true);
  });
});

describe('the Linux x64 program', () => {
  it('prints the same help and version as node bin/circular.js, needing nothing installed', () => {
    const cwd = tempDir();
    const bare = { PATH: '/nonexistent', HOME: cwd, NODE_PATH: '' };
    for (const args of [['--help'], ['--version'], ['build', '--help']]) {
      const ours = run(LINUX, args, cwd, bare);
      expect(ours.code).toBe(0);
      expect(ours.stdout).toBe(node(args, cwd).stdout);
    }
  });

  it('builds the sample circular with the same bytes as node bin/circular.js', () => {
    const viaNode = sampleAt(tempDir(), 'wuxi-2022');
    const viaBin = sampleAt(tempDir(), 'wuxi-2022');
    expect(node(BUILD, viaNode).code).toBe(0);
    const built = run(LINUX, BUILD, viaBin);
    expect(built.code, built.stderr).toBe(0);
    const docx = readFileSync(join(viaBin, '通报 2022Q4.docx'));
    expect(docx.length).toBeGreaterThan(10_000);
    expect(docx.equals(readFileSync(join(viaNode, '通报 2022Q4.docx')))).toBe(true);
  });

  it('init writes the templates it carries, byte for byte', () => {
    const dir = join(tempDir(), '新 工作区');
    const r = run(LINUX, ['init', dir, '--quiet'], tempDir());
    expect(r.code, r.stderr).toBe(0);
    const templates = readdirSync(join(ROOT, 'templates'));
    expect(templates.length).toBeGreaterThan(1);
    for (const t of templates)
      expect(readFileSync(join(dir, 'templates', t), 'utf8'), t).toBe(
        readFileSync(join(ROOT, 'templates', t), 'utf8'),
      );
  });
});

describe('the Windows program under Wine, from a path with Chinese characters and spaces', () => {
  const base = tempDir('circular-wine-');
  const env = { WINEPREFIX: join(base, 'prefix'), WINEDEBUG: '-all', WINEDLLOVERRIDES: 'mscoree,mshtml=' };
  const wine = (args: string[], cwd: string, input?: string) => run(WINE, [WIN, ...args], cwd, env, input);
  let win = '';
  let linux = '';

  beforeAll(() => {
    if (!existsSync(WINE)) throw new Error(`${WINE} is missing: bash .ci/wine-deps.sh`);
    // A fresh prefix that says Windows 10 (Node 20 refuses the Windows 7 that Wine reports by default).
    const cfg = run(WINE, ['winecfg', '-v', 'win10'], base, env);
    expect(cfg.code, cfg.stderr).toBe(0);
    win = sampleAt(join(base, '无锡 市政府办公室', '政务 新媒体'), '2022 年 第四季度');
    linux = sampleAt(join(base, 'linux'), 'wuxi-2022');
  });

  it('carries no broken signature (the one of node.exe is removed before the injection)', () => {
    expect(hasAuthenticode(readFileSync(WIN))).toBe(false);
  });

  it('validate: the same findings and exit code as on Linux', () => {
    const w = wine(['validate', '--quarter', '2022Q4'], win);
    const l = node(['validate', '--quarter', '2022Q4'], linux);
    expect(w.code, w.stderr).toBe(l.code);
    expect(w.stdout.replaceAll('\\', '/')).toBe(l.stdout);
    expect(w.stdout).toContain('已检查');
  });

  it('stats --format json: the same statistics as on Linux', () => {
    const w = wine(['stats', '--quarter', '2022Q4', '--format', 'json'], win);
    const l = node(['stats', '--quarter', '2022Q4', '--format', 'json'], linux);
    expect(w.code, w.stderr).toBe(0);
    expect(JSON.parse(w.stdout)).toEqual(JSON.parse(l.stdout));
  });

  it('build: the same .docx bytes as on Linux', () => {
    const w = wine(BUILD, win);
    expect(w.code, w.stderr).toBe(0);
    expect(w.stdout).toContain('已生成 通报 2022Q4.docx');
    expect(node(BUILD, linux).code).toBe(0);
    expect(
      readFileSync(join(win, '通报 2022Q4.docx')).equals(readFileSync(join(linux, '通报 2022Q4.docx'))),
    ).toBe(true);
  });

  it('a workbook dropped onto it: validates it, names the cell, and waits for Enter', () => {
    const sheet = join(win, '宜兴市 报送.csv');
    writeFileSync(
      sheet,
      '检查月份,检查类型,账号名称,平台类型,得分,单项否决,否决情形,问题描述,检查结论,转载权威信息\n' +
        '2022-12,全面检查,宜兴发布,微信,abc,否,,,合格,否\n',
    );
    const w = run(WINE, [WIN, sheet], base, { ...env, CIRCULAR_PAUSE: '1' }, '\r\n');
    expect(w.code, w.stderr).toBe(1);
    expect(w.stdout).toContain('E2');
    expect(w.stdout).toContain('得分“abc”不是数字');
    expect(w.stdout.trimEnd().endsWith('按回车键关闭窗口……')).toBe(true);
  });
});
