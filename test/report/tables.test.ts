/** The attachment tables as data (tables.ts) and as Word lays them out (attachment-tables.ts). */
import { describe, expect, it } from 'vitest';
import { WORD_TABLE_WIDTHS } from '../../src/report/attachment-tables.js';
import { TEXT_WIDTH } from '../../src/report/docx/layout.js';
import { TABLE_COLUMNS, type TableKey } from '../../src/report/tables.js';

const KEYS = Object.keys(TABLE_COLUMNS) as TableKey[];

describe('attachment tables', () => {
  it('hold no Word widths as data: a column is a header and an alignment', () => {
    for (const key of KEYS) {
      for (const column of TABLE_COLUMNS[key])
        expect(Object.keys(column).sort(), key).toEqual(['align', 'header']);
    }
  });

  it.each(KEYS)('%s: one Word width per column, together as wide as the 版心 (8845 twips)', (key) => {
    const widths = WORD_TABLE_WIDTHS[key];
    expect(widths).toHaveLength(TABLE_COLUMNS[key].length);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
  });
});
