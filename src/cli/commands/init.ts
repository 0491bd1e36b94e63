import { relative, resolve } from 'node:path';
import {
  CHECKS_TEMPLATE_FILE,
  GUIDE_FILE,
  initWorkspace,
  parseDistrictList,
  WorkspaceFileExistsError,
} from '../../app/init-workspace.js';
import { currentQuarter } from '../../domain/period.js';
import { commandContext } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { out } from '../terminal.js';

/** Options of `circular init`. */
export interface InitCommandOptions {
  format?: string;
  quiet?: boolean;
  verbose?: boolean;
  force?: boolean;
  city?: string;
  districts?: string;
}

/** `circular init [DIR]`: a ready workspace; an existing file is left alone unless --force (else exit 2). */
export async function initCommand(dirArg: string | undefined, options: InitCommandOptions): Promise<number> {
  const ctx = commandContext(options);
  const dir = resolve(dirArg ?? '.');
  const shown = relative(process.cwd(), dir) || '.';
  let result: Awaited<ReturnType<typeof initWorkspace>>;
  try {
    result = await initWorkspace(dir, {
      ...(options.city !== undefined ? { city: options.city } : {}),
      ...(options.districts !== undefined ? { districts: parseDistrictList(options.districts) } : {}),
      force: Boolean(options.force),
    });
  } catch (error) {
    if (error instanceof WorkspaceFileExistsError) throw new UsageError(`${shown} 中${error.message}`);
    throw error;
  }
  if (ctx.json) {
    out(
      JSON.stringify(
        { workspace: shown, config: result.config, files: result.files, folders: result.folders },
        null,
        2,
      ),
    );
    return EXIT.ok;
  }
  if (ctx.quiet) return EXIT.ok;
  out(`${ctx.c.green('已创建工作区')} ${shown}`);
  for (const f of result.files)
    out(`  ${f.action === 'overwritten' ? ctx.c.yellow('覆盖') : ctx.c.green('新建')}  ${f.path}`);
  out('');
  out('下一步：');
  out(`  1. 打开 ${GUIDE_FILE}，按说明核对 circular.config.json 中的城市、发文机关和地区`);
  out(
    `  2. 填写 ${result.config.registry ?? 'registry.xlsx'}；把 ${CHECKS_TEMPLATE_FILE} 复制到 checks/ 后填写检查结果`,
  );
  const quarter = currentQuarter(new Date()).id;
  out(
    `  3. circular validate --workspace ${shown}，再 circular build --workspace ${shown} --quarter ${quarter}`,
  );
  return EXIT.ok;
}
