#!/usr/bin/env python3
"""Deterministic generator of enforcement data at county and province scale (执法数据生成器).

Same seed and arguments → byte-identical output. Writes CSV files for PostgreSQL COPY (registries of every bench
county, and the bulk of the decisions) and JSON batches for the batch API (the ingest benchmark's county). Realistic
shapes: county volumes are skewed (log-normal), bodies and powers follow a Zipf law, decisions fall on working days
over three years, 45 % inspections / 30 % penalties / 20 % licences / 5 % coercive measures, log-normal fines, most
decisions published on time, some late, a few never.

Usage: gen_enforcement.py --out DIR --counties 100 --records 10000000 --ingest 50000 --market-unit ID --seed 42
"""
import argparse
import csv
import datetime as dt
import json
import math
import os
import random

ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"

DEPARTMENTS = ["市场监督管理局", "综合行政执法局", "生态环境局", "交通运输局", "自然资源局", "住房和城乡建设局", "农业农村局",
               "卫生健康委员会", "应急管理局", "文化和旅游局", "公安局", "人力资源和社会保障局", "水利局", "林业局", "教育和体育局",
               "商务局", "医疗保障局", "民政局", "行政审批服务局", "税务局"]
TOWNS = ["城关镇", "东城街道", "西城街道", "青石镇", "柳林镇", "河口镇", "白马乡", "桃源乡", "龙泉镇", "石桥镇"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志强文军海燕红梅玉兰春梅鹏飞晓东小红俊杰子轩浩然欣怡"
SHOPS = ["鑫源", "恒达", "宏发", "金牛", "聚福", "顺风", "华美", "永盛", "兴旺", "福满", "佳佳", "百味", "康源", "绿野", "天成", "红星",
         "万家", "新世纪", "好再来", "老街"]
TRADES = ["餐饮", "超市", "食品", "建材", "汽修", "药房", "烟酒", "五金", "物流", "农资", "网吧", "宾馆", "美容", "服装", "粮油"]
SUFFIX = ["有限公司", "店", "经营部", "商行", "有限责任公司"]
KINDS = [("INSPECTION", 45), ("PENALTY", 30), ("LICENCE", 20), ("COERCION", 5)]
KIND_SHORT = {"PENALTY": "罚", "LICENCE": "许", "COERCION": "强", "INSPECTION": "检"}
POWER_TYPES = ["PENALTY", "PENALTY", "PENALTY", "PENALTY", "LICENCE", "LICENCE", "COERCION", "INSPECTION",
               "INSPECTION", "INSPECTION"]
TS = "2025-01-01 00:00:00+08"


def credit_code(rng, region):
    body = rng.choice("159") + "1" + region + "".join(rng.choice(ALPHA) for _ in range(9))
    s = sum(ALPHA.index(c) * w for c, w in zip(body, CC_W))
    return body + ALPHA[(31 - s % 31) % 31]


def id_number(rng, region):
    birth = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(0, 20000))
    body = region + birth.strftime("%Y%m%d") + "%03d" % rng.randrange(1000)
    return body + ID_C[sum(int(c) * w for c, w in zip(body, ID_W)) % 11]


