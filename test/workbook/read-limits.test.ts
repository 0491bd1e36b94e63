import { once } from 'node:events';
import { createDeflateRaw } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkbook, type ReadLimits, WorkbookReadError } from '../../src/workbook/index.js';
import { deflatedEntry, handMadeZip, minimalPackage, rawXlsx, readAll, tempFolder } from './build-xlsx.js';

const folder = tempFolder();
afterAll(() => folder.cleanup());

const MB = 1024 * 1024;

/** `bytes` zeros deflated, built without ever holding them: a zip bomb's payload. */
async function deflatedZeros(bytes: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 1 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = once(deflate, 'end');
  const zeros = Buffer.alloc(MB);
  for (let written = 0; written < bytes; written += zeros.length) {
    if (!deflate.write(zeros)) await once(deflate, 'drain');
  }
  deflate.end();
  await ended;
  return Buffer.concat(chunks);
}

async function failure(path: string, limits?: Partial<ReadLimits>): Promise<WorkbookReadError> {
  const error = await readAll(path, limits ? { limits } : undefined).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof WorkbookReadError))
    throw new Error(`expected a WorkbookReadError, got ${String(error)}`);
  return error;
}

/** Runs `work` and reports how much the process's resident memory grew meanwhile (sampled every 5 ms). */
async function memoryGrowth(work: () => Promise<unknown>): Promise<number> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, process.memoryUsage().rss) - before;
}

describe('zip bombs', () => {
  let payload: Buffer;
  beforeAll(async () => {
    payload = await deflatedZeros(300 * MB);
  });

  it('refuses a 300 MB run of zeros from the zip directory, before inflating anything', async () => {
    const path = folder.write(
      'bomb.xlsx',
      handMadeZip(minimalPackage({ name: 'xl/worksheets/sheet1.xml', data: payload, size: 300 * MB })),
    );
    let error: WorkbookReadError | undefined;
    const started = performance.now();
    const growth = await memoryGrowth(async () => {
      error = await failure(path);
    });
    expect(error).toMatchObject({ code: 'WORKBOOK_TOO_LARGE', detail: expect.stringContaining('ratio') });
    expect(error?.message).toContain('压缩炸弹');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(growth).toBeLessThan(50 * MB);
  });

  it('stops a bomb whose directory lies about its size within one chunk of inflating', async () => {
    const path = folder.write(
      'liar.xlsx',
      handMadeZip(minimalPackage({ name: 'xl/worksheets/sheet1.xml', data: payload, size: 4096 })),
    );
    let error: WorkbookReadError | undefined;
    const growth = await memoryGrowth(async () => {
      error = await failure(path);
    });
    expect(error?.code).toMatch(/^WORKBOOK_(CORRUPT|TOO_LARGE)$/);
    expect(error?.detail).toContain('declared 4096 bytes');
    expect(growth).toBeLessThan(50 * MB);
  });

  it('stops an entry that inflates to less than it declares', async () => {
    const sheet = deflatedEntry('xl/worksheets/sheet1.xml', '<worksheet><sheetData/></worksheet>');
    const entries = minimalPackage(sheet);
    const workbook = entries[2]!;
    entries[2] = { ...workbook, size: workbook.size + 1000 };
    const error = await failure(folder.write('short.xlsx', handMadeZip(entries)));
    expect(error).toMatchObject({ code: 'WORKBOOK_CORRUPT', detail: expect.stringContaining('inflated to') });
  });
});

describe('limits can be tightened per call', () => {
  const workbook = () =>
    rawXlsx({
      sheets: [{ name: 'S', rows: '<row r="1"><c><v>1</v></c></row>'.repeat(200) }],
      sharedStrings: '<si><t>x</t></si>',
    });

  it.each([
    [{ maxUncompressedBytes: 1000 }, 'declare'],
    [{ maxZipEntries: 3 }, 'entries'],
    [{ maxFileBytes: 100 }, 'bytes (limit 100)'],
    [{ maxCompressionRatio: 2, ratioCheckMinBytes: 1000 }, 'ratio'],
  ])('%o refuses a small workbook as too large', async (limits, detail) => {
    const error = await failure(folder.write('small.xlsx', workbook()), limits);
    expect(error).toMatchObject({ code: 'WORKBOOK_TOO_LARGE', detail: expect.stringContaining(detail) });
  });

  it('reads the same workbook with the default limits', async () => {
    const { sheets } = await readAll(folder.write('small-ok.xlsx', workbook()));
    expect(sheets[0]!.rows).toHaveLength(200);
  });
});

describe('the time budget', () => {
  it('throws WORKBOOK_TIMEOUT instead of working past the limit', async () => {
    const path = folder.write(
      'slow.xlsx',
      rawXlsx({ sheets: [{ name: 'S', rows: '<row r="1"><c><v>1</v></c></row>' }] }),
    );
    const error = await failure(path, { timeoutMs: 0 });
    expect(error.code).toBe('WORKBOOK_TIMEOUT');
    expect(error.message).toContain('读取时间超过限制');
  });

  it('does not count the time the caller spends between rows', async () => {
    const rows = Array.from(
      { length: 3 },
      (_, index) => `<row r="${index + 1}"><c><v>${index}</v></c></row>`,
    ).join('');
    const path = folder.write('patient.xlsx', rawXlsx({ sheets: [{ name: 'S', rows }] }));
    const workbook = await openWorkbook(path, { limits: { timeoutMs: 150 } });
    const seen: number[] = [];
    for await (const row of workbook.sheets[0]!.rows()) {
      seen.push(row.row);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(seen).toEqual([1, 2, 3]);
  });
});
