import { describe, expect, it } from 'vitest';
import { hasAuthenticode, stripAuthenticode } from '../../scripts/dist/strip-authenticode.js';

const LFANEW = 0x80;
const OPTIONAL = LFANEW + 4 + 20;
const CERT_ENTRY = OPTIONAL + 112 + 4 * 8;

/** A PE32+ skeleton of `body` bytes with a certificate table of `cert` bytes at its end. */
function pe(body: number, cert: number): Buffer {
  const b = Buffer.alloc(body + cert, 0xaa);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(LFANEW, 0x3c);
  b.write('PE\0\0', LFANEW, 'latin1');
  b.writeUInt16LE(0x20b, OPTIONAL);
  b.writeUInt32LE(0x1234, OPTIONAL + 64);
  b.writeUInt32LE(cert ? body : 0, CERT_ENTRY);
  b.writeUInt32LE(cert, CERT_ENTRY + 4);
  return b;
}

describe('stripAuthenticode', () => {
  it('cuts the certificate table off and zeroes its entry and the checksum', () => {
    const signed = pe(4096, 512);
    expect(hasAuthenticode(signed)).toBe(true);
    const out = stripAuthenticode(signed);
    expect(out.length).toBe(4096);
    expect(hasAuthenticode(out)).toBe(false);
    expect(out.readUInt32LE(CERT_ENTRY)).toBe(0);
    expect(out.readUInt32LE(OPTIONAL + 64)).toBe(0);
    expect(out.subarray(0x200, 4096).equals(signed.subarray(0x200, 4096))).toBe(true);
  });

  it('leaves an unsigned file as it is', () => {
    const unsigned = pe(4096, 0);
    expect(stripAuthenticode(unsigned)).toBe(unsigned);
  });

  it('refuses a table that is not at the end, and a file that is not PE', () => {
    const odd = pe(4096, 512);
    odd.writeUInt32LE(1024, CERT_ENTRY);
    expect(() => stripAuthenticode(odd)).toThrow(/not at the end/);
    expect(() => stripAuthenticode(Buffer.from('#!/bin/sh\n'))).toThrow(/not a PE file/);
  });
});
