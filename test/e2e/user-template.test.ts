import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { figuresOf } from '../helpers/county-figures.js';

/**
 * A new user copies a bundled template into the workspace's templates/ and edits its words, nothing
 * else: the circular must follow the edited template (docs/templates.md).
 */
function workspaceWith(name: string, edit: (bundled: string) => string): string {
  const dir = join(tempDir(), 'qingwu-2023');
  cpSync(join(ROOT, 'fixtures', 'qingwu-2023'), dir, { recursive: true });
  mkdirSync(join(dir, 'templates'), { recursive: true });
  const bundled = readFileSync(join(ROOT, 'templates', name), 'utf8');
  writeFileSync(join(dir, 'templates', name), edit(bundled), 'utf8');
  return dir;
}

/** Replaces what stands between 【正文】 and 【署名】 (the attachments go too). */
function withBody(template: string, body: string): string {
  // The markers as lines (the template's opening comment names them too).
  const start = template.indexOf('\n【正文】') + 1;
  const end = template.indexOf('\n【署名】') + 1;
  return `${template.slice(0, start)}【正文】\n${body}\n${template.slice(end)}`;
}

async function buildText(dir: string, args: string[]): Promise<{ code: number | null; text: string }> {
  const out = join(dir, 'out.docx');
  const run = runCli(['build', ...args, '--workspace', dir, '--date', '2023-07-05', '-o', out]);
  if (run.code !== 0) return { code: run.code, text: run.stderr };
  const text = (await mammoth.extractRawText({ path: out })).value.replace(/\n+/g, '\n');
  return { code: run.code, text };
}

const QUARTERLY_BODY = `按照政务新媒体常态化监管要求，{{issuerShort}}对{{period.name}}全县政务新媒体进行了检查。现将有关情况通报如下。
#、检查情况
本季度共{{#if stats.coverage.sampled}}抽查{{else}}检查{{/if}}政务新媒体{{stats.coverage.checked}}个，{{#if stats.coverage.sampled}}抽查比例{{else}}检查率{{/if}}{{stats.coverage.rateText}}，发现不合格{{stats.unqualified.count}}个，合格率{{stats.passRateText}}。{{#if (bothLevels stats.byLevel)}}分层级看，{{levelRates stats.byLevel}}。{{/if}}
#、发现的问题
{{#each stats.problems.veto}}
（#）{{category}}（{{count}}个）。涉及{{labels accounts}}。
{{/each}}
#、工作要求
各单位要对照问题立即整改。`;

describe('a quarterly circular edited to coverage, by-level rates and a problems section', () => {
  const f = figuresOf(['2023-04', '2023-05', '2023-06']);
  let built: { code: number | null; text: string };

  beforeAll(async () => {
    built = await buildText(
      workspaceWith('quarterly.hbs', (t) => withBody(t, QUARTERLY_BODY)),
      ['--quarter', '2023Q2'],
    );
  });

  it('says what the user wrote, with the figures filled in', () => {
    expect(built.code, built.text).toBe(0);
    expect(built.text).toContain('县政府办公室对2023年第二季度全县政务新媒体进行了检查。');
    expect(built.text).toContain(
      `一、检查情况\n本季度共检查政务新媒体${f.checked}个，检查率100%，发现不合格${f.unqualified}个，合格率${f.passRateText}。`,
    );
    expect(built.text).toContain(
      `分层级看，县直部门单位政务新媒体合格率为${f.cityRate}，各乡镇（街道）政务新媒体合格率为${f.districtRate}。`,
    );
    expect(built.text).toContain('二、发现的问题');
    f.veto.forEach((c, i) => {
      expect(built.text).toContain(
        `（${'一二三'[i]}）${c.category}（${c.accounts.length}个）。涉及${c.accounts.join('、')}。`,
      );
    });
    expect(built.text).toContain('三、工作要求');
    expect(built.text).not.toContain('存在的主要问题');
  });
});
