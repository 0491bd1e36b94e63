/**
 * The pipeline's direction, checked: file → cells → records → diagnostics + statistics → text →
 * document (docs/architecture.md). Each folder of `src/` has a stage; a module may import its own
 * folder and the stages below it, never a stage above it or a peer. No import circle between files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '..', 'src');

/**
 * The stage of every top folder of `src/` (and `index.ts`), lowest first. NOTE: a new folder must be
 * given a stage here; the test fails on a folder it does not know.
 */
const STAGES: Record<string, number> = {
  domain: 0, // the vocabulary, periods, diagnostics: used by every stage
  files: 0, // reading a file safely: regular files only, within a size limit, text decoded (UTF-8 or GB18030)
  resources: 0, // the files shipped with the tool (templates, schema), read from the package or the executable
  config: 1, // the config's schema and loading
  workbook: 1, // file → cells
  table: 2, // cells → rows: the table-reading kit the readers share
  registry: 3, // rows → accounts
  checks: 4, // rows → check records, linked to accounts
  updates: 4, // rows → latest-post dates (circular remind)
  validate: 5, // records → diagnostics across rows and sheets
  stats: 5, // records → statistics
  report: 6, // statistics → text → document
  excel: 6, // statistics or diagnostics → a workbook for a person
  workspace: 7, // a workspace's files: finding, loading, creating
  app: 8, // one function per use case
  'index.ts': 9, // the library: re-exports
  cli: 10, // argv, the terminal and exit codes
};

/** Every .ts file under `dir`. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));
}

/** The relative imports of a file (static, type-only and dynamic), as absolute .ts paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*)'(\.{1,2}\/[^']+)'/g)].map(
    (m) => m[1] ?? '',
  );
  return specs.map((s) => resolve(dirname(file), s.replace(/\.js$/, '.ts')));
}

/** The stage name of a file: its top folder under `src/`, or `index.ts`. */
function stageOf(file: string): string {
  return relative(SRC, file).split('/')[0] ?? '';
}

/** The imports that run up the pipeline or across to a peer stage, as `from → to`. */
function wrongImports(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const wrong: string[] = [];
  for (const [file, targets] of graph) {
    const from = stageOf(file);
    for (const target of targets) {
      const to = stageOf(target);
      if (to === from) continue;
      if ((STAGES[to] ?? Infinity) >= (STAGES[from] ?? -Infinity)) {
        wrong.push(`${relative(SRC, file)} → ${relative(SRC, target)}`);
      }
    }
  }
  return wrong;
}

/** Every import circle between files, as `a → b → a`. */
function importCircles(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const circles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') {
        circles.push([...path.slice(path.indexOf(next)), next].map((f) => relative(SRC, f)).join(' → '));
      } else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return circles;
}

const files = sourceFiles(SRC);
const graph = new Map(files.map((f) => [f, importsOf(f)]));
const at = (path: string) => join(SRC, path);

describe('import direction', () => {
  it('knows the stage of every folder of src/', () => {
    const unknown = [...new Set(files.map(stageOf))].filter((s) => !(s in STAGES));
    expect(unknown).toEqual([]);
  });

  it('has no import that runs back up the pipeline or across to a peer', () => {
    expect(wrongImports(graph)).toEqual([]);
  });

  it('has no import circle between files', () => {
    expect(importCircles(graph)).toEqual([]);
  });

  it('reads the imports of a real file', () => {
    expect(importsOf(at('index.ts'))).toContain(at('report/build-document.ts'));
  });

  it('reports a reach back up, a peer import and a circle', () => {
    const bad = new Map([
      [at('domain/a.ts'), [at('registry/b.ts')]],
      [at('stats/c.ts'), [at('validate/d.ts'), at('domain/e.ts')]],
      [at('registry/b.ts'), [at('registry/f.ts')]],
      [at('registry/f.ts'), [at('registry/b.ts')]],
    ]);
    expect(wrongImports(bad)).toEqual(['domain/a.ts → registry/b.ts', 'stats/c.ts → validate/d.ts']);
    expect(importCircles(bad)).toEqual(['registry/b.ts → registry/f.ts → registry/b.ts']);
  });
});
