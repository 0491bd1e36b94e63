/** What a new user sees when they ask for help or mistype a command or an option. */
import { describe, expect, it } from 'vitest';
import { runCli, SAMPLE } from '../helpers/cli.js';
import { columnOf, columns } from '../helpers/columns.js';

describe('help', () => {
  it('names an unknown command in `circular help`, suggests the nearest one, exit 2', () => {
    const r = runCli(['help', 'buld']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不认识的命令 buld');
    expect(r.stderr).toContain('是否想输入 build');
    expect(r.stdout).toBe('');
  });

  it('shows a command’s help with `circular help build`', () => {
    const r = runCli(['help', 'build']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('用法： circular build');
    expect(r.stdout).toContain('--quarter');
  });

  it('shows the usage when no command is given', () => {
    const r = runCli([]);
    expect(r.stdout + r.stderr).toContain('用法： circular [选项] [命令]');
    expect(r.stdout + r.stderr).toContain('validate');
  });

  it('lines up the descriptions of the commands, CJK characters being two columns wide', () => {
    const r = runCli(['--help']);
    const lines = r.stdout.split('\n');
    const from = lines.indexOf('命令：');
    const commands = lines.slice(from + 1, lines.indexOf('', from));
    expect(commands.map((l) => l.trim().split(' ')[0])).toEqual([
      'build',
      'stats',
      'validate',
      'remind',
      'init',
      'help',
    ]);
    const starts = commands.map((l) => {
      const term = /^\s+\S.*?\s{2,}(?=\S)/u.exec(l);
      expect(term, l).not.toBeNull();
      return columns(term![0]);
    });
    expect(new Set(starts).size, commands.join('\n')).toBe(1);
  });
});

describe('a mistyped command or option', () => {
  it.each([
    [['buld', '--quarter', '2022Q4'], '不认识的命令 buld', 'build'],
    [['valdate'], '不认识的命令 valdate', 'validate'],
    [['build', '--qarter', '2022Q4'], '不认识的选项 --qarter', '--quarter'],
    [['validate', '--distrct', '宜兴市'], '不认识的选项 --distrct', '--district'],
    [['stats', '--quartr=2022Q4'], '不认识的选项 --quartr', '--quarter'],
    [['build', '--verbos'], '不认识的选项 --verbos', '--verbose'],
    [['init', '--citty', '苏州'], '不认识的选项 --citty', '--city'],
  ])('%j says what was meant, exit 2', (args, said, meant) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(said);
    expect(r.stderr).toContain(`是否想输入 ${meant}`);
  });

  it('suggests nothing for a word that is nothing like a command', () => {
    const r = runCli(['xyzzyplugh']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不认识的命令 xyzzyplugh');
    expect(r.stderr).not.toContain('是否想输入');
    expect(r.stderr).toContain('可用命令：build、stats、validate、remind、init');
  });
});

describe('stats as text', () => {
  it('lines up its labels and the district table, CJK characters being two columns wide', () => {
    const r = runCli(['stats', '--quarter', '2022Q4', '--workspace', SAMPLE]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    const labelled = lines.filter((l) =>
      /^(已备案|10月|11月|12月|合格率|上期|省级抽查|全年满分|转载权威信息)\s/.test(l),
    );
    expect(labelled).toHaveLength(9);
    const valueStarts = labelled.map((l) => columnOf(l, l.split(/\s+/)[1]!));
    expect(new Set(valueStarts).size, labelled.join('\n')).toBe(1);
    const districts = lines.filter((l) => l.includes('已备案') && l.startsWith('  '));
    expect(districts).toHaveLength(9);
    for (const word of ['已备案', '检查', '不合格', '合格率']) {
      const starts = districts.map((l) => columnOf(l, ` ${word} `));
      expect(new Set(starts).size, `${word}\n${districts.join('\n')}`).toBe(1);
    }
  });
});