def add_working_days(day, n):
    # weekends only: the generator approximates the legal calendar (the app applies official holidays)
    while n > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def zipf_weights(n, s=1.1):
    return [1.0 / (k + 1) ** s for k in range(n)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--counties", type=int, default=100)
    ap.add_argument("--records", type=int, default=10_000_000)
    ap.add_argument("--ingest", type=int, default=50_000, help="records of the demo county sent through the API")
    ap.add_argument("--batch", type=int, default=5000)
    ap.add_argument("--market-unit", type=int, required=True, help="org_unit id of the demo county's 市场监督管理局")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--year", type=int, default=2025, help="last year of decisions (three years are generated)")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    w = lambda name: csv.writer(open(os.path.join(a.out, name), "w", newline="", encoding="utf-8"))
    units, bodies, powers, officers, certs, delegations = (w("units.csv"), w("bodies.csv"), w("powers.csv"),
                                                           w("officers.csv"), w("certs.csv"), w("delegations.csv"))
    counties = ["990121"] + ["99%04d" % (201 + i) for i in range(a.counties - 1)]
    unit_id, body_id, power_id, officer_id, cert_id = 5_000_000, 6_000_000, 7_000_000, 8_000_000, 9_000_000
    county_model = {}
    for c in counties:
        bench_county = c != "990121"
        depts, towns = [], []
        if bench_county:
            unit_id += 1
            gov = unit_id
            units.writerow([gov, c, "", "/", "测试%s县人民政府" % c[-3:], "GOVERNMENT", "f", TS, "bench", TS, "bench"])
            for d in DEPARTMENTS:
                unit_id += 1
                units.writerow([unit_id, c, gov, "/%d/" % gov, "测试%s县%s" % (c[-3:], d), "DEPARTMENT", "t", TS, "bench", TS,
                                "bench"])
                depts.append((unit_id, "测试%s县%s" % (c[-3:], d), d))
            for t in TOWNS:
                unit_id += 1
                units.writerow([unit_id, c, gov, "/%d/" % gov, "测试%s县%s" % (c[-3:], t), "TOWNSHIP", "t", TS, "bench", TS,
                                "bench"])
                towns.append((unit_id, "测试%s县%s" % (c[-3:], t), t))
        else:
            # the demo county: the bench bodies all belong to its market-supervision bureau, whose clerk sends them
            depts = [(a.market_unit, "压测执法主体%02d" % i, DEPARTMENTS[i % len(DEPARTMENTS)]) for i in range(20)]
        model = []
        for (uid, uname, short) in depts + towns:
            body_id += 1
            name = uname if bench_county else uname
            bodies.writerow([body_id, c, uid, name, "STATUTORY", "依据", "范围", "2015-01-01", TS, "bench", TS, "bench"])
            plist = []
            for k, ptype in enumerate(POWER_TYPES):
                power_id += 1
                code = "B%s-%d-%02d" % (c, body_id, k)
                powers.writerow([power_id, c, uid, body_id, code, "%s事项%02d" % (short, k), ptype, "依据", "2015-01-01",
                                 TS, "bench", TS, "bench"])
                plist.append((power_id, code, ptype))
            olist = []
            for k in range(8):
                officer_id += 1
                cert_id += 1
                officers.writerow([officer_id, c, uid, body_id, rng.choice(SURNAMES) + rng.choice(GIVEN),
                                   id_number(rng, c), TS, "bench", TS, "bench"])
                certs.writerow([cert_id, c, uid, officer_id, "Z%d" % cert_id, "ENFORCEMENT", "综合", "2015-01-01",
                                "2035-12-31", TS, "bench", TS, "bench"])
                olist.append((officer_id, cert_id, "Z%d" % cert_id))
            model.append((body_id, uid, name, plist, olist))
        county_model[c] = (model, [t[0] for t in towns])
    for f in (units, bodies, powers, officers, certs, delegations):
        pass

    # volumes: log-normal county weights, the demo county gets the ingest records plus its share
    weights = [math.exp(rng.gauss(0, 0.6)) for _ in counties]
    total_w = sum(weights)
    bulk = a.records - a.ingest
    shares = [int(bulk * x / total_w) for x in weights]
    shares[-1] += bulk - sum(shares)
    start = dt.date(a.year - 2, 1, 1)
    days = [start + dt.timedelta(days=i) for i in range((dt.date(a.year, 12, 31) - start).days + 1)]
    workdays = [d for d in days if d.weekday() < 5]
    kinds, kw = zip(*KINDS)
    record_id = 100_000_000
    seq = {}

    def make(c, model, towns, rid, suffix=""):
        bw = zipf_weights(len(model))
        body = rng.choices(model, bw)[0]
        kind = rng.choices(kinds, kw)[0]
        ptype = kind
        plist = [p for p in body[3] if p[2] == ptype]
        power = rng.choices(plist, zipf_weights(len(plist)))[0]
        day = rng.choice(workdays)
        key = (body[0], kind, day.year)
        seq[key] = seq.get(key, 0) + 1
        number = "%s%s〔%d〕%d号%s" % (body[2][-6:], KIND_SHORT[kind], day.year, seq[key], suffix)
        person = rng.random() < 0.3
        if person:
            party = rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.6 else "")
            credit, idn, phone, addr = "", id_number(rng, c), "1%010d" % rng.randrange(10 ** 10), "测试县%s村%d号" % (
                rng.choice(TOWNS), rng.randrange(1, 300))
        else:
            party = "测试县" + rng.choice(SHOPS) + rng.choice(TRADES) + rng.choice(SUFFIX)
            credit, idn, phone, addr = credit_code(rng, c), "", "", ""
        fine = 0.0
        conf = 0.0
        if kind == "PENALTY":
            fine = 0.0 if rng.random() < 0.1 else round(math.exp(rng.gauss(math.log(2000), 1.2)), -1)
            conf = round(math.exp(rng.gauss(math.log(3000), 1.0)), 2) if rng.random() < 0.05 else 0.0
        due = add_working_days(day, 7 if kind in ("PENALTY", "LICENCE") else 20)
        r = rng.random()
        if r < 0.92:
            published = min(add_working_days(day, rng.randrange(0, 7 if kind in ("PENALTY", "LICENCE") else 20)), due)
        elif r < 0.97:
            published = due + dt.timedelta(days=rng.randrange(1, 30))
        else:
            published = None
        township = rng.choice(towns) if towns and rng.random() < 0.3 else None
        review = kind == "PENALTY" and fine > 50000
        officers2 = rng.sample(body[4], 2)
        return dict(id=rid, c=c, unit=body[1], body=body[0], body_name=body[2], power=power[0], power_code=power[1],
                    kind=kind, number=number, day=day, ptype="PERSON" if person else "ORG", party=party, credit=credit,
                    idn=idn, phone=phone, addr=addr, fine=fine, conf=conf, township=township, review=review,
                    officers=officers2, due=due, published=published)

    rec = w("records.csv")
    rof = w("record_officers.csv")
    items = w("record_items.csv")

    def write_copy(r, writer=rec, officer_writer=rof, item_writer=items, source="API"):
        writer.writerow([r["id"], r["c"], r["unit"], r["body"], r["power"], r["township"] or "", r["kind"], r["number"],
                         r["day"].isoformat(), r["ptype"], r["party"], r["credit"], r["idn"], r["phone"], r["addr"], "依据",
                         "", "决定内容", "%.2f" % r["fine"], "%.2f" % r["conf"], "t" if r["review"] else "f",
                         "t" if r["review"] else "f", "审%d" % r["id"] if r["review"] else "",
                         source, "%064x" % r["id"], "EFFECTIVE", r["due"].isoformat(),
                         r["published"].isoformat() if r["published"] else "", TS, "bench", TS, "bench"])
        for (oid, cid, _) in r["officers"]:
            officer_writer.writerow([r["id"], r["c"], oid, cid])
        item_writer.writerow([r["c"], r["id"], "INVESTIGATION", "VIDEO", "现场检查录像", "2025-01-01 00:00:00+08",
                              "vod://bench/%d" % r["id"], "%064x" % r["id"], 1048576])

    for c, n in zip(counties, shares):
        model, towns = county_model[c]
        for _ in range(n):
            record_id += 1
            write_copy(make(c, model, towns, record_id))

    # the ingest set: JSON batches for the API, and the same rows (numbers suffixed -C) as CSV for the COPY baseline
    model, towns = county_model["990121"]
    cmp_rec, cmp_rof, cmp_items = w("copy_records.csv"), w("copy_record_officers.csv"), w("copy_record_items.csv")
    batch, batch_no = [], 0
    bdir = os.path.join(a.out, "batches")
    os.makedirs(bdir, exist_ok=True)

    def flush():
        nonlocal batch, batch_no
        if batch:
            batch_no += 1
            with open(os.path.join(bdir, "%05d.json" % batch_no), "w", encoding="utf-8") as f:
                json.dump({"batchId": "bench-%d-%05d" % (a.seed, batch_no), "records": batch}, f, ensure_ascii=False)
            batch = []

    for i in range(a.ingest):
        record_id += 1
        r = make("990121", model, [], record_id)
        batch.append({"body": r["body_name"], "powerCode": r["power_code"], "kind": r["kind"], "decisionNo": r["number"],
                      "decisionDate": r["day"].isoformat(), "partyType": r["ptype"], "partyName": r["party"],
                      "partyCreditCode": r["credit"] or None, "partyIdNumber": r["idn"] or None,
                      "partyPhone": r["phone"] or None, "partyAddress": r["addr"] or None, "legalBasis": "依据",
                      "result": "决定内容", "fineAmount": r["fine"] if r["kind"] == "PENALTY" else None,
                      "confiscationAmount": r["conf"] if r["kind"] == "PENALTY" else None,
                      "reviewRequired": r["review"], "reviewDone": r["review"],
                      "reviewRef": ("审%d" % r["id"]) if r["review"] else None, "officers": [o[2] for o in r["officers"]],
                      "publishedOn": r["published"].isoformat() if r["published"] else None,
                      "processRecords": [{"stage": "INVESTIGATION", "media": "VIDEO", "title": "现场检查录像",
                                          "uri": "vod://bench/%d" % r["id"], "sha256": "%064x" % r["id"], "size": 1048576}]})
        if len(batch) >= a.batch:
            flush()
        r["number"] = r["number"] + "-C"
        write_copy(r, cmp_rec, cmp_rof, cmp_items)
    flush()

    # search terms for the load tests: names, credit codes and numbers that exist, in the demo and other counties
    terms = w("terms.csv")
    trng = random.Random(a.seed + 1)
    with open(os.path.join(a.out, "records.csv"), encoding="utf-8") as f:
        for k, row in enumerate(csv.reader(f)):
            if trng.random() < min(1.0, 3000.0 / max(1, bulk)):
                term = [row[10][:3], row[11] or row[10][:2], row[7]][k % 3]
                terms.writerow([row[1], term])


if __name__ == "__main__":
    main()
