import { Command, CommanderError } from 'commander';
import { RequestError } from '../app/request-error.js';
import { ConfigError } from '../config/config-error.js';
import { closestMatch } from '../domain/closest.js';
import { RegularFileError } from '../files/read-regular-file.js';
import { TemplateError } from '../report/template-error.js';
import { readBundledFile } from '../resources/bundled-files.js';
import { WorkbookReadError } from '../workbook/types.js';
import { WriteFileError } from '../workspace/write-atomic.js';
import { bareFileArgv, isClerkStart, shouldPause, thisStart, waitForEnter } from './clerk-mode.js';
import { alignColumns, displayWidth } from './display-width.js';
import { EXIT, InputError, UsageError } from './errors.js';
import { printable } from './printable.js';
import { debugRequested, err, out } from './terminal.js';

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

/** ` （是否想输入 X？）` for the nearest of `candidates` (the project's matcher), or nothing. */
function didYouMean(value: string, candidates: readonly string[]): string {
  const key = (text: string) => text.replace(/^-+/, '').toLowerCase();
  const near = closestMatch(value, candidates, { key });
  return near ? `（是否想输入 ${near}？）` : '';
}

/** The names of the program's commands, as `circular help` lists them. */
function commandNames(program: Command): string[] {
  return program.commands.map((c) => c.name()).filter((name) => name !== 'help');
}

/** The long options the command on the command line accepts (the program's own included). */
function optionNames(program: Command, argv: readonly string[]): string[] {
  const name = argv.slice(2).find((a) => !a.startsWith('-'));
  const command = program.commands.find((c) => c.name() === name);
  return [...(command?.options ?? []), ...program.options].flatMap((o) => (o.long ? [o.long] : []));
}

/** An unknown command's message: the nearest command, then every command. */
function unknownCommandMessage(program: Command, name: string): string {
  const names = commandNames(program);
  return `不认识的命令 ${name}${didYouMean(name, names)}。可用命令：${names.join('、')}`;
}

