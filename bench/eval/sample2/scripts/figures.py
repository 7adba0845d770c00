"""Compute gold figures for the sample2 blind set straight from the data files."""
import csv, collections, datetime as dt, sys
BASE = '/work/main/knowledge/sample'
C = list(csv.DictReader(open(f'{BASE}/comments/survey_comments.csv', encoding='utf-8')))
K = list(csv.DictReader(open(f'{BASE}/kpis/weekly_kpis.csv', encoding='utf-8')))
num = lambda v: float(v.rstrip('%'))
kpi = collections.defaultdict(list)
for r in K:
    kpi[r['metric']].append((r['date'], num(r['value']), r['target'], r['stage'], r['touchpoint']))
for m in kpi: kpi[m].sort()

def nps(rows):
    s = [int(r['score']) for r in rows if r['score_type'] == 'nps' and r['score'] != '']
    if not s: return None
    p = sum(x >= 9 for x in s); d = sum(x <= 6 for x in s)
    return round(100 * (p - d) / len(s), 1), len(s), p, d
def csat(rows):
    s = [int(r['score']) for r in rows if r['score_type'] == 'csat' and r['score'] != '']
    if not s: return None
    return round(100 * sum(x >= 4 for x in s) / len(s), 1), round(sum(s) / len(s), 2), len(s)

print('== KPIs: first, latest, target, change since various points')
def at(m, d):
    for x in kpi[m]:
        if x[0] == d: return x[1]
for m, v in kpi.items():
    dates = [x[0] for x in v]
    last = v[-1]
    def ch(d0): a = at(m, d0); return None if a is None else round(last[1] - a, 2)
    octv = [x[1] for x in v if x[0][:7] == '2026-10']
    sepv = [x[1] for x in v if x[0][:7] == '2026-09']
    novv = [x[1] for x in v if x[0][:7] == '2026-11']
    print(f"{m:26} first {v[0][1]:6} latest {last[1]:6} ({last[0]}) tgt {last[2]:4} gap {round(last[1]-float(last[2]),2):6} "
          f"| 12w {round(last[1]-v[0][1],2):6} | 1w {ch('2026-11-09')} | 4w(vs 10-19) {ch('2026-10-19')} | 6w(vs 10-05) {ch('2026-10-05')} "
          f"| since oct(10-05) {ch('2026-10-05')} since sep(09-07) {ch('2026-09-07')} since nov(11-02) {ch('2026-11-02')} "
          f"| oct in-month {round(octv[-1]-octv[0],2)} sep in-month {round(sepv[-1]-sepv[0],2)} "
          f"| oct avg {round(sum(octv)/len(octv),2)} sep avg {round(sum(sepv)/len(sepv),2)} nov avg {round(sum(novv)/len(novv),2)} "
          f"| Q3 (08-31..09-28) {round(at(m,'2026-09-28')-v[0][1],2)} | Q4 (10-05..latest) {ch('2026-10-05')} | min {min(x[1] for x in v)} max {max(x[1] for x in v)}")

key = lambda r: (r['journey'].lower(), r['stage'].lower(), r['touchpoint'].lower())
print('\n== derived scores per touchpoint (nps: %prom-%det over nps-typed; csat: %4-5, mean)')
g = collections.defaultdict(list)
for r in C: g[key(r)].append(r)
for k in sorted(g): print(k, len(g[k]), 'NPS', nps(g[k]), 'CSAT', csat(g[k]))
print('\n== per stage')
gs = collections.defaultdict(list)
for r in C: gs[(r['journey'].lower(), r['stage'].lower())].append(r)
for k in sorted(gs): print(k, len(gs[k]), 'NPS', nps(gs[k]), 'CSAT', csat(gs[k]))
print('\n== per segment')
gg = collections.defaultdict(list)
for r in C: gg[r['segment']].append(r)
for k in sorted(gg): print(k, len(gg[k]), 'NPS', nps(gg[k]), 'CSAT', csat(gg[k]))
print('overall NPS', nps(C), 'CSAT', csat(C))
print('\n== per month NPS')
gm = collections.defaultdict(list)
for r in C: gm[r['date'][:7]].append(r)
for k in sorted(gm): print(k, len(gm[k]), 'NPS', nps(gm[k]))
print('\n== complaint counts per touchpoint (nps<=6 or csat<=2)')
neg = collections.Counter()
for r in C:
    s = int(r['score']); low = s <= 6 if r['score_type'] == 'nps' else s <= 2
    if low: neg[key(r)] += 1
for k, n in neg.most_common(15): print(n, k)
print('\n== keyword counts by month')
for w in sys.argv[1:] or ['black friday', 'bf ', 'bfearly', 'crash', '3d', 'verif', 'delivery cost', 'guest', 'vat', 'invoice', 'referral', 'points', 'refund', 'label']:
    c = collections.Counter(r['date'][:7] for r in C if w in r['comment'].lower())
    print(f'{w!r:16}', dict(sorted(c.items())))
