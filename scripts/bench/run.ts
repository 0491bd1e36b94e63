/**
 * `npm run bench`: how fast `circular stats` reads a province's half-year, against the pandas + openpyxl
 * script a user would otherwise write, and how fast the CLI starts.
 *
 *   npm run bench                                   # 2k, 20k and 100k accounts, 5 runs each
 *   npm run bench -- --sizes 2000,20000 --runs 3    # fewer
 *   npm run bench -- --pandas-runs 1                # fewer pandas runs at every size
 *   npm run bench -- --startup-only --runs 11       # start-up alone (no pandas needed)
 *   npm run bench -- --messy --sizes 20000          # sheets as offices send them (see generate-workspace.ts)
 *
 * For each size it generates (or reuses, under .bench/) a workspace, runs the CLI and the pandas script
 * alternately, checks that both print the same figures, and prints a Markdown table: accounts, rows,
 * medians of wall and CPU time, their ratio, rows per second and peak RSS; and `build` of the same
 * quarter against `stats`, with its targets (at most 1.5× the wall time and 300 MB at 20,000 accounts, 2×
 * and 500 MB at 100,000), which fail the bench when missed. Then it times the sample's
 * `build`, `validate` of one results workbook and `--help`, and shows which packages they load, and
 * `--help` of the single-file program dist-bin/circular-linux-x64 (`npm run dist`) against
 * `node bin/circular.js --help`, alternating, with the target of at most 1.5 times (docs/packaging.md).
 * Needs Debian's python3-pandas and python3-openpyxl (exits 1 without them); CI does not run it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { PeriodStats } from '../../src/stats/types.js';
import { ensureWorkspace } from './generate-workspace.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(ROOT, 'bin', 'circular.js');
const SAMPLE = join(ROOT, 'fixtures', 'wuxi-2022');
const MEASURE = join(ROOT, 'scripts', 'bench', 'measure.py');
const PANDAS = join(ROOT, 'scripts', 'bench', 'pandas_stats.py');
const INFLATE = join(ROOT, 'scripts', 'bench', 'inflate-only.mjs');
const PROGRAM = join(ROOT, 'dist-bin', 'circular-linux-x64');
/** The single-file program may start at most this many times slower than `node bin/circular.js`. */
const PROGRAM_RATIO = 1.5;
const TRACE = pathToFileURL(join(ROOT, 'scripts', 'bench', 'trace-modules.mjs')).href;
const QUARTER = '2022Q4';
/** Above this many accounts pandas runs `LARGE_PANDAS_RUNS` times unless --pandas-runs says otherwise. */
const LARGE = 50_000;
const LARGE_PANDAS_RUNS = 3;

interface Measured {
  wallMs: number;
  cpuMs: number;
  maxRssKb: number;
  exitCode: number;
  stdout: string;
  stderr: string;
}

const scratch = mkdtempSync(join(tmpdir(), 'circular-bench-'));

