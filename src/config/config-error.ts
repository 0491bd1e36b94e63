/** The config file is wrong (exit code 2); the message says what and where, in Chinese. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly problems: string[] = [],
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}
