import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config/config-error.js';
import { TemplateError } from '../report/template-error.js';
import { readBundledFile } from '../resources/bundled-files.js';
import { WorkbookReadError } from '../workbook/types.js';
import { bareFileArgv, isClerkStart, shouldPause, thisStart, waitForEnter } from './clerk-mode.js';
import { EXIT, InputError, UsageError } from './errors.js';
import { err, out } from './terminal.js';

const TITLES: Record<string, string> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Arguments:': '参数：',
  'Global Options:': '全局选项：',
};

function version(): string {
  const pkg: unknown = JSON.parse(readBundledFile('package.json'));
  return typeof pkg === 'object' && pkg !== null && 'version' in pkg ? String(pkg.version) : '0.0.0';
}

/** Translates commander's own messages (unknown option, missing value…) into Chinese. */
function commanderMessage(e: CommanderError): string {
  const m = e.message;
  const quoted = /'([^']+)'/.exec(m)?.[1] ?? '';
  switch (e.code) {
    case 'commander.unknownOption':
      return `不认识的选项 ${quoted}。用 --help 查看可用选项`;
    case 'commander.unknownCommand':
      return `不认识的命令 ${quoted}。可用命令：build、stats、validate、remind、init`;
    case 'commander.optionMissingArgument':
      return `选项 ${quoted} 后面需要一个值`;
    case 'commander.missingMandatoryOptionValue':
      return `缺少必需的选项 ${quoted}`;
    case 'commander.missingArgument':
      return `缺少参数 ${quoted}`;
    case 'commander.excessArguments':
      return '参数太多。用 --help 查看用法';
    case 'commander.invalidArgument':
      return m.replace(/^error: /, '');
    default:
      return m.replace(/^error: /, '');
  }
}

/** What the command that ran returned (its exit code). */
let commandResult: number | undefined;

const common = (cmd: Command): Command =>
  cmd
    .usage('[选项]')
    .option('-w, --workspace <dir>', '工作区文件夹（默认当前文件夹）')
    .option('--format <format>', '输出格式：text（默认）或 json')
    .option('-q, --quiet', '只输出错误和结果')
    .option('--verbose', '输出各步骤用时和详细错误信息')
    .option('--print-config', '输出生效的配置（JSON）后退出');

/** Builds the command-line program (help and messages in Chinese; option names English). */
export function createProgram(): Command {
  const program = new Command('circular');
  program
    .description('政务新媒体检查情况通报生成工具：台账和检查结果（.xlsx）→ 校验 → 统计 → 通报（.docx）')
    .version(version(), '-V, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [命令]', '显示某个命令的帮助')
    .usage('[选项] [命令]')
    .configureHelp({
      styleTitle: (t: string) => TITLES[t] ?? t,
      subcommandTerm: (cmd: Command) => `${cmd.name()} ${cmd.usage()}`.trim(),
    })
    .showSuggestionAfterError(false)
    .exitOverride()
    .configureOutput({ writeErr: () => {}, outputError: () => {} });
  program.addHelpText(
    'after',
    '\n示例：\n  circular build --quarter 2022Q4            生成季度通报\n  circular build --year 2022                 生成年度通报\n  circular validate 宜兴市.xlsx --district 宜兴市   报送前检查本地区的表格\n  circular stats --quarter 2022Q4 --format json\n  circular remind --date 2023-10-09          周一的更新提醒（红黄蓝）\n  circular init 我的工作区                    新建工作区\n\n退出码：0 完成；1 输入数据有错误；2 命令行或配置有误；3 程序内部错误',
  );

  common(program.command('build'))
    .description('生成通报（.docx）；数据有错误时不生成任何文件')
    .option('--quarter <YYYYQn>', '季度，如 2022Q4')
    .option('--year <YYYY>', '年度，如 2022')
    .option('-o, --out <file>', '输出文件（默认在工作区内，按通报标题命名）')
    .option('--date <YYYY-MM-DD>', '成文日期（默认今天）')
    .option('--pdf', '同时生成 PDF（需要安装 LibreOffice）')
    .action(async (options) => {
      const { buildCommand } = await import('./commands/build.js');
      commandResult = await buildCommand(options);
    });

  common(program.command('stats'))
    .description('输出期间统计数字（text 供阅读，json 供程序使用）')
    .option('--quarter <YYYYQn>', '季度，如 2022Q4')
    .option('--year <YYYY>', '年度，如 2022')
    .action(async (options) => {
      const { statsCommand } = await import('./commands/stats.js');
      commandResult = await statsCommand(options);
    });

  common(program.command('validate'))
    .description('检查表格：不带文件时检查整个工作区；带文件时单独检查这些文件')
    .usage('[选项] [文件...]')
    .argument('[files...]', '要检查的 .xlsx / .csv 文件')
    .option('--district <name>', '检查每一行是否都属于该地区（如 宜兴市）')
    .option('--quarter <YYYYQn>', '同时检查该季度的期间规则（如漏检、僵尸账号）')
    .option('--year <YYYY>', '同时检查该年度的期间规则')
    .action(async (files: string[], options) => {
      const { validateCommand } = await import('./commands/validate.js');
      commandResult = await validateCommand(files, options);
    });

  common(program.command('remind'))
    .description('更新提醒：按最近更新日期把账号标为红、黄、蓝三色，生成“提醒/日期更新提醒.xlsx”')
    .option('--date <YYYY-MM-DD>', '巡查日期（默认今天）')
    .action(async (options) => {
      const { remindCommand } = await import('./commands/remind.js');
      commandResult = await remindCommand(options);
    });

  program
    .command('init')
    .usage('[选项] [文件夹]')
    .description('新建工作区：配置文件、台账和检查结果模板、通报模板、使用说明；已有文件不覆盖')
    .argument('[dir]', '工作区文件夹（默认当前文件夹；不存在时创建）')
    .option('--city <name>', '城市简称，如 苏州（非无锡时须同时给出 --districts）')
    .option('--districts <list>', '本市的市（县）区，用逗号分隔，如 江阴市,宜兴市,梁溪区')
    .option('-f, --force', '覆盖已存在的文件')
    .option('--format <format>', '输出格式：text（默认）或 json')
    .option('-q, --quiet', '只输出错误')
    .option('--verbose', '输出详细错误信息')
    .action(async (dir: string | undefined, options) => {
      const { initCommand } = await import('./commands/init.js');
      commandResult = await initCommand(dir, options);
    });

  return program;
}