/** Runs a command under measure.py: wall time, CPU time and the kernel's peak RSS of the child. */
function measure(python: string, command: string[], env: NodeJS.ProcessEnv = {}): Measured {
  const out = join(scratch, 'stdout');
  const err = join(scratch, 'stderr');
  const report = execFileSync(python, [MEASURE, out, err, '--', ...command], {
    encoding: 'utf8',
    env: { ...process.env, CI: '1', ...env },
  });
  const figures = JSON.parse(report) as Omit<Measured, 'stdout' | 'stderr'>;
  return { ...figures, stdout: readFileSync(out, 'utf8'), stderr: readFileSync(err, 'utf8') };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function findPython(): string {
  const candidates = [process.env.BENCH_PYTHON, '/usr/bin/python3', 'python3'].filter(
    (p): p is string => p !== undefined && (p === 'python3' || existsSync(p)),
  );
  for (const python of candidates) {
    try {
      execFileSync(python, ['-c', 'import pandas, openpyxl'], { stdio: 'ignore' });
      return python;
    } catch {
      // try the next one
    }
  }
  console.error(
    'The bench compares circular with a pandas + openpyxl script, and neither was found.\n' +
      'Install them with: apt-get install -y python3-pandas python3-openpyxl\n' +
      '(or set BENCH_PYTHON to a Python that has pandas and openpyxl).',
  );
  process.exit(1);
}

function versions(python: string): string {
  return execFileSync(
    python,
    [
      '-c',
      'import sys, pandas, openpyxl; print(f"Python {sys.version.split()[0]}, pandas {pandas.__version__}, openpyxl {openpyxl.__version__}")',
    ],
    { encoding: 'utf8' },
  ).trim();
}

// ---------------------------------------------------------------------------------------------------
// Comparing the figures

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The figures both print, from the CLI's docs/workspace.md §6 object, shaped like pandas_stats.py's output. */
function cliFigures(s: PeriodStats): Json {
  return {
    period: s.period,
    asOf: s.asOf,
    registered: { ...s.registered, byLevel: { ...s.registered.byLevel }, byType: { ...s.registered.byType } },
    checked: s.checked,
    unqualified: { count: s.unqualified.count },
    qualified: s.qualified,
    passRate: s.passRate,
    months: s.months.map((m) => ({
      month: m.month,
      kind: m.kind,
      checked: m.checked,
      unqualified: m.unqualified,
    })),
    perfectScore: { count: s.perfectScore.count },
    reposting: { count: s.reposting.count },
    byDistrict: s.byDistrict.map((d) => ({
      district: d.district,
      registered: d.registered,
      checked: d.checked,
      unqualified: d.unqualified,
      passRate: d.passRate,
    })),
    previous: s.previous && {
      period: s.previous.period,
      registered: s.previous.registered,
      checked: s.previous.checked,
      unqualified: s.previous.unqualified,
      passRate: s.previous.passRate,
    },
  };
}

/** Paths where two JSON values differ (numbers within 1e-12). */
function differences(a: Json, b: Json, path = ''): string[] {
  if (typeof a === 'number' && typeof b === 'number')
    return Math.abs(a - b) <= 1e-12 ? [] : [`${path}: ${a} ≠ ${b}`];
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    return a === b ? [] : [`${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`];
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].flatMap((k) =>
    differences(
      (a as Record<string, Json>)[k] ?? null,
      (b as Record<string, Json>)[k] ?? null,
      `${path}.${k}`,
    ),
  );
}

// ---------------------------------------------------------------------------------------------------
// The runs

interface SizeResult {
  accounts: number;
  rows: number;
  checkRows: number;
  cli: Measured[];
  /** `circular build` of the same quarter, run between `stats` and pandas. */
  build: Measured[];
  /** Reading and inflating every part of every workbook, nothing else (scripts/bench/inflate-only.mjs). */
  inflate: Measured[];
  pandas: Measured[];
  stages: string;
  agrees: boolean;
}

function runSize(
  python: string,
  accounts: number,
  runs: number,
  pandasRuns: number,
  dir: string,
  rows: number,
  checkRows: number,
): SizeResult {
  const cliCommand = ['node', CLI, 'stats', '--quarter', QUARTER, '--workspace', dir, '--format', 'json'];
  const pandasCommand = [python, PANDAS, dir, QUARTER];
  const docx = join(scratch, `build-${accounts}.docx`);
  const buildCommand = [
    'node',
    CLI,
    'build',
    '--quarter',
    QUARTER,
    '--workspace',
    dir,
    '--date',
    '2023-01-09',
    '-q',
    '-o',
    docx,
  ];
  // Step 1: warm the file cache and Python's imports (not timed); one --verbose run says where time goes.
  const verbose = measure(python, [...cliCommand, '--verbose']);
  if (verbose.exitCode !== 0) throw new Error(`circular stats failed on ${dir}:\n${verbose.stderr}`);
  execFileSync(python, ['-c', 'import pandas, openpyxl'], { stdio: 'ignore' });
  // Step 2: alternate the two, so that a noisy neighbour slows both alike.
  const inflateCommand = ['node', INFLATE, dir];
  const cli: Measured[] = [];
  const build: Measured[] = [];
  const inflate: Measured[] = [];
  const pandas: Measured[] = [];
  measure(python, buildCommand); // warm-up, not timed
  for (let i = 0; i < runs; i++) {
    process.stderr.write(`  ${accounts} accounts: run ${i + 1}/${runs}\r`);
    inflate.push(measure(python, inflateCommand));
    cli.push(measure(python, cliCommand));
    build.push(measure(python, buildCommand));
    if (i < pandasRuns) pandas.push(measure(python, pandasCommand));
  }
  process.stderr.write('\x1b[K');
  for (const m of [...cli, ...build, ...inflate, ...pandas]) {
    if (m.exitCode !== 0) throw new Error(`a run failed (exit ${m.exitCode}):\n${m.stderr}`);
  }
  // Step 3: the same figures from both.
  const diffs = differences(
    cliFigures(JSON.parse(cli[0]!.stdout) as PeriodStats),
    stripRows(JSON.parse(pandas[0]!.stdout)),
  );
  if (diffs.length > 0)
    console.error(`${accounts} accounts: circular and pandas disagree:\n  ${diffs.join('\n  ')}`);
  const stages = /用时：(.*)/.exec(verbose.stderr)?.[1] ?? '';
  return { accounts, rows, checkRows, cli, build, inflate, pandas, stages, agrees: diffs.length === 0 };
}

