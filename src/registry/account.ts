import type { SourceLocation } from '../domain/diagnostic.js';
import { accountLabel, type PlatformBucket } from '../domain/platform-buckets.js';
import type { SiteType } from '../domain/site-types.js';
import { ACCOUNT_TERMS, type Terms, WEBSITE_TERMS } from '../domain/terms.js';
import type { AccountStatus } from '../domain/vocabulary.js';
import type { RegistryField } from './columns.js';

/** What a registry row of a government website (docs/workspace.md §11) adds to an account's fields. */
export interface WebsiteInfo {
  siteType: SiteType;
  /** 网站标识码 as typed; the website's `filingId` holds it too, so that results rows match by it. */
  siteId?: string;
  /** 网址 as typed. */
  url?: string;
}

/**
 * One validated registry row (docs/workspace.md §2). Dates are `YYYY-MM-DD`. A government website is one
 * too (docs/workspace.md §11): `website` set, `platform` 其他 and `platformRaw` 政府网站, kept in a list of
 * its own (its `index` counts in that list).
 */
export interface RegistryAccount {
  /** Registry order, 0-based; lists in the statistics follow it. */
  index: number;
  name: string;
  /** Normalised name for matching (see `nameKey`). */
  key: string;
  /** The platform as typed, e.g. 抖音. */
  platformRaw: string;
  platform: PlatformBucket;
  /** 开设主体. */
  operator: string;
  /** `市级` or one of the configured districts. */
  district: string;
  filingId?: string;
  filedOn?: string;
  status: AccountStatus;
  closedOn?: string;
  lastUpdate?: string;
  /** The row (column A) the account came from. */
  at: SourceLocation;
  /** Column letters of the registry sheet's columns, to locate later diagnostics at a field's cell. */
  columns?: Readonly<Partial<Record<RegistryField, string>>>;
  /** Set on a government website. */
  website?: WebsiteInfo;
}

/**
 * True when the account counts as registered at `asOf`: filed on or before it (or no 备案日期), and
 * not closed on or before it. NOTE: 关停/注销 without 注销日期 is treated as closed before any period.
 */
export function isRegisteredAt(account: RegistryAccount, asOf: string): boolean {
  if (account.filedOn !== undefined && account.filedOn > asOf) return false;
  if (account.status !== '正常') return account.closedOn !== undefined && account.closedOn > asOf;
  if (account.closedOn !== undefined && account.closedOn <= asOf) return false;
  return true;
}

/** The words the messages use for this entry: an account's, or a website's. */
export function termsOf(entry: Pick<RegistryAccount, 'website'>): Terms {
  return entry.website ? WEBSITE_TERMS : ACCOUNT_TERMS;
}

/**
 * How a message names the entry: `宜兴发改(微信公众号)` with the platform as typed, a website by its name
 * alone.
 */
export function entryLabel(entry: Pick<RegistryAccount, 'name' | 'platformRaw' | 'website'>): string {
  return entry.website ? entry.name : accountLabel(entry.name, entry.platformRaw);
}
