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

/**
 * A problem found while checking or running a template, at a line of it; `renderTemplate` turns it into
 * a `TemplateError` naming the file. The message is the reason alone, in Chinese.
 */
export class TemplateProblem extends Error {
  constructor(
    readonly line: number | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'TemplateProblem';
  }
}