function stripRows(pandas: Record<string, Json>): Json {
  const { rows: _rows, ...figures } = pandas;
  return figures;
}

const seconds = (ms: number): string => (ms / 1000).toFixed(2);
const mb = (kb: number): string => String(Math.round(kb / 1024));
const thousands = (n: number): string => n.toLocaleString('en-US');

function sizeTable(results: SizeResult[], runs: number): string[] {
  const lines = [
    '| accounts | rows (registry + results) | circular wall | circular CPU | pandas wall | pandas CPU | wall ratio | CPU ratio | circular rows/s | circular peak RSS | pandas peak RSS |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    const cliWall = median(r.cli.map((m) => m.wallMs));
    const cliCpu = median(r.cli.map((m) => m.cpuMs));
    const pWall = median(r.pandas.map((m) => m.wallMs));
    const pCpu = median(r.pandas.map((m) => m.cpuMs));
    const fewer = r.pandas.length < runs ? ` (${r.pandas.length} runs)` : '';
    lines.push(
      `| ${thousands(r.accounts)} | ${thousands(r.rows)} | ${seconds(cliWall)} s | ${seconds(cliCpu)} s | ${seconds(pWall)} s${fewer} | ${seconds(pCpu)} s | ${(pWall / cliWall).toFixed(1)}× | ${(pCpu / cliCpu).toFixed(1)}× | ${thousands(Math.round(r.rows / (cliWall / 1000)))} | ${mb(Math.max(...r.cli.map((m) => m.maxRssKb)))} MB | ${mb(Math.max(...r.pandas.map((m) => m.maxRssKb)))} MB |`,
    );
  }
  return lines;
}

/**
 * `build` against `stats` of the same workspace (issue 17): wall time at most 1.5× at 20,000 accounts and
 * 2× above, peak RSS at most 300 MB at 20,000 accounts and 500 MB at 100,000.
 */
function buildTarget(accounts: number): { ratio: number; rssMb: number } {
  return accounts <= 20_000 ? { ratio: 1.5, rssMb: 300 } : { ratio: 2, rssMb: 500 };
}

function buildTable(results: SizeResult[]): { lines: string[]; ok: boolean } {
  const lines = [
    '| accounts | stats wall | build wall | build / stats | target | build CPU | build peak RSS | RSS target | met |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|:--:|',
  ];
  let ok = true;
  for (const r of results) {
    const statsWall = median(r.cli.map((m) => m.wallMs));
    const buildWall = median(r.build.map((m) => m.wallMs));
    const rss = Math.max(...r.build.map((m) => m.maxRssKb));
    const target = buildTarget(r.accounts);
    const met = buildWall / statsWall <= target.ratio && rss / 1024 <= target.rssMb;
    ok &&= met;
    lines.push(
      `| ${thousands(r.accounts)} | ${seconds(statsWall)} s | ${seconds(buildWall)} s | ${(buildWall / statsWall).toFixed(2)}× | ≤ ${target.ratio}× | ${seconds(median(r.build.map((m) => m.cpuMs)))} s | ${mb(rss)} MB | ≤ ${target.rssMb} MB | ${met ? 'yes' : 'NO'} |`,
    );
  }
  return { lines, ok };
}

/**
 * Messy sheets (issue 17): at 20,000 accounts `stats` at least 10× faster than pandas, at most 4× the
 * inflate-only pass over the same files, in at most 250 MB.
 */
