/**
 * The shared-strings table as plain strings: rich-text runs joined, phonetic (`rPh`) runs left out.
 */
import type { TimeBudget } from './read-limits.js';
import { scanPart } from './xml-part.js';
import { unescapeOoxml } from './xml-text.js';
import { XmlTokenizer } from './xml-tokenizer.js';
import type { ZipArchive, ZipEntry } from './zip-archive.js';

const STRING_NAMES = ['si', 't', 'rPh'] as const;
const [SI, T, RPH] = [1, 2, 3];

/**
 * Reads every `<si>` of the shared-strings part into one string each.
 * NOTE: the `count`/`uniqueCount` attributes are ignored (they are often wrong); the table is as long as
 * the `<si>` elements it has.
 */
export async function readSharedStrings(
  zip: ZipArchive,
  entry: ZipEntry | undefined,
  budget: TimeBudget,
): Promise<string[]> {
  const strings: string[] = [];
  if (entry === undefined) return strings;
  let current: string | null = null;
  let phonetic = 0;
  const xml = new XmlTokenizer(STRING_NAMES, {
    open(x, name, selfClosing) {
      if (name === SI) {
        current = '';
        if (selfClosing) {
          strings.push('');
          current = null;
        }
      } else if (name === RPH && !selfClosing) phonetic++;
      else if (name === T && !selfClosing && current !== null && phonetic === 0) x.wantText = true;
    },
    close(x, name) {
      if (name === T) x.wantText = false;
      else if (name === RPH && phonetic > 0) phonetic--;
      else if (name === SI && current !== null) {
        strings.push(unescapeOoxml(current));
        current = null;
        phonetic = 0;
      }
    },
    text(x, start, end) {
      if (current !== null) current += x.textAt(start, end);
    },
  });
  await scanPart(zip, entry, xml, budget);
  return strings;
}
