"""The alternative a user would reach for: pandas + openpyxl computing a quarter's headline figures.

    /usr/bin/python3 scripts/bench/pandas_stats.py WORKSPACE 2022Q4

Reads the registry and every results workbook of a benchmark workspace (scripts/bench/generate-workspace.ts)
with pandas.read_excel(engine='openpyxl'), and prints as JSON the figures `circular stats --format json`
prints for the same quarter (docs/workspace.md section 6): registered at asOf by level, type and district; checked,
unqualified and pass rate; per month; per district; perfect scores; reposting; the previous quarter.
The bench compares both outputs field by field. It knows the workspace's layout (the title row above the
header, the sheet names), as a script written for one office's files would; for the messy workspace
(manifest.json says "messy": true) it also knows that office's header spellings, its three date spellings
and its scores typed as text in half- or full-width digits.
"""

import glob
import json
import os
import re
import sys
import unicodedata

import pandas as pd

BUCKETS = ["微信公众号", "微博", "移动客户端", "其他"]
ALIASES = {
    "微信公众号": ["微信公众号", "微信", "公众号", "微信服务号", "微信订阅号"],
    "微博": ["微博", "新浪微博", "政务微博", "微博号"],
    "移动客户端": ["移动客户端", "客户端", "APP", "移动应用"],
}
YES = {"是", "√", "✓", "Y", "1", "有"}
CITY = "市级"


def key(text):
    return unicodedata.normalize("NFKC", str(text)).strip().lower()


BUCKET_OF = {key(alias): bucket for bucket, aliases in ALIASES.items() for alias in aliases}


def bucket(platform):
    return BUCKET_OF.get(key(platform), "其他")


def month_of(value):
    """`YYYY-MM` of a month cell: a date cell, 2022-07, 2022年8月."""
    if isinstance(value, (pd.Timestamp,)) or hasattr(value, "year"):
        return f"{value.year:04d}-{value.month:02d}"
    m = re.match(r"^\s*(\d{4})\s*(?:年|-|/|\.)\s*(\d{1,2})", str(value))
    return f"{m.group(1)}-{int(m.group(2)):02d}" if m else None


def kind_of(value):
    return "全面检查" if key(value) in ("全面检查", "全面", "综合检查") else "单否专项检查"


def quarter(period):
    year, q = int(period[:4]), int(period[5])
    months = [f"{year}-{m:02d}" for m in range(3 * q - 2, 3 * q + 1)]
    end = pd.Timestamp(year, 3 * q, 1) + pd.offsets.MonthEnd(0)
    return months, end


def previous(period):
    year, q = int(period[:4]), int(period[5])
    return f"{year - 1}Q4" if q == 1 else f"{year}Q{q - 1}"


# The messy workspace's header spellings (scripts/bench/generate-workspace.ts), to the canonical ones.
MESSY_HEADERS = {
    "名称": "账号名称", "平台": "平台类型", "编号": "备案编号", "主办单位": "开设主体", "地区": "所属地区",
    "开设日期": "备案日期", "账号状态": "状态", "关停日期": "注销日期", "最后更新日期": "最近更新日期",
    "月份": "检查月份", "检查方式": "检查类型", "分数": "得分", "是否单项否决": "单项否决", "否决原因": "否决情形",
    "存在问题": "问题描述", "结论": "检查结论", "是否转载权威信息": "转载权威信息",
}


def is_messy(ws):
    with open(os.path.join(ws, "manifest.json"), encoding="utf-8") as f:
        return bool(json.load(f).get("messy", False))


