/**
 * A use case asked for something it cannot do as asked — an unknown district, a circular's output
 * path inside the checks folder: the command line's exit 2. The message, in Chinese, says what to do
 * instead; nothing has been written.
 */
export class RequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RequestError';
  }
}
