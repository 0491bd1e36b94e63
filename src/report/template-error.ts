/** A template that could not be compiled or rendered; names the file and line, in Chinese. */
export class TemplateError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    message: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'TemplateError';
  }
}
