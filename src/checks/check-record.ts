import type { SourceLocation } from '../domain/diagnostic.js';
import type { PlatformBucket } from '../domain/platform-buckets.js';
import type { CheckKind, Rectification } from '../domain/vocabulary.js';
import type { CheckField } from './columns.js';

/** One validated result row (docs/workspace.md §3), before it is linked to a registry account. */
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
  /** 否决情形, as typed. */
  vetoReason?: string;
  /** The categories 否决情形 names (docs/workspace.md §3a), config names or normalised text. */
  vetoCategories?: string[];
  /** The categories 扣分情形 names. A deduction does not make a check fail. */
  deductions?: string[];
  /** 扣分: points deducted. */
  deductionPoints?: number;
  /** 备案情况 未备案: an account the inspectors found unregistered; never linked to the registry. */
  unregistered?: boolean;
  /** 开设主体 as the results sheet types it (for an account found unregistered). */
  operator?: string;
  /** 所属地区 as the results sheet types it (市级 and configured districts in their canonical spelling). */
  district?: string;
  /** 整改情况: the re-check of a problem named in an earlier circular. */
  rectification?: Rectification;
  /** 问题描述. */
  problem?: string;
  conclusion?: '合格' | '不合格';
  reposting: boolean;
  /** True for a check of a government website (docs/workspace.md §11): it links to the websites. */
  website?: boolean;
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
