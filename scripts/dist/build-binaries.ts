/**
 * `npm run dist`: the single-file programs circular-win-x64.exe, circular-linux-x64 and
 * circular-linux-arm64 in dist-bin/, and their SHA256SUMS (docs/packaging.md).
 *
 * Each is a Node.js 20 "single executable application": the Node binary of that platform (from its npm
 * package, pinned in targets.ts) with one blob injected by postject: the whole program bundled by
 * esbuild into one CommonJS file, plus the shipped files (templates, package.json) as SEA assets.
 * NOTE: the same commit gives the same bytes: no code cache and no snapshot in the blob (both are
 * V8 output of the building machine, and wrong for another platform anyway), a fixed asset order, and
 * pinned Node binaries.
 *
 * Usage: `npm run dist` (= tsx scripts/dist/build-binaries.ts [--only circular-linux-x64 …]).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { inject } from 'postject';
import { BUNDLED_INDEX } from '../../src/resources/bundled-files.js';
import { readFileFromTgz } from './read-tgz.js';
import { stripAuthenticode } from './strip-authenticode.js';
import { NODE_VERSION, TARGETS, type Target } from './targets.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'dist-bin');
const WORK = join(OUT, '.work');
const CACHE = join(ROOT, '.dist-cache');
/** The fuse Node 20 looks for to know it carries a program (Node's docs on single executables). */
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** Step: the program as one CommonJS file. */
async function bundle(): Promise<string> {
  const file = join(WORK, 'circular.cjs');
  await build({
    entryPoints: [join(ROOT, 'scripts', 'dist', 'sea-entry.ts')],
    outfile: file,
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // NOTE: docx is resolved as an ES module (dist/index.mjs), the file the npm package ships too.
    conditions: ['import', 'node'],
    minify: true,
    keepNames: true,
    legalComments: 'eof',
    // NOTE: a CommonJS bundle has no `import.meta.url`, but ES-module dependencies call
    // `createRequire(import.meta.url)` as they load (fdir, under tinyglobby): give them the program's own
    // path as a file URL. Our code reads the shipped files through node:sea in the program.
    define: { 'import.meta.url': '__circularImportMetaUrl' },
    banner: { js: 'var __circularImportMetaUrl = require("node:url").pathToFileURL(process.execPath).href;' },
    logLevel: 'error',
  });
  return file;
}

/** Step: the shipped files, keyed by their path in the package, and the index listing them. */
function assets(): Record<string, string> {
  const keys = [
    'package.json',
    ...readdirSync(join(ROOT, 'templates'))
      .sort()
      .map((f) => `templates/${f}`),
  ];
  const index = join(WORK, BUNDLED_INDEX);
  writeFileSync(index, `${JSON.stringify(keys)}\n`);
  return Object.fromEntries([...keys.map((k) => [k, join(ROOT, k)]), [BUNDLED_INDEX, index]]);
}

/** A package tarball of a Node binary, from the cache or the npm registry, checked against its pin. */
function nodeTarball(target: Target): Buffer {
  const file = join(CACHE, `${target.pkg}-${NODE_VERSION}.tgz`);
  const matches = (bytes: Buffer) =>
    `sha512-${createHash('sha512').update(bytes).digest('base64')}` === target.integrity;
  if (existsSync(file) && matches(readFileSync(file))) return readFileSync(file);
  mkdirSync(CACHE, { recursive: true });
  log(`  npm pack ${target.pkg}@${NODE_VERSION}`);
  execFileSync('npm', ['pack', `${target.pkg}@${NODE_VERSION}`, '--pack-destination', CACHE, '--silent'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    shell: process.platform === 'win32',
  });
  const bytes = readFileSync(file);
  if (!matches(bytes))
    throw new Error(`${file} does not match the integrity pinned in scripts/dist/targets.ts`);
  return bytes;
}

/** Step: the SEA blob, made by the pinned Node itself when this machine can run one of them. */
function blob(main: string, assetFiles: Record<string, string>): Buffer {
  const config = join(WORK, 'sea-config.json');
  const output = join(WORK, 'sea-prep.blob');
  const seaConfig = {
    main: relative(WORK, main),
    output: relative(WORK, output),
    disableExperimentalSEAWarning: true,
    useSnapshot: false,
    useCodeCache: false,
    assets: Object.fromEntries(Object.entries(assetFiles).map(([k, v]) => [k, relative(WORK, v)])),
  };
  writeFileSync(config, `${JSON.stringify(seaConfig, null, 2)}\n`);
  const host = TARGETS.find((t) => !t.windows && t.output.endsWith(`${process.platform}-${process.arch}`));
  let node = process.execPath;
  if (host) {
    node = join(WORK, 'node-host');
    writeFileSync(node, readFileFromTgz(nodeTarball(host), host.binary));
    chmodSync(node, 0o755);
  } else if (process.version !== `v${NODE_VERSION}`) {
    throw new Error(`make the programs with Node ${NODE_VERSION} (this is ${process.version})`);
  }
  execFileSync(node, ['--experimental-sea-config', 'sea-config.json'], { cwd: WORK, stdio: 'ignore' });
  return readFileSync(output);
}

/** Step: one program: that platform's Node, unsigned for Windows, with the blob injected. */
async function program(target: Target, seaBlob: Buffer): Promise<string> {
  let node = readFileFromTgz(nodeTarball(target), target.binary);
  if (target.windows) node = stripAuthenticode(node);
  const file = join(OUT, target.output);
  writeFileSync(file, node);
  // postject (LIEF) prints a progress line and, for ELF, a warning per note section it cannot name;
  // the build's log says what it made, and shows them only if the injection fails.
  const [stdout, stderr] = [process.stdout.write, process.stderr.write];
  const said: string[] = [];
  const keep = (chunk: string | Uint8Array) => said.push(String(chunk)) > 0;
  process.stdout.write = keep;
  process.stderr.write = keep;
  try {
    await inject(file, 'NODE_SEA_BLOB', seaBlob, { sentinelFuse: SEA_FUSE });
  } catch (error) {
    [process.stdout.write, process.stderr.write] = [stdout, stderr];
    log(said.join(''));
    throw error;
  } finally {
    [process.stdout.write, process.stderr.write] = [stdout, stderr];
  }
  chmodSync(file, 0o755);
  return file;
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

async function main(): Promise<void> {
  const only = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--only' ? [a] : []));
  const targets = only.length > 0 ? TARGETS.filter((t) => only.includes(t.output)) : TARGETS;
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  // Step 1: bundle; Step 2: the blob with its assets; Step 3: one program per target; Step 4: sums.
  const main = await bundle();
  const seaBlob = blob(main, assets());
  const sums: string[] = [];
  for (const target of targets) {
    const file = await program(target, seaBlob);
    sums.push(`${sha256(file)}  ${target.output}`);
    log(`  ${target.output}  ${(readFileSync(file).length / 2 ** 20).toFixed(1)} MiB`);
  }
  writeFileSync(
    join(OUT, 'SHA256SUMS'),
    `${sums.sort((a, b) => a.slice(66).localeCompare(b.slice(66))).join('\n')}\n`,
  );
  rmSync(WORK, { recursive: true, force: true });
  log(`dist-bin/SHA256SUMS\n${readFileSync(join(OUT, 'SHA256SUMS'), 'utf8')}`);
}

await main();