function messyTable(results: SizeResult[]): { lines: string[]; ok: boolean } {
  const lines = [
    '| accounts | inflate-only wall | stats wall | stats / inflate (≤ 4×) | pandas / stats (≥ 10×) | stats peak RSS (≤ 250 MB) | met |',
    '|---:|---:|---:|---:|---:|---:|:--:|',
  ];
  let ok = true;
  for (const r of results) {
    const inflateWall = median(r.inflate.map((m) => m.wallMs));
    const statsWall = median(r.cli.map((m) => m.wallMs));
    const pandasWall = median(r.pandas.map((m) => m.wallMs));
    const rss = Math.max(...r.cli.map((m) => m.maxRssKb)) / 1024;
    const met = statsWall / inflateWall <= 4 && pandasWall / statsWall >= 10 && rss <= 250;
    ok &&= met;
    lines.push(
      `| ${thousands(r.accounts)} | ${seconds(inflateWall)} s | ${seconds(statsWall)} s | ${(statsWall / inflateWall).toFixed(1)}× | ${(pandasWall / statsWall).toFixed(1)}× | ${Math.round(rss)} MB | ${met ? 'yes' : 'NO'} |`,
    );
  }
  return { lines, ok };
}

/** The sample's build, validate of one results workbook, and --help: medians, and packages loaded. */
function startupTable(python: string, runs: number): { lines: string[]; ok: boolean } {
  const docx = join(scratch, 'circular.docx');
  const commands: { label: string; args: string[]; target?: number; noDocx?: boolean }[] = [
    { label: '`circular --help`', args: ['--help'], noDocx: true },
    {
      label: '`circular validate` of one results workbook (445 rows, with the registry)',
      args: ['validate', join(SAMPLE, 'checks', '2022年12月全面检查.xlsx'), '--workspace', SAMPLE],
      target: 600,
      noDocx: true,
    },
    {
      label: '`circular build --quarter 2022Q4` of the sample',
      args: [
        'build',
        '--quarter',
        QUARTER,
        '--workspace',
        SAMPLE,
        '-o',
        docx,
        '--date',
        '2023-01-09',
        '--quiet',
      ],
      target: 1000,
    },
  ];
  const lines = ['| command | wall median | target | packages loaded |', '|---|---:|---:|---|'];
  let ok = true;
  for (const c of commands) {
    const trace = join(scratch, 'modules.txt');
    rmSync(trace, { force: true });
    measure(python, ['node', '--import', TRACE, CLI, ...c.args], { CIRCULAR_TRACE_MODULES: trace });
    const loaded = existsSync(trace) ? readFileSync(trace, 'utf8').trim().split('\n') : [];
    const walls: number[] = [];
    for (let i = 0; i < runs; i++) walls.push(measure(python, ['node', CLI, ...c.args]).wallMs);
    const wall = median(walls);
    const met = c.target === undefined || wall <= c.target;
    const docxOk = !c.noDocx || !loaded.includes('docx');
    ok &&= met && docxOk;
    lines.push(
      `| ${c.label} | ${seconds(wall)} s | ${c.target === undefined ? '' : `≤ ${seconds(c.target)} s${met ? '' : ' **missed**'}`} | ${loaded.join(', ')}${docxOk ? '' : ' **loads docx**'} |`,
    );
  }
  return { lines, ok };
}

/** `--help` of the single-file program against `node bin/circular.js --help`, alternating runs. */
function programTable(python: string, runs: number): { lines: string[]; ok: boolean } {
  const head = ['| `--help` of | wall median | CPU median | ratio | target |', '|---|---:|---:|---:|---:|'];
  if (!existsSync(PROGRAM) || process.platform !== 'linux' || process.arch !== 'x64')
    return {
      lines: [...head, `| ${PROGRAM} | not built here (\`npm run dist\` on Linux x64) | | | |`],
      ok: true,
    };
  const viaNode: Measured[] = [];
  const viaProgram: Measured[] = [];
  measure(python, [PROGRAM, '--help']); // the first read of 100 MB from disk is not start-up
  for (let i = 0; i < runs; i++) {
    viaNode.push(measure(python, ['node', CLI, '--help']));
    viaProgram.push(measure(python, [PROGRAM, '--help']));
  }
  const [nodeWall, programWall] = [viaNode, viaProgram].map((m) => median(m.map((x) => x.wallMs))) as [
    number,
    number,
  ];
  const ratio = programWall / nodeWall;
  const ok = ratio <= PROGRAM_RATIO;
  const row = (label: string, m: Measured[], r: string, target: string) =>
    `| ${label} | ${seconds(median(m.map((x) => x.wallMs)))} s | ${seconds(median(m.map((x) => x.cpuMs)))} s | ${r} | ${target} |`;
  return {
    lines: [
      ...head,
      row('`node bin/circular.js`', viaNode, '1.00', ''),
      row(
        '`dist-bin/circular-linux-x64`',
        viaProgram,
        ratio.toFixed(2),
        `≤ ${PROGRAM_RATIO}${ok ? '' : ' **missed**'}`,
      ),
    ],
    ok,
  };
}

