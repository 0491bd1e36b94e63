import { Chalk, type ChalkInstance } from 'chalk';
import { printableLine } from './printable.js';

/**
 * Colour only on a terminal, never in JSON; `NO_COLOR` (any non-empty value) turns it off and
 * `FORCE_COLOR` forces it, as https://no-color.org asks (chalk 5 does not read NO_COLOR itself).
 */
export function colours(stream: NodeJS.WriteStream, json: boolean): ChalkInstance {
  const env = process.env;
  let level: 0 | 1 | 2 | 3 = stream.isTTY ? 1 : 0;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') level = 1;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') level = 0;
  if (json) level = 0;
  return new Chalk({ level });
}

/** Writes a line to stdout, control characters from the data made visible (see `printableLine`). */
export function out(line = ''): void {
  process.stdout.write(`${printableLine(line)}\n`);
}

/** Writes a line to stderr, control characters from the data made visible (see `printableLine`). */
export function err(line = ''): void {
  process.stderr.write(`${printableLine(line)}\n`);
}

/** True when progress may be shown: a terminal, not JSON, not CI. */
export function progressAllowed(json: boolean): boolean {
  return Boolean(process.stderr.isTTY) && !json && !process.env.CI;
}