/** Maps any error to its message and exit code; a stack trace only with --verbose or DEBUG. */
function handleError(error: unknown, verbose: boolean): number {
  if (error instanceof CommanderError) {
    if (
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.version' ||
      error.code === 'commander.help'
    )
      return EXIT.ok;
    err(`错误：${commanderMessage(error)}`);
    return EXIT.usage;
  }
  if (error instanceof UsageError || error instanceof ConfigError) {
    err(`错误：${error.message}`);
    return EXIT.usage;
  }
  if (error instanceof TemplateError) {
    err(`错误：${error.message}`);
    if (verbose && error.detail) err(error.detail);
    return EXIT.usage;
  }
  if (error instanceof InputError) {
    err(error.message);
    return EXIT.inputErrors;
  }
  if (error instanceof WorkbookReadError) {
    err(`错误：${error.message}${error.hint ? `\n提示：${error.hint}` : ''}`);
    if (verbose && error.detail) err(error.detail);
    return EXIT.inputErrors;
  }
  err('circular 遇到了内部错误（这是程序的问题，不是您数据的问题）。');
  err('请把所用的命令、下面的信息和出问题的表格一并发给维护人员。');
  err(
    verbose && error instanceof Error
      ? (error.stack ?? String(error))
      : `  ${error instanceof Error ? error.message : String(error)}（加 --verbose 可看到详细信息）`,
  );
  return EXIT.bug;
}

/** True when the command line asks for JSON (`--format json` or `--format=json`). */
function wantsJson(argv: readonly string[]): boolean {
  return argv.some((a, i) => a === '--format=json' || (a === '--format' && argv[i + 1] === 'json'));
}

/** Under `--format json` a failure is still one JSON document on stdout (the message is on stderr too). */
function errorJson(error: unknown, exitCode: number): string {
  let message = error instanceof Error ? error.message : String(error);
  if (error instanceof CommanderError) message = commanderMessage(error);
  const kind = exitCode === EXIT.usage ? 'usage' : exitCode === EXIT.inputErrors ? 'input' : 'internal';
  return JSON.stringify({ error: { kind, message, exitCode } }, null, 2);
}

/**
 * The CLI's entry point and its one place for errors and exit codes.
 * NOTE: a run that did not finish never exits 0: the exit code is 3 until the command has returned,
 * so a promise that never settles (a hung reader) ends as a failure, not as success.
 */
export async function main(argv: readonly string[]): Promise<void> {
  const verbose = argv.includes('--verbose') || Boolean(process.env.DEBUG);
  let finished = false;
  // A reader of our output that goes away (`circular --help | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    finished = true;
    process.exit(process.exitCode ?? EXIT.ok);
  });
  process.exitCode = EXIT.bug;
  process.on('beforeExit', () => {
    if (!finished) {
      finished = true;
      err('circular 未能完成（读取过程中断）。请加 --verbose 重试，或把文件发给维护人员。');
      process.exitCode = EXIT.bug;
    }
  });
  const program = createProgram();
  const commands = program.commands.map((c) => c.name());
  try {
    commandResult = undefined;
    // A bare `circular` shows the help; `circular 宜兴市.xlsx` (a file dropped onto the program) validates.
    if (argv.length <= 2) program.outputHelp();
    else await program.parseAsync(bareFileArgv(argv, commands) ?? [...argv]);
    process.exitCode = commandResult ?? EXIT.ok;
  } catch (error) {
    const code = handleError(error, verbose);
    if (code !== EXIT.ok && wantsJson(argv) && !(error instanceof InputError)) out(errorJson(error, code));
    process.exitCode = code;
  }
  finished = true;
  if (isClerkStart(argv, commands) && shouldPause(thisStart())) await waitForEnter();
}
