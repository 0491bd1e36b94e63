/**
 * The one way text is decoded: CSV files, and the text files a user edits beside the workbooks
 * (`circular.config.json`, `highlights/*.md`, the workspace's templates), as docs/workspace.md says.
 */
import { MAX_TEXT_FILE_BYTES, readRegularFileSync } from './read-regular-file.js';

/**
 * Text in neither UTF-8 nor GB18030 (nor UTF-16 with its mark). The message names the file (in
 * Chinese) and `hint` says how to re-save it; each reader turns it into its own error.
 */
export class TextEncodingError extends Error {
  constructor(
    readonly file: string,
    readonly hint = '请用记事本或 WPS 打开该文件，“另存为”时编码选择 UTF-8，保存后重试',
  ) {
    super(`无法读取“${file}”：文件既不是 UTF-8 编码，也不是 GB18030（GBK）编码的文本`);
    this.name = 'TextEncodingError';
  }
}

/**
 * Decodes a text file's bytes: a byte-order mark decides (UTF-8, UTF-16); otherwise valid UTF-8 is
 * UTF-8 and anything else is read as GB18030 (a superset of GBK and GB2312), which WPS, Excel and
 * Notepad on Chinese Windows write. Bytes valid in neither throw `TextEncodingError` rather than
 * turning into U+FFFD. The mark itself is not part of the text.
 */
export function decodeText(bytes: Uint8Array, file = ''): string {
  const attempt = (label: string, data: Uint8Array): string | undefined => {
    try {
      return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(data);
    } catch {
      return undefined;
    }
  };
  let text: string | undefined;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) text = attempt('utf-8', bytes.subarray(3));
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) text = attempt('utf-16le', bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = attempt('utf-16be', bytes.subarray(2));
  else text = attempt('utf-8', bytes) ?? attempt('gb18030', bytes);
  if (text === undefined) throw new TextEncodingError(file);
  return text;
}

/**
 * Reads a text file a user edits, decoded as `decodeText` says; `file` is its name in messages. Only a
 * regular file within `MAX_TEXT_FILE_BYTES` is read (else `RegularFileError`); a file in neither
 * encoding throws `TextEncodingError`.
 */
export function readTextFile(path: string, file: string): string {
  return decodeText(readRegularFileSync(path, MAX_TEXT_FILE_BYTES, file), file);
}
