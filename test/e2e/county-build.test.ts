import { beforeAll, describe, expect, it } from 'vitest';
import { RECTIFY_BY } from '../../scripts/county-sample/plan.js';
import {
  type Built,
  build,
  chineseDate,
  copyCountyWithoutWebsites,
  expectInOrder,
} from '../helpers/county-build.js';
import { figuresOf } from '../helpers/county-figures.js';

describe('the county sample, new media only: quarterly circular of 2023Q2', () => {
  const f = figuresOf(['2023-04', '2023-05', '2023-06'], ['2023-01', '2023-02', '2023-03']);
  let q: Built;

  beforeAll(async () => {
    q = await build(await copyCountyWithoutWebsites(), ['--quarter', '2023Q2'], '2023-07-06');
  });

  it('gives each check month its own count, the coverage and the rate against the last quarter', () => {
    expect(q.code).toBe(0);
    expect(q.text).toContain('县政府办公室关于2023年第二季度全县政务新媒体检查情况的通报');
    const [apr, may, jun] = f.perMonth;
    expect(q.text).toContain(
      `于4月和5月分别开展了单否问题专项检查，6月开展了全面检查，其中4月单否问题专项检查发现不合格${apr!.unqualified}个，5月单否问题专项检查发现不合格${may!.unqualified}个，6月全面检查发现不合格${jun!.unqualified}个`,
    );
    expect(q.text).toContain(
      `共检查政务新媒体${f.checked}个，检查率为100%，发现不合格政务新媒体${f.unqualified}个，总体合格率为${f.passRateText}`,
    );
    const change = f.previous!.change;
    expect(change).toBeLessThan(0);
    expect(q.text).toContain(`较上季度下降${Math.abs(change).toFixed(1).replace(/\.0$/, '')}个百分点`);
    expect(q.text).toContain(
      `其中，县直部门单位政务新媒体合格率为${f.cityRate}，各乡镇（街道）政务新媒体合格率为${f.districtRate}。`,
    );
  });

  it('has the problems section with numbered categories, the unregistered and the repeated accounts', () => {
    expectInOrder(q.text, [
      '一、总体情况',
      '二、存在的主要问题',
      '（一）单项否决问题。',
      ...f.veto.map((c, i) => `${i + 1}.${c.category}（${c.accounts.length}个）：${c.accounts.join('、')}。`),
      '（二）扣分问题。',
      ...f.deductions.map(
        (c, i) => `${i + 1}.${c.category}（${c.accounts.length}个）：${c.accounts.join('、')}。`,
      ),
      '（三）瞒报漏报问题。检查中发现2个政务新媒体',
      `（四）问题反复出现。${f.repeated.join('、')}连续两期检查不合格`,
      '三、下一步工作要求',
    ]);
    expect(f.repeated).toEqual(['青梧水利(微信公众号)']);
    expect(q.text).toContain(`并于${chineseDate(RECTIFY_BY['2023Q2']!)}前将整改情况报送县政府办公室。`);
  });
});
