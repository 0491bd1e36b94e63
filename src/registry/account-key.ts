/**
 * How accounts are told apart. The circulars count by platform bucket, but the 其他 bucket holds many
 * platforms: 宜兴发布 on 抖音 and 宜兴发布 on 快手 are two accounts. So an account's identity is its
 * normalised name plus its bucket, and within 其他 also the platform as typed.
 */
import { nameKey } from '../domain/normalize.js';
import type { PlatformBucket } from '../domain/platform-buckets.js';

const TRAILING_HAO = /号$/;

/** The platform part of an account's identity: the bucket, or for 其他 the platform as typed (抖音号 = 抖音). */
export function platformKey(bucket: PlatformBucket, platformRaw: string): string {
  if (bucket !== '其他') return bucket;
  return `其他:${nameKey(platformRaw).replace(TRAILING_HAO, '')}`;
}

/** Name and platform: an account's identity in the registry. */
export function identityKey(key: string, bucket: PlatformBucket, platformRaw: string): string {
  return `${key}\u0000${platformKey(bucket, platformRaw)}`;
}
