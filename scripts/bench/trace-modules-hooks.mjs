/** The resolve hook of trace-modules.mjs (it runs on the loader thread). */
import { appendFileSync } from 'node:fs';

const seen = new Set();

export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  // A package from node_modules, or one that the build copies into dist/vendor/ (docx: docs/packaging.md).
  const match =
    /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(result.url) ??
    /\/dist\/vendor\/([^/]+)\.mjs$/.exec(result.url);
  if (match && !seen.has(match[1])) {
    seen.add(match[1]);
    appendFileSync(process.env.CIRCULAR_TRACE_MODULES, `${match[1]}\n`);
  }
  return result;
}
