/**
 * Repeated checks: the linker keeps only a compact summary of each check's first result, and must fold
 * and report exactly as comparing the two rows in full would.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { CheckRecord, CheckRow } from '../../src/checks/check-record.js';
import { FirstChecks } from '../../src/checks/first-checks.js';
import { CheckLinker } from '../../src/checks/link-checks.js';
import type { Diagnostic, SourceLocation } from '../../src/domain/diagnostic.js';
import { nameKey } from '../../src/domain/normalize.js';
import type { CheckKind } from '../../src/domain/vocabulary.js';
import type { RegistryAccount } from '../../src/registry/account.js';
import { account } from '../helpers/year-records.js';

function record(fields: Partial<CheckRecord> = {}): CheckRecord {
  return {
    month: '2022-10',
    kind: '单否专项检查',
    account: 0,
    veto: false,
    reposting: false,
    failed: false,
    reasons: [],
    at: { file: 'checks/10.xlsx', sheet: '10月', row: 2 },
    ...fields,
  };
}

/** Two records of the same check: whether the second folds into the first. */
function folds(first: Partial<CheckRecord>, second: Partial<CheckRecord>): boolean {
  const firsts = new FirstChecks(1);
  expect(firsts.claim(record(first))).toBeUndefined();
  const repeat = firsts.claim(record({ ...second, at: { file: 'checks/10.xlsx', sheet: '10月', row: 3 } }));
  expect(repeat?.first).toEqual({ file: 'checks/10.xlsx', sheet: '10月', row: 2 });
  return repeat!.same;
}

describe('FirstChecks', () => {
  test.each<[string, Partial<CheckRecord>, Partial<CheckRecord>, boolean]>([
    ['two bare rows', {}, {}, true],
    ['the same score', { kind: '全面检查', score: 85.5 }, { kind: '全面检查', score: 85.5 }, true],
    ['another score', { kind: '全面检查', score: 85.5 }, { kind: '全面检查', score: 85 }, false],
    ['a score against none', { kind: '全面检查', score: 0 }, { kind: '全面检查' }, false],
    ['a veto against none', { veto: true }, {}, false],
    ['reposting against not', { reposting: true }, {}, false],
    ['合格 against no conclusion', { conclusion: '合格' }, {}, false],
    ['合格 against 不合格', { conclusion: '合格' }, { conclusion: '不合格' }, false],
    ['不合格 twice', { conclusion: '不合格' }, { conclusion: '不合格' }, true],
    ['the same reason', { veto: true, vetoReason: '安全问题' }, { veto: true, vetoReason: '安全问题' }, true],
    [
      'a reason typed with full-width spaces and letters',
      { veto: true, vetoReason: '安全问题ＡＢ' },
      { veto: true, vetoReason: '\u3000安全 问题ab ' },
      true,
    ],
    [
      'another reason',
      { veto: true, vetoReason: '安全问题' },
      { veto: true, vetoReason: '内容不更新' },
      false,
    ],
    ['a reason against a problem', { vetoReason: '错别字' }, { problem: '错别字' }, false],
    ['an empty problem against none', { problem: '' }, {}, true],
    ['the same problem', { problem: '连续3周未更新' }, { problem: '连续３周未更新' }, true],
    ['another problem', { problem: '连续3周未更新' }, { problem: '连续4周未更新' }, false],
  ])('%s', (_label, first, second, same) => {
    expect(folds(first, second)).toBe(same);
  });

  test('each month, kind and account has its own first result', () => {
    const firsts = new FirstChecks(2);
    expect(firsts.claim(record())).toBeUndefined();
    expect(firsts.claim(record({ account: 1 }))).toBeUndefined();
    expect(firsts.claim(record({ month: '2022-11' }))).toBeUndefined();
    expect(firsts.claim(record({ kind: '全面检查', score: 90 }))).toBeUndefined();
    expect(firsts.claim(record({ veto: true }))).toMatchObject({ same: false });
  });

  test('names the first row’s file, sheet and row, or what it had of them', () => {
    const firsts = new FirstChecks(3);
    firsts.claim(record({ account: 0, at: { file: 'a.csv', row: 7 } }));
    firsts.claim(record({ account: 1, at: { file: 'b.xlsx', sheet: '表1' } }));
    firsts.claim(record({ account: 2, at: { file: 'a.csv', row: 9 } }));
    const at: SourceLocation = { file: 'c.xlsx', sheet: 'x', row: 2 };
    expect(firsts.claim(record({ account: 0, at }))?.first).toEqual({ file: 'a.csv', row: 7 });
    expect(firsts.claim(record({ account: 1, at }))?.first).toEqual({ file: 'b.xlsx', sheet: '表1' });
    expect(firsts.claim(record({ account: 2, at }))?.first).toEqual({ file: 'a.csv', row: 9 });
  });
});

