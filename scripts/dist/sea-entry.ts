/**
 * The entry of the single-file programs (scripts/dist/build-binaries.ts bundles it): what bin/circular.js
 * does for the npm package. NOTE: in a single executable process.argv[1] is the program itself, so
 * commander reads the arguments from argv[2] on, as it does under `node bin/circular.js`.
 */
import { main } from '../../src/cli/index.js';

void main(process.argv);
