/**
 * Records which packages a run of the CLI loads: `node --import ./scripts/bench/trace-modules.mjs bin/circular.js …`
 * appends every resolved `node_modules/<package>` name, once, to the file named by `CIRCULAR_TRACE_MODULES`.
 * The bench and the start-up test use it to show that `--help` and `validate` never load docx.
 */
import { register } from 'node:module';

if (process.env.CIRCULAR_TRACE_MODULES) register('./trace-modules-hooks.mjs', import.meta.url);
