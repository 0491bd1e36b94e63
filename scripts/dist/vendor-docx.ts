/**
 * After `tsc`: ships docx inside dist/ instead of as a dependency, and points the compiled code at it.
 *
 * Why: docx 9.15.2 declares `nanoid@^6` (engines: Node ≥ 22) and `@types/node@^26` as dependencies,
 * though its `dist/index.mjs` already carries nanoid and fflate inside and imports nothing. `overrides`
 * binds only this repository, not someone installing the package, so an install on Node 20 would pull
 * nanoid 6. Copying that one self-contained file is the docx we test, byte for byte (docs/packaging.md).
 *
 * Usage: `tsx scripts/dist/vendor-docx.ts` (run by `npm run build`).
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const DIST = 'dist';
const VENDOR = join(DIST, 'vendor');
/** The one way the compiled code loads docx: a late `import('docx')` (STYLE: heavy modules load late). */
const DYNAMIC = /import\((['"])docx\1\)/g;
/** A static value import would load docx at start-up and is not what the code does: refuse it. */
const STATIC = /^\s*(import|export)\s[^;]*?\sfrom\s+(['"])docx\2/m;

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => !file.startsWith(VENDOR + sep));
}

async function main(): Promise<void> {
  // Step 1: copy docx's self-contained ES module and its licence.
  const entry = fileURLToPath(import.meta.resolve('docx'));
  const root = dirname(dirname(entry));
  const probe = await build({
    entryPoints: [entry],
    bundle: true,
    packages: 'external',
    format: 'esm',
    platform: 'node',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const imports = Object.values(probe.metafile.outputs).flatMap((o) => o.imports);
  if (imports.length > 0)
    throw new Error(
      `${entry} imports ${imports.map((i) => i.path).join(', ')}: it is no longer one file to copy`,
    );
  mkdirSync(VENDOR, { recursive: true });
  copyFileSync(entry, join(VENDOR, 'docx.mjs'));
  copyFileSync(join(root, 'LICENSE'), join(VENDOR, 'docx.LICENSE'));

  // Step 2: rewrite each `import('docx')` to the copy, relative to the file.
  let rewritten = 0;
  for (const file of jsFiles(DIST)) {
    const text = readFileSync(file, 'utf8');
    if (STATIC.test(text)) throw new Error(`${file} imports docx statically; load it with import('docx')`);
    const target = relative(dirname(file), join(VENDOR, 'docx.mjs')).split(sep).join('/');
    const next = text.replace(DYNAMIC, () => {
      rewritten += 1;
      return `import('${target.startsWith('.') ? target : `./${target}`}')`;
    });
    if (next !== text) writeFileSync(file, next);
  }
  // NOTE: zero rewrites means the code loads docx some other way now, and the package would break.
  if (rewritten === 0)
    throw new Error("no import('docx') found in dist/: update scripts/dist/vendor-docx.ts");
}

await main();
