import { Chalk, type ChalkInstance } from 'chalk';
import { printableLine } from './printable.js';

/** True for an environment flag that is set and not one of the ways of saying no ('', 0, false, no, off). */
function envFlag(value: string | undefined): boolean {
  return value !== undefined && !['', '0', 'false', 'no', 'off'].includes(value.trim().toLowerCase());
}

/** `DEBUG` set to anything but off ('', 0, false, no, off): the same as `--verbose`. */
export function debugRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  return envFlag(env.DEBUG);
}

/**
 * The colour level of a stream: colour only on a terminal that is not `TERM=dumb` and not CI, never in
 * JSON. `FORCE_COLOR` forces it (`FORCE_COLOR=0` or `false` forbids it), `NO_COLOR` (any non-empty
 * value) turns it off whatever else is set, as https://no-color.org asks (chalk 5 reads neither
 * NO_COLOR nor our CI and TERM rule itself, so the level is always given to it explicitly).
 */
export function colourLevel(
  stream: { isTTY?: boolean },
  json: boolean,
  env: NodeJS.ProcessEnv = process.env,
): 0 | 1 {
  if (json || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) return 0;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false' ? 0 : 1;
  if (!stream.isTTY || env.TERM === 'dumb' || envFlag(env.CI)) return 0;
  return 1;
}

/** A chalk instance for a stream, at `colourLevel`. */
export function colours(stream: NodeJS.WriteStream, json: boolean): ChalkInstance {
  return new Chalk({ level: colourLevel(stream, json) });
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
  return Boolean(process.stderr.isTTY) && !json && !envFlag(process.env.CI);
}

/** The exit code of a run ended by a signal: 128 + the signal's number, as a shell reports it. */
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * Runs `task` with Ctrl-C (SIGINT) and SIGTERM turned into an abort of its signal instead of an
 * immediate exit, so the task can end its child processes and remove its temporary files first.
 * `interrupted` is the exit code to end with (130 or 143) when a signal came, else undefined.
 */
export async function whileInterruptible<T>(
  task: (signal: AbortSignal) => Promise<T>,
): Promise<{ value: T; interrupted: number | undefined }> {
  const controller = new AbortController();
  let interrupted: number | undefined;
  const handlers = Object.entries(SIGNAL_EXIT).map(([name, code]) => {
    const handler = () => {
      interrupted ??= code;
      controller.abort();
    };
    process.on(name, handler);
    return () => process.off(name, handler);
  });
  try {
    const value = await task(controller.signal);
    return { value, interrupted };
  } finally {
    for (const off of handlers) off();
  }
}