def to_date(value):
    """A date cell, 2022/3/4 or 2022年3月4日."""
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NaT:
        return pd.NaT
    if hasattr(value, "year"):
        return pd.Timestamp(value)
    m = re.match(r"^\s*(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})", str(value))
    return pd.Timestamp(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else pd.NaT


def to_number(value):
    """A score: a number, or text in half- or full-width digits."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return float("nan")
    return float(unicodedata.normalize("NFKC", str(value)).strip())


def read_registry(ws, messy=False):
    reg = pd.read_excel(os.path.join(ws, "registry.xlsx"), header=1, engine="openpyxl")
    if messy:
        reg = reg.rename(columns=MESSY_HEADERS)
    reg = reg[reg["序号"] != "合计"].reset_index(drop=True)
    reg["bucket"] = reg["平台类型"].map(bucket)
    if messy:
        reg["filed"] = pd.to_datetime(reg["备案日期"].map(to_date))
        reg["closed"] = pd.to_datetime(reg["注销日期"].map(to_date))
    else:
        reg["filed"] = pd.to_datetime(reg["备案日期"])
        reg["closed"] = pd.to_datetime(reg["注销日期"])
    return reg


def read_checks(ws, messy=False):
    frames = []
    for path in sorted(glob.glob(os.path.join(ws, "checks", "*.xlsx"))):
        for frame in pd.read_excel(path, sheet_name=None, header=1, engine="openpyxl").values():
            frames.append(frame.rename(columns=MESSY_HEADERS) if messy else frame)
    checks = pd.concat(frames, ignore_index=True)
    if messy:
        checks["得分"] = checks["得分"].map(to_number)
    checks["month"] = checks["检查月份"].map(month_of)
    checks["kind"] = checks["检查类型"].map(kind_of)
    veto = checks["单项否决"].map(lambda v: key(v) in YES) | checks["否决情形"].notna()
    checks["failed"] = veto | (checks["检查结论"] == "不合格")
    checks["reposting"] = checks["转载权威信息"].map(lambda v: key(v) in YES)
    return checks


def registered_at(reg, as_of):
    open_now = reg["closed"].isna() | (reg["closed"] > as_of)
    closed_status = reg["状态"] != "正常"
    still = (~closed_status & open_now) | (closed_status & reg["closed"].notna() & (reg["closed"] > as_of))
    return reg[(reg["filed"].isna() | (reg["filed"] <= as_of)) & still]


def rate(passed, checked):
    return None if checked == 0 else passed / checked


def headline(reg, checks, period):
    months, end = quarter(period)
    registered = registered_at(reg, end)
    records = checks[checks["month"].isin(months) & checks["备案编号"].isin(registered["备案编号"])]
    checked = records["备案编号"].nunique()
    unqualified = records.loc[records["failed"], "备案编号"].nunique()
    return registered, records, checked, unqualified


def stats(ws, period):
    messy = is_messy(ws)
    reg = read_registry(ws, messy)
    checks = read_checks(ws, messy)
    with open(os.path.join(ws, "circular.config.json"), encoding="utf-8") as f:
        districts = json.load(f)["districts"]
    months, end = quarter(period)
    registered, records, checked, unqualified = headline(reg, checks, period)

    by_type = registered["bucket"].value_counts()
    by_district = registered["所属地区"].value_counts()
    city = int(by_district.get(CITY, 0))

    month_rows = []
    for month in months:
        in_month = records[records["month"] == month]
        if len(in_month) == 0:
            continue
        month_rows.append({
            "month": month,
            "kind": "全面检查" if (in_month["kind"] == "全面检查").any() else "单否专项检查",
            "checked": int(in_month["备案编号"].nunique()),
            "unqualified": int(in_month.loc[in_month["failed"], "备案编号"].nunique()),
        })

    checked_ids = set(records["备案编号"])
    failed_ids = set(records.loc[records["failed"], "备案编号"])
    district_rows = []
    for district in districts + [CITY]:
        ids = registered.loc[registered["所属地区"] == district, "备案编号"]
        c = int(ids.isin(checked_ids).sum())
        u = int(ids.isin(failed_ids).sum())
        district_rows.append({
            "district": district, "registered": int(len(ids)), "checked": c, "unqualified": u,
            "passRate": rate(c - u, c),
        })

    year_records = checks[(checks["month"] >= f"{period[:4]}-01") & (checks["month"] <= months[-1])
                          & checks["备案编号"].isin(registered["备案编号"])]
    full = year_records[year_records["kind"] == "全面检查"]
    spoiled = set(year_records.loc[year_records["failed"], "备案编号"]) | set(full.loc[full["得分"] != 100, "备案编号"])
    perfect = set(full["备案编号"]) - spoiled

    reposting = records.loc[records["reposting"], "备案编号"].nunique()

    prev_id = previous(period)
    p_registered, p_records, p_checked, p_unqualified = headline(reg, checks, prev_id)
    prev = None
    if len(p_records) > 0:
        prev = {"period": prev_id, "registered": int(len(p_registered)), "checked": int(p_checked),
                "unqualified": int(p_unqualified), "passRate": rate(p_checked - p_unqualified, p_checked)}

    return {
        "period": period,
        "asOf": end.strftime("%Y-%m-%d"),
        "registered": {
            "total": int(len(registered)),
            "byLevel": {"city": city, "district": int(len(registered)) - city},
            "byType": {b: int(by_type.get(b, 0)) for b in BUCKETS},
            "byDistrict": {d: int(by_district.get(d, 0)) for d in [CITY] + districts},
        },
        "checked": int(checked),
        "unqualified": {"count": int(unqualified)},
        "qualified": int(checked - unqualified),
        "passRate": rate(checked - unqualified, checked),
        "months": month_rows,
        "perfectScore": {"count": len(perfect)},
        "reposting": {"count": int(reposting)},
        "byDistrict": district_rows,
        "previous": prev,
        "rows": {"registry": int(len(reg)), "checks": int(len(checks))},
    }


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: pandas_stats.py WORKSPACE 2022Q4")
    print(json.dumps(stats(sys.argv[1], sys.argv[2]), ensure_ascii=False, indent=2))
