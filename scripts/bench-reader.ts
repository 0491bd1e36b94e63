/**
 * Times the workbook reader on a large workbook: 130,000 rows × 11 columns, written once with exceljs to
 * the temp folder (in a child process, so the writer's memory does not count), then read five times.
 * Prints the median time, rows per second and the peak RSS of this process.
 *
 *   npx tsx scripts/bench-reader.ts            # reader only
 *   npx tsx scripts/bench-reader.ts --saxes    # also time a bare saxes pass over the sheet XML
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { openWorkbook } from '../src/workbook/index.js';

const ROWS = 130_000;
const FILE = join(tmpdir(), `circular-bench-${ROWS}x11.xlsx`);
const RUNS = 5;

const PLATFORMS = ['微信公众号', '新浪微博', '抖音', '今日头条', '移动客户端', '视频号'];
const DISTRICTS = ['梁溪区', '锡山区', '惠山区', '滨湖区', '新吴区', '江阴市', '宜兴市', '经开区', '市级'];

async function writeWorkbook(): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: FILE,
    useSharedStrings: true,
    useStyles: true,
  });
  const sheet = writer.addWorksheet('检查结果');
  sheet.columns = [
    { header: '检查月份', key: 'month', width: 10 },
    { header: '账号名称', key: 'name', width: 30 },
    { header: '平台类型', key: 'platform', width: 12 },
    { header: '开设主体', key: 'owner', width: 30 },
    { header: '所属地区', key: 'district', width: 10 },
    { header: '备案编号', key: 'id', width: 16 },
    { header: '检查日期', key: 'date', width: 14, style: { numFmt: 'yyyy"年"m"月"d"日"' } },
    { header: '得分', key: 'score', width: 8 },
    { header: '单项否决', key: 'veto', width: 8 },
    { header: '问题描述', key: 'problem', width: 40 },
    { header: '检查结论', key: 'result', width: 10 },
  ];
  for (let index = 0; index < ROWS; index++) {
    sheet
      .addRow({
        month: `2022-${String((index % 3) + 10)}`,
        name: `无锡发布${index}号`,
        platform: PLATFORMS[index % PLATFORMS.length],
        owner: `无锡市第${index % 500}单位`,
        district: DISTRICTS[index % DISTRICTS.length],
        id: `WX-${100000 + index}`,
        date: new Date(Date.UTC(2022, 9 + (index % 3), 1 + (index % 28))),
        score: 60 + (index % 41),
        veto: index % 17 === 0 ? '是' : '否',
        problem: index % 5 === 0 ? `超过两周未更新（第${index}条）` : null,
        result: index % 17 === 0 ? '不合格' : '合格',
      })
      .commit();
  }
  sheet.commit();
  await writer.commit();
}

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

async function readOnce(): Promise<{ ms: number; cpu: number; rows: number; cells: number }> {
  const start = performance.now();
  const cpuStart = cpuMs();
  const workbook = await openWorkbook(FILE);
  let rows = 0;
  let cells = 0;
  for (const sheet of workbook.sheets) {
    for await (const row of sheet.rows()) {
      rows++;
      cells += row.cells.length;
    }
  }
  return { ms: performance.now() - start, cpu: cpuMs() - cpuStart, rows, cells };
}

/** A bare saxes pass over the sheet parts (no cell handling), to compare the XML scan with. */
async function saxesOnce(): Promise<{ ms: number; tags: number }> {
  const { SaxesParser } = await import('saxes');
  const start = performance.now();
  const parts = unzipSync(readFileSync(FILE), { filter: (file) => file.name.startsWith('xl/worksheets/') });
  let tags = 0;
  for (const bytes of Object.values(parts)) {
    const parser = new SaxesParser();
    parser.on('opentag', () => {
      tags++;
    });
    parser.write(new TextDecoder().decode(bytes)).close();
  }
  return { ms: performance.now() - start, tags };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  if (process.argv.includes('--write')) return writeWorkbook();
  if (!existsSync(FILE)) {
    console.log(`writing ${FILE} …`);
    execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--write'], {
      stdio: 'inherit',
    });
  }
  const times: number[] = [];
  const cpu: number[] = [];
  let last = { ms: 0, cpu: 0, rows: 0, cells: 0 };
  let firstReadRssMb = 0;
  for (let run = 0; run < RUNS; run++) {
    last = await readOnce();
    times.push(last.ms);
    cpu.push(last.cpu);
    if (run === 0) firstReadRssMb = process.resourceUsage().maxRSS / 1024;
  }
  const ms = median(times);
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(`file        ${FILE}`);
  console.log(`rows        ${last.rows} (${last.cells} cells)`);
  console.log(`runs (ms)   ${times.map((t) => t.toFixed(0)).join(', ')}`);
  console.log(
    `median      ${ms.toFixed(0)} ms — ${Math.round(last.rows / (ms / 1000)).toLocaleString('en')} rows/s`,
  );
  console.log(
    `CPU (ms)    ${cpu.map((t) => t.toFixed(0)).join(', ')} (user + system; includes zlib's thread)`,
  );
  console.log(
    `peak RSS    ${firstReadRssMb.toFixed(0)} MB after the first read, ${peakMb.toFixed(0)} MB after all ${RUNS}`,
  );
  console.log('            (whole process: Node, tsx and the garbage of earlier runs included)');
  if (process.argv.includes('--saxes')) {
    const saxes: number[] = [];
    let tags = 0;
    for (let run = 0; run < RUNS; run++) {
      const result = await saxesOnce();
      saxes.push(result.ms);
      tags = result.tags;
    }
    console.log(
      `saxes bare  ${median(saxes).toFixed(0)} ms for ${tags} tags (inflate + decode + parse, no cells)`,
    );
  }
}

await main();
