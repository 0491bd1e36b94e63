/**
 * The diagnostic codes are one closed list (the compiler holds the code to it), and docs/workspace.md
 * is where a user looks each one up: it names every code, and no code the tool does not have.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '../../src/domain/diagnostic-codes.js';
import { ROOT } from '../helpers/cli.js';

/** Every `CODE_LIKE_THIS` written as code in a Markdown file. */
function codesIn(file: string): Set<string> {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return new Set([...text.matchAll(/`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)`/g)].map((m) => m[1] ?? ''));
}

describe('DIAGNOSTIC_CODES', () => {
  it('lists each code once', () => {
    expect(new Set(DIAGNOSTIC_CODES).size).toBe(DIAGNOSTIC_CODES.length);
  });

  it('are all named in docs/workspace.md, which names no other', () => {
    const documented = codesIn('docs/workspace.md');
    expect(DIAGNOSTIC_CODES.filter((code) => !documented.has(code))).toEqual([]);
    expect([...documented].filter((code) => !(DIAGNOSTIC_CODES as readonly string[]).includes(code))).toEqual(
      [],
    );
  });
});
