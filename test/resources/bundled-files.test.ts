import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBundledFiles, readBundledFile } from '../../src/resources/bundled-files.js';
import { ROOT } from '../helpers/cli.js';

// The single-file programs read the same files as SEA assets: test/dist/binaries.test.ts.
describe('bundled files, from the package', () => {
  it('lists the templates folder', () => {
    const names = listBundledFiles('templates');
    expect(names).toEqual(readdirSync(join(ROOT, 'templates')).sort());
    expect(names).toContain('quarterly.hbs');
  });

  it('reads a template and package.json as they are in the package', () => {
    expect(readBundledFile('templates/yearly.hbs')).toBe(
      readFileSync(join(ROOT, 'templates', 'yearly.hbs'), 'utf8'),
    );
    expect(JSON.parse(readBundledFile('package.json'))).toMatchObject({ name: 'circular-tongbao' });
  });
});