/** Translates commander's own messages (unknown option, missing value…) into Chinese. */
function commanderMessage(e: CommanderError, program: Command, argv: readonly string[]): string {
  const m = e.message;
  const quoted = /'([^']+)'/.exec(m)?.[1] ?? '';
  switch (e.code) {
    case 'commander.unknownOption': {
      const flag = quoted.replace(/=.*$/s, '');
      return `不认识的选项 ${flag}${didYouMean(flag, optionNames(program, argv))}。用 --help 查看可用选项`;
    }
    case 'commander.unknownCommand':
      return unknownCommandMessage(program, quoted);
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

/** The period options, one per kind, as `[flag, noun, example]`. */
const PERIOD_FLAGS: readonly (readonly [string, string, string])[] = [
  ['--month <YYYY-MM>', '月份', '2023-09'],
  ['--quarter <YYYYQn>', '季度', '2022Q4'],
  ['--half <YYYYHn>', '半年', '2023H1（上半年）、2023H2'],
  ['--year <YYYY>', '年度', '2022'],
];

/**
 * Adds the period options (`PeriodOptions`); `what` describes one from its noun and example. NOTE: an
 * option's long name is its period's kind, which is how `periodOption` finds it.
 */
const periodOptions = (cmd: Command, what: (noun: string, example: string) => string): Command => {
  for (const [flag, noun, example] of PERIOD_FLAGS) cmd.option(flag, what(noun, example));
  return cmd;
};

/** Builds the command-line program (help and messages in Chinese; option names English). */
export function createProgram(): Command {
  const program = new Command('circular');
  program
    .description('政务新媒体检查情况通报生成工具：台账和检查结果（.xlsx）→ 校验 → 统计 → 通报（.docx）')
    .version(version(), '-V, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .helpCommand(false)
    .usage('[选项] [命令]')
    .configureHelp({
      styleTitle: (t: string) => TITLES[t] ?? t,
      subcommandTerm: (cmd: Command) => `${cmd.name()} ${cmd.usage()}`.trim(),
      // NOTE: commander counts code units; a CJK character takes two columns.
      displayWidth,
    })
    .showSuggestionAfterError(false)
    .exitOverride()
    // Errors are translated and printed by `main`; help shown for a missing command goes to stderr.
    .configureOutput({ writeErr: (text) => process.stderr.write(text), outputError: () => {} });
  // NOTE: laid out only when the help is shown: measuring CJK widths costs every other command ~15 ms.
  program.addHelpText('after', () => {
    const examples = alignColumns([
      ['circular build --quarter 2022Q4', '生成季度通报'],
      ['circular build --year 2022', '生成年度通报'],
      ['circular build --month 2023-06', '生成月度通报（半年：--half 2023H1）'],
      ['circular validate 宜兴市.xlsx --district 宜兴市', '报送前检查本地区的表格'],
      ['circular stats --quarter 2022Q4 --format json', '统计数字（JSON）'],
      ['circular remind --date 2023-10-09', '周一的更新提醒（红黄蓝）'],
      ['circular init 我的工作区', '新建工作区'],
    ]);
    return `\n示例：\n${examples.map((line) => `  ${line}`).join('\n')}\n\n退出码：0 完成；1 输入数据有错误；2 命令行或配置有误；3 程序内部错误`;
  });

  periodOptions(common(program.command('build')), (noun, example) => `${noun}，如 ${example}`)
    .description('生成通报（.docx）；数据有错误时不生成任何文件')
    .option('-o, --out <file>', '输出的 .docx 文件，或以 / 结尾的文件夹（默认在工作区内，按通报标题命名）')
    .option('--date <YYYY-MM-DD>', '成文日期（默认今天）')
    .option('--rectify-by <YYYY-MM-DD>', '整改情况报送期限（优先于配置中的 rectification）')
    .option('--pdf', '同时生成 PDF（需要安装 LibreOffice）')
    .action(async (options) => {
      const { buildCommand } = await import('./commands/build.js');
      commandResult = await buildCommand(options);
    });

  periodOptions(common(program.command('stats')), (noun, example) => `${noun}，如 ${example}`)
    .description('输出期间统计数字（text 供阅读，json 供程序使用）')
    .action(async (options) => {
      const { statsCommand } = await import('./commands/stats.js');
      commandResult = await statsCommand(options);
    });

  periodOptions(
    common(program.command('validate')),
    (noun, example) => `同时检查该${noun}的期间规则，如 ${example}`,
  )
    .description(
      '检查表格：不带文件时检查整个工作区；带文件时单独检查这些文件；指定期间时还检查漏检、僵尸账号等期间规则',
    )
    .usage('[选项] [文件...]')
    .argument('[files...]', '要检查的 .xlsx / .csv 文件')
    .option('--district <name>', '与文件一起用：检查每一行是否都属于该地区（如 宜兴市）')
    .option('--annotate', '在每个文件旁边生成标注副本（如 宜兴市.校验结果.xlsx）：问题清单和标出的单元格')
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

  // Our own `help [命令]`: commander's prints nothing for a command that does not exist.
  program
    .command('help')
    .usage('[命令]')
    .description('显示某个命令的帮助')
    .argument('[command]')
    .helpOption(false)
    .action((name: string | undefined) => {
      if (name === undefined) return program.help();
      const command = program.commands.find((c) => c.name() === name && c.name() !== 'help');
      if (!command) throw new UsageError(unknownCommandMessage(program, name));
      command.help();
    });

  return program;
}

/** Maps any error to its message and exit code; a stack trace only with --verbose or DEBUG. */
/** An error's text on stderr: it may quote a file name or a config value, so nothing in it is kept raw. */
function errText(text: string): void {
  err(printable(text));
}

function handleError(error: unknown, verbose: boolean, program: Command, argv: readonly string[]): number {
  if (error instanceof CommanderError) {
    if (
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.version' ||
      error.code === 'commander.help'
    )
      return EXIT.ok;
    errText(`错误：${commanderMessage(error, program, argv)}`);
    return EXIT.usage;
  }
  if (error instanceof UsageError || error instanceof RequestError || error instanceof ConfigError) {
    errText(`错误：${error.message}`);
    return EXIT.usage;
  }
  if (error instanceof TemplateError) {
    errText(`错误：${error.message}`);
    if (verbose && error.detail) errText(error.detail);
    return EXIT.usage;
  }
  if (error instanceof InputError) {
    errText(error.message);
    return EXIT.inputErrors;
  }
  if (error instanceof RegularFileError) {
    errText(`错误：${error.message}\n提示：请检查这个文件：它应当是保存好的普通文件`);
    if (verbose) errText(error.detail);
    return EXIT.inputErrors;
  }
  if (error instanceof WriteFileError) {
    errText(`错误：${error.message}\n提示：${error.hint}`);
    if (verbose) errText(error.detail);
    return EXIT.inputErrors;
  }
  if (error instanceof WorkbookReadError) {
    errText(`错误：${error.message}${error.hint ? `\n提示：${error.hint}` : ''}`);
    if (verbose && error.detail) errText(error.detail);
    return EXIT.inputErrors;
  }
  errText('circular 遇到了内部错误（这是程序的问题，不是您数据的问题）。');
  errText('请把所用的命令、下面的信息和出问题的表格一并发给维护人员。');
  errText(
    verbose && error instanceof Error
      ? (error.stack ?? String(error))
      : `  ${error instanceof Error ? error.message : String(error)}（加 --verbose 可看到详细信息）`,
  );
  return EXIT.bug;
}

/** Why stdout could not take our output, by errno code. */
const STDOUT_SITUATIONS: Record<string, string> = {
  ENOSPC: '磁盘空间不足',
  EDQUOT: '超出了磁盘空间配额',
  EFBIG: '输出文件超过了允许的大小',
  EIO: '输出设备读写出错',
};

/** The one line said when stdout cannot be written (its output redirected to a full disk, say). */
function stdoutFailure(code: string | undefined): string {
  const reason = (code && STDOUT_SITUATIONS[code]) ?? `写入失败${code ? `（${code}）` : ''}`;
  return `错误：无法写出标准输出的内容：${reason}。请清理磁盘空间或把输出重定向到其他位置后重试`;
}

/** True when the command line asks for JSON (`--format json` or `--format=json`). */
function wantsJson(argv: readonly string[]): boolean {
  return argv.some((a, i) => a === '--format=json' || (a === '--format' && argv[i + 1] === 'json'));
}

/** Under `--format json` a failure is still one JSON document on stdout (the message is on stderr too). */
function errorJson(error: unknown, exitCode: number, program: Command, argv: readonly string[]): string {
  let message = error instanceof Error ? error.message : String(error);
  if (error instanceof CommanderError) message = commanderMessage(error, program, argv);
  let kind = exitCode === EXIT.usage ? 'usage' : exitCode === EXIT.inputErrors ? 'input' : 'internal';
  if (error instanceof WriteFileError) kind = 'write';
  return JSON.stringify({ error: { kind, message, exitCode } }, null, 2);
}

/**
 * The CLI's entry point and its one place for errors and exit codes.
 * NOTE: a run that did not finish never exits 0: the exit code is 3 until the command has returned,
 * so a promise that never settles (a hung reader) ends as a failure, not as success.
 */
export async function main(argv: readonly string[]): Promise<void> {
  const verbose = argv.includes('--verbose') || debugRequested();
  let finished = false;
  // A reader of our output that goes away (`circular --help | head`) is not an error; a full disk
  // or a failing device under a redirected stdout is the user's situation: one line, exit 1.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    finished = true;
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    try {
      process.stderr.write(`${stdoutFailure(error.code)}\n`);
    } catch {
      // stderr is gone too: the exit code is all that is left.
    }
    process.exit(EXIT.inputErrors);
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
    const code = handleError(error, verbose, program, argv);
    if (code !== EXIT.ok && wantsJson(argv) && !(error instanceof InputError))
      out(errorJson(error, code, program, argv));
    process.exitCode = code;
  }
  finished = true;
  if (isClerkStart(argv, commands) && shouldPause(thisStart())) await waitForEnter();
}