/**
 * The linker as it was before the tally: the first record of each check kept in full, two rows compared
 * by a string of their results. Returns its CHECK_DUPLICATE messages and cells.
 */
function referenceDuplicates(rows: readonly CheckRow[], accounts: readonly RegistryAccount[]): string[] {
  const text = (t: string | undefined) => (t === undefined ? '' : nameKey(t));
  const key = (r: CheckRow) =>
    [r.score ?? '', r.veto, text(r.vetoReason), text(r.problem), r.conclusion ?? '', r.reposting].join(
      '\u0000',
    );
  const where = (at: SourceLocation, from: SourceLocation) => {
    const place = `第${at.row ?? '?'}行`;
    if (at.file !== from.file) return `${at.file} 工作表“${at.sheet ?? ''}”${place}`;
    if (at.sheet !== from.sheet) return `工作表“${at.sheet ?? ''}”${place}`;
    return place;
  };
  const firsts = new Map<string, CheckRow>();
  const out: string[] = [];
  for (const row of rows) {
    const a = accounts.find((x) => x.name === row.name)!;
    const id = `${a.index}|${row.month}|${row.kind}`;
    const first = firsts.get(id);
    if (!first) firsts.set(id, row);
    else if (key(first) !== key(row))
      out.push(
        `${a.name}(${a.platformRaw})${row.month}的${row.kind}已在${where(first.at, row.at)}填写，两行结果不同@${row.at.file}!C${row.at.row}`,
      );
  }
  return out;
}

describe('CHECK_DUPLICATE over generated rows', () => {
  const accounts = [
    account(0, '宜兴发改', '微信公众号', '宜兴市'),
    account(1, '江阴城管', '微博', '江阴市'),
    account(2, '无锡发布', '微信公众号', '市级'),
  ];
  const texts = fc.constantFrom(
    undefined,
    '',
    '安全问题',
    '安全 问题',
    '安全问题\u3000',
    '内容不更新',
    'ＡＢ',
    'ab',
  );
  const row = fc.record({
    account: fc.integer({ min: 0, max: 2 }),
    month: fc.constantFrom('2022-10', '2022-11'),
    kind: fc.constantFrom<CheckKind>('单否专项检查', '全面检查'),
    score: fc.constantFrom(undefined, 100, 95, 95.5, 0),
    veto: fc.boolean(),
    vetoReason: texts,
    problem: texts,
    conclusion: fc.constantFrom(undefined, '合格' as const, '不合格' as const),
    reposting: fc.boolean(),
    file: fc.constantFrom('checks/a.xlsx', 'checks/b.xlsx'),
    sheet: fc.constantFrom('10月', '11月', undefined),
  });

  test('are reported exactly as comparing full records does', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (generated) => {
        const rows: CheckRow[] = generated.map((g, i) => {
          const a = accounts[g.account]!;
          const r: CheckRow = {
            month: g.month,
            kind: g.kind,
            name: a.name,
            platformRaw: a.platformRaw,
            platform: a.platform,
            veto: g.veto,
            reposting: g.reposting,
            at: { file: g.file, row: i + 2, column: 'A', ...(g.sheet ? { sheet: g.sheet } : {}) },
            columns: { name: 'C' },
          };
          if (g.score !== undefined) r.score = g.score;
          if (g.vetoReason !== undefined) r.vetoReason = g.vetoReason;
          if (g.problem !== undefined) r.problem = g.problem;
          if (g.conclusion !== undefined) r.conclusion = g.conclusion;
          return r;
        });
        const linker = new CheckLinker(accounts, {
          config: { passScore: undefined },
          registryFile: 'registry.xlsx',
        });
        const linked = rows.filter((r) => linker.add(r) !== undefined);
        const duplicates = linker
          .result()
          .diagnostics.filter((d: Diagnostic) => d.code === 'CHECK_DUPLICATE')
          .map((d) => `${d.message}@${d.file}!${d.cell}`);
        expect(duplicates).toEqual(referenceDuplicates(rows, accounts));
        // One record per check, the first row's.
        const firstOfEach = rows.filter(
          (r, i) =>
            rows.findIndex((s) => s.name === r.name && s.month === r.month && s.kind === r.kind) === i,
        );
        expect(linked).toEqual(firstOfEach);
      }),
      { numRuns: 300 },
    );
  });
});
