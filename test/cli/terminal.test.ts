import { describe, expect, it } from 'vitest';
import { colourLevel, debugRequested } from '../../src/cli/terminal.js';

const terminal = { isTTY: true };
const pipe = { isTTY: false };

describe('colourLevel', () => {
  it.each([
    ['a terminal', terminal, {}, 1],
    ['a pipe', pipe, {}, 0],
    ['CI=true on a terminal', terminal, { CI: 'true' }, 0],
    ['CI=1 on a terminal', terminal, { CI: '1' }, 0],
    ['CI=false on a terminal', terminal, { CI: 'false' }, 1],
    ['TERM=dumb on a terminal', terminal, { TERM: 'dumb' }, 0],
    ['FORCE_COLOR=0 on a terminal', terminal, { FORCE_COLOR: '0' }, 0],
    ['FORCE_COLOR=false on a terminal', terminal, { FORCE_COLOR: 'false' }, 0],
    ['FORCE_COLOR=1 on a pipe', pipe, { FORCE_COLOR: '1' }, 1],
    ['FORCE_COLOR (empty) on a pipe', pipe, { FORCE_COLOR: '' }, 1],
    ['FORCE_COLOR=1 in CI', pipe, { FORCE_COLOR: '1', CI: 'true' }, 1],
    ['FORCE_COLOR=1 with TERM=dumb', pipe, { FORCE_COLOR: '1', TERM: 'dumb' }, 1],
    ['NO_COLOR=1 on a terminal', terminal, { NO_COLOR: '1' }, 0],
    ['NO_COLOR=1 with FORCE_COLOR=1', terminal, { NO_COLOR: '1', FORCE_COLOR: '1' }, 0],
    ['NO_COLOR (empty) on a terminal', terminal, { NO_COLOR: '' }, 1],
  ])('%s', (_name, stream, env, level) => {
    expect(colourLevel(stream, false, env)).toBe(level);
  });

  it('never colours JSON', () => {
    expect(colourLevel(terminal, true, { FORCE_COLOR: '1' })).toBe(0);
  });
});

describe('debugRequested', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['0', false],
    ['false', false],
    ['no', false],
    ['off', false],
    ['1', true],
    ['true', true],
    ['circular', true],
    ['*', true],
  ])('DEBUG=%j → %s', (value, on) => {
    expect(debugRequested(value === undefined ? {} : { DEBUG: value })).toBe(on);
  });
});
