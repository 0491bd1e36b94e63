/** Exit codes (docs/ci.md, 无人值守运行的要点; README 退出码). */
export const EXIT = {
  ok: 0,
  inputErrors: 1,
  usage: 2,
  bug: 3,
} as const;

/** The command line is wrong (exit 2); the message says what to type instead. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The input has errors (exit 1); the diagnostics have already been printed. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