function machine(python: string): string[] {
  const cpu = cpus();
  return [
    `- CPU: ${cpu[0]?.model ?? 'unknown'}, ${cpu.length} cores; memory ${Math.round(totalmem() / 2 ** 30)} GiB (${Math.round(freemem() / 2 ** 30)} GiB free at the start)`,
    `- Node ${process.version}; ${versions(python)}`,
    `- load average at the start: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
  ];
}

/** `--startup-only`: the start-up tables alone, timed by measure.py under a plain Python 3. */
function startupOnly(runs: number, out: string): void {
  if (!(runs >= 1)) throw new Error('bad --runs');
  const python = process.env.BENCH_PYTHON ?? 'python3';
  const startup = startupTable(python, runs);
  const program = programTable(python, runs);
  const report = [
    `## Start-up (medians of ${runs})`,
    '',
    `- Node ${process.version}; load average at the start: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
    '',
    ...startup.lines,
    '',
    `## The single-file program (medians of ${runs} alternating runs)`,
    '',
    ...program.lines,
    '',
  ];
  console.log(report.join('\n'));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, report.join('\n'));
  rmSync(scratch, { recursive: true, force: true });
  process.exitCode = startup.ok && program.ok ? 0 : 1;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '2000,20000,100000' },
      runs: { type: 'string', default: '5' },
      'pandas-runs': { type: 'string' },
      out: { type: 'string', default: join(ROOT, '.bench', 'last-run.md') },
      'startup-only': { type: 'boolean', default: false },
      messy: { type: 'boolean', default: false },
    },
  });
  if (values['startup-only']) return startupOnly(Number(values.runs), values.out);
  const sizes = values.sizes.split(',').map(Number);
  const runs = Number(values.runs);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !(runs >= 1))
    throw new Error('bad --sizes or --runs');
  const python = findPython();
  const head = machine(python);
  for (const line of head) console.log(line);

  const results: SizeResult[] = [];
  for (const accounts of sizes) {
    const ws = await ensureWorkspace(accounts, undefined, values.messy);
    if (ws.generatedMs !== undefined) console.log(`generated ${ws.dir} in ${seconds(ws.generatedMs)} s`);
    const pandasRuns =
      values['pandas-runs'] !== undefined
        ? Number(values['pandas-runs'])
        : accounts > LARGE
          ? LARGE_PANDAS_RUNS
          : runs;
    const rows = ws.manifest.registryRows + ws.manifest.checkRows;
    results.push(
      runSize(python, accounts, runs, Math.min(pandasRuns, runs), ws.dir, rows, ws.manifest.checkRows),
    );
  }
  const table = sizeTable(results, runs);
  const builds = buildTable(results);
  const messy = values.messy ? messyTable(results) : { lines: [], ok: true };
  const stages = results.map((r) => `- ${thousands(r.accounts)} accounts: ${r.stages}`);
  const startup = startupTable(python, runs);
  const program = programTable(python, runs);
  const report = [
    `## circular stats --quarter ${QUARTER} --format json vs pandas + openpyxl (medians of ${runs} alternating runs)`,
    '',
    ...head,
    '',
    ...table,
    '',
    ...(values.messy
      ? [
          `## Messy sheets: circular stats against an inflate-only pass and pandas (medians of ${runs})`,
          '',
          ...messy.lines,
          '',
        ]
      : []),
    `## circular build --quarter ${QUARTER} vs circular stats of the same workspace (medians of ${runs} alternating runs)`,
    '',
    ...builds.lines,
    '',
    'Stages of one `--verbose` run of circular stats (wall time):',
    '',
    ...stages,
    '',
    `## Start-up (medians of ${runs})`,
    '',
    ...startup.lines,
    '',
    `## The single-file program (medians of ${runs} alternating runs)`,
    '',
    ...program.lines,
    '',
  ];
  console.log(`\n${report.join('\n')}`);
  writeFileSync(values.out, report.join('\n'));
  rmSync(scratch, { recursive: true, force: true });
  const agree = results.every((r) => r.agrees);
  if (!agree) console.error('circular and pandas disagree (see above)');
  if (!builds.ok) console.error('build is over its target against stats (see above)');
  if (!messy.ok) console.error('stats on messy sheets is over its target (see above)');
  process.exitCode = agree && builds.ok && messy.ok && startup.ok && program.ok ? 0 : 1;
}

await main();
