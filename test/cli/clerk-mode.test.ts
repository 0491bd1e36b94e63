import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bareFileArgv, isClerkStart, type StartFacts, shouldPause } from '../../src/cli/clerk-mode.js';
import { tempDir } from '../helpers/cli.js';

const COMMANDS = ['build', 'stats', 'validate', 'init', 'help'];
const NODE = ['node', 'circular'];

describe('bareFileArgv: a file dropped onto the program is a validation', () => {
  const existing = join(tempDir(), '宜兴市 报送');
  writeFileSync(existing, '');
  it.each([
    [['宜兴市.xlsx'], ['validate', '宜兴市.xlsx']],
    [['C:\\Users\\张三\\桌面\\宜兴市.XLSX'], ['validate', 'C:\\Users\\张三\\桌面\\宜兴市.XLSX']],
    [
      ['a.csv', 'b.xlsx'],
      ['validate', 'a.csv', 'b.xlsx'],
    ],
    [[existing], ['validate', existing]],
  ])('%j → %j', (args, expected) => {
    expect(bareFileArgv([...NODE, ...args], COMMANDS)).toEqual([...NODE, ...expected]);
  });

  it.each([[[]], [['build', '--quarter', '2022Q4']], [['validate', 'a.xlsx']], [['--help']], [['bulid']]])(
    '%j stays as it is',
    (args) => {
      expect(bareFileArgv([...NODE, ...args], COMMANDS)).toBeUndefined();
    },
  );

  it('a double-click (no arguments) and a drop are clerk starts; a typed command is not', () => {
    expect(isClerkStart(NODE, COMMANDS)).toBe(true);
    expect(isClerkStart([...NODE, '宜兴市.xlsx'], COMMANDS)).toBe(true);
    expect(isClerkStart([...NODE, 'validate', '宜兴市.xlsx'], COMMANDS)).toBe(false);
  });
});

describe('shouldPause: wait for Enter only when no terminal of its own will keep the window', () => {
  const facts = (over: Partial<StartFacts>): StartFacts => ({
    env: {},
    platform: 'win32',
    console: true,
    parentName: () => 'explorer.exe',
    ...over,
  });

  it.each([
    ['double-click or drop (parent explorer.exe)', facts({}), true],
    ['parent gone', facts({ parentName: () => undefined }), true],
    ['EXPLORER.EXE in capitals', facts({ parentName: () => 'EXPLORER.EXE' }), true],
    ['typed in cmd', facts({ parentName: () => 'cmd.exe' }), false],
    ['typed in PowerShell', facts({ parentName: () => 'powershell.exe' }), false],
    ['output redirected', facts({ console: false }), false],
    ['Linux', facts({ platform: 'linux' }), false],
    ['CI', facts({ env: { CI: 'true' } }), false],
    ['CIRCULAR_PAUSE=0', facts({ env: { CIRCULAR_PAUSE: '0' } }), false],
    [
      'CIRCULAR_PAUSE=1 on Linux, piped',
      facts({ env: { CIRCULAR_PAUSE: '1' }, platform: 'linux', console: false }),
      true,
    ],
  ])('%s → %s', (_name, f, expected) => {
    expect(shouldPause(f)).toBe(expected);
  });

  it('asks for the parent only when it matters (tasklist costs a process start)', () => {
    let asked = 0;
    shouldPause(facts({ platform: 'linux', parentName: () => `${++asked}` }));
    shouldPause(facts({ console: false, parentName: () => `${++asked}` }));
    expect(asked).toBe(0);
  });
});
