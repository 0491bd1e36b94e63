import { nameKey } from './normalize.js';

/** The four platform buckets that the circulars report, in their reporting order. */
export const PLATFORM_BUCKETS = ['微信公众号', '微博', '移动客户端', '其他'] as const;
export type PlatformBucket = (typeof PLATFORM_BUCKETS)[number];

/** Accepted spellings of each bucket (docs/workspace.md §2); compared case- and width-insensitively. */
export const PLATFORM_ALIASES: Record<PlatformBucket, readonly string[]> = {
  微信公众号: ['微信公众号', '微信', '公众号', '微信服务号', '微信订阅号'],
  微博: ['微博', '新浪微博', '政务微博', '微博号'],
  移动客户端: ['移动客户端', '客户端', 'APP', '移动应用'],
  其他: [
    '其他',
    '其他类型',
    '抖音',
    '抖音号',
    '快手',
    '今日头条',
    '头条号',
    '视频号',
    '微信视频号',
    '百家号',
    '小程序',
    '哔哩哔哩',
    '小红书',
    '学习强国',
  ],
};

/** Result of classifying a platform value. `known` is false when it fell into 其他 only by default. */
export interface PlatformMatch {
  bucket: PlatformBucket;
  known: boolean;
}

/** Builds the lookup from accepted spelling to bucket, with the config's extra spellings added. */
export function platformLookup(extra: Partial<Record<PlatformBucket, readonly string[]>> = {}) {
  const map = new Map<string, PlatformBucket>();
  for (const bucket of PLATFORM_BUCKETS) {
    for (const alias of [...PLATFORM_ALIASES[bucket], ...(extra[bucket] ?? [])])
      map.set(nameKey(alias), bucket);
  }
  /** Classifies a non-empty platform value; an unknown value counts as 其他 with `known: false`. */
  return (value: string): PlatformMatch => {
    const bucket = map.get(nameKey(value));
    return bucket ? { bucket, known: true } : { bucket: '其他', known: false };
  };
}

/** The way the circulars name an account: `宜兴发改(微信公众号)`. */
export function accountLabel(name: string, platform: string): string {
  return `${name}(${platform})`;
}
