import type { SourceLocation } from '../domain/diagnostic.js';
import type { PlatformBucket } from '../domain/platform-buckets.js';
import type { CheckKind } from '../domain/vocabulary.js';
import type { CheckField } from './columns.js';

/** One validated result row (DATA.md §3), before it is linked to a registry account. */
export interface CheckRow {
  /** `YYYY-MM`. */
  month: string;
  kind: CheckKind;
  name?: string;
  platformRaw?: string;
  platform?: PlatformBucket;
  filingId?: string;
  score?: number;
  veto: boolean;
  /** 否决情形. */
  vetoReason?: string;
  /** 问题描述. */
  problem?: string;
  conclusion?: '合格' | '不合格';
  reposting: boolean;
  at: SourceLocation;
  /** Column letters of the results sheet's columns, to locate later diagnostics at a field's cell. */
  columns?: Readonly<Partial<Record<CheckField, string>>>;
}

/** A result row linked to its account, with the verdict worked out. */
export interface CheckRecord extends CheckRow {
  /** Registry index of the account. */
  account: number;
  failed: boolean;
  /** Why it failed, as the circular's list prints it; empty when it passed. */
  reasons: string[];
}
