"""Window changes under two readings; keep the ones where both readings agree (robust gold)."""
import csv, collections
K = list(csv.DictReader(open('/work/main/knowledge/sample/kpis/weekly_kpis.csv')))
kpi = collections.defaultdict(dict)
for r in K: kpi[r['metric']][r['date']] = float(r['value'].rstrip('%'))
D = sorted({r['date'] for r in K})
for m, v in kpi.items():
    s = [v[d] for d in D]
    out = []
    for n in (2, 3, 4, 6, 8):
        a = round(s[-1] - s[-1 - n], 2); b = round(s[-1] - s[-n], 2)
        out.append(f'last{n}w {a}/{b}{"*" if a == b else ""}')
    for mon, idx in (('sep', [i for i, d in enumerate(D) if d[:7] == '2026-09']), ('oct', [i for i, d in enumerate(D) if d[:7] == '2026-10']), ('nov', [i for i, d in enumerate(D) if d[:7] == '2026-11'])):
        a = round(s[idx[-1]] - s[idx[0]], 2); b = round(s[idx[-1]] - s[idx[0] - 1], 2) if idx[0] else None
        c = round(s[-1] - s[idx[0]], 2); e = round(s[-1] - s[idx[0] - 1], 2) if idx[0] else None
        out.append(f'in-{mon} {a}/{b}{"*" if a == b else ""} since-{mon} {c}/{e}{"*" if c == e else ""}')
    print(f'{m:25}', ' | '.join(out))
print(D)
