/**
 * npm's `prepare` (after `npm install` / `npm ci` in a clone): builds dist/ so that `npx circular` works
 * straight away. With `--omit=dev` there is no TypeScript to build with; that install is for running an
 * already built tree, so it says so and succeeds instead of failing on a missing `tsc` (docs/packaging.md).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('node_modules/typescript/package.json')) {
  process.stderr.write('circular: 未安装开发依赖（--omit=dev），跳过编译 dist/。\n');
} else {
  const npm = process.env.npm_execpath;
  const run = npm
    ? spawnSync(process.execPath, [npm, 'run', 'build'], { stdio: 'inherit' })
    : spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
  process.exitCode = run.status ?? 1;
}
