/**
 * The verdict on one check (docs/workspace.md §3): an account fails when it has a 单项否决, or its 检查结论 is
 * 不合格, or — only where the config sets `passScore` — its 全面检查 score is below it. The reasons are
 * worded as the circular's list of unqualified accounts prints them.
 */
import type { CheckRow } from './check-record.js';

/** Whether a check failed, and why. */
export interface Verdict {
  failed: boolean;
  /** Empty when it passed. */
  reasons: string[];
}

/** A score as the circulars write it: 85, 85.5. */
function scoreText(score: number): string {
  return String(Number(score.toFixed(2)));
}

/** The verdict on one row; `passScore` as in the config (unset: scores alone never fail). */
export function judge(row: CheckRow, passScore: number | undefined): Verdict {
  const belowPass =
    passScore !== undefined && row.kind === '全面检查' && row.score !== undefined && row.score < passScore;
  const failed = row.veto || row.conclusion === '不合格' || belowPass;
  if (!failed) return { failed, reasons: [] };
  if (row.veto) {
    const text = [row.vetoReason, row.problem].filter((t) => t !== undefined).join('：');
    return { failed, reasons: [text === '' ? '单项否决' : text] };
  }
  const reasons: string[] = [];
  if (belowPass && row.score !== undefined)
    reasons.push(`得分${scoreText(row.score)}分，低于合格线${passScore}分`);
  if (row.problem !== undefined) reasons.push(row.problem);
  if (reasons.length === 0) reasons.push('检查结论为不合格');
  return { failed, reasons };
}
