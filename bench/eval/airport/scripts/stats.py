"""Compute gold figures from the knowledge files (comments + KPIs)."""
import csv, os, collections, datetime as dt, math
B = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'knowledge')
def rh(x): return int(math.floor(abs(x) + 0.5)) * (1 if x >= 0 else -1)
C = []
for r in csv.DictReader(open(f'{B}/comments/nps-survey-2026q3q4.csv')):
    C.append(dict(id=r['id'], d=r['date'], j=r['journey'], st=r['stage'], t=r['touchpoint'], s=int(r['score']), ty='nps', seg=r['segment'], c=r['comment']))
for r in csv.DictReader(open(f'{B}/comments/feedbackhub-export.csv')):
    d = dt.datetime.strptime(r['Submitted At'], '%d/%m/%Y %H:%M').date().isoformat()
    C.append(dict(id=r['Response ID'], d=d, j=r['Journey Name'], st=r['Area'], t=r['Sub Area'], s=int(r['Satisfaction (1-5)']), ty='csat', seg=r['Pax Type'], c=r['Verbatim']))
def nps(xs):
    xs = [x['s'] for x in xs if x['ty'] == 'nps']; p = sum(x >= 9 for x in xs); d = sum(x <= 6 for x in xs)
    return (rh(100 * (p - d) / len(xs)) if xs else None, len(xs), p, d)
def csat(xs):
    xs = [x['s'] for x in xs if x['ty'] == 'csat']; return (round(sum(xs) / len(xs), 2) if xs else None, len(xs))
def neg(x): return (x['ty'] == 'nps' and x['s'] <= 6) or (x['ty'] == 'csat' and x['s'] <= 2)
print('total', len(C))
print('== stages: count, negatives, nps, csat')
for st, xs in sorted(collections.Counter(c['st'] for c in C).items()):
    g = [c for c in C if c['st'] == st]; print(f'{st:28} n={len(g):3} neg={sum(map(neg, g)):3} nps={nps(g)} csat={csat(g)}')
print('== touchpoints (with touchpoint written)')
for t in sorted(set(c['t'] for c in C if c['t'])):
    g = [c for c in C if c['t'] == t]; print(f'{t:34} n={len(g):3} neg={sum(map(neg, g)):3} nps={nps(g)} csat={csat(g)}')
print('== segments')
for sg in sorted(set(c['seg'] for c in C)):
    g = [c for c in C if c['seg'] == sg]; print(f'{sg:20} n={len(g):3} neg={sum(map(neg, g)):3} nps={nps(g)} csat={csat(g)}')
for j in sorted(set(c['j'] for c in C)):
    for sg in sorted(set(c['seg'] for c in C if c['j']==j)):
        g = [c for c in C if c['seg'] == sg and c['j']==j]; print(f'  {j[:4]} {sg:20} n={len(g):3} neg={sum(map(neg, g)):3} nps={nps(g)} csat={csat(g)}')
tx = [c for c in C if c['t'] == 'Taxi rank']
print('taxi before 11-09', sum(c['d'] < '2026-11-09' for c in tx), 'neg', sum(neg(c) for c in tx if c['d'] < '2026-11-09'),
      'after', sum(c['d'] >= '2026-11-09' for c in tx), 'neg', sum(neg(c) for c in tx if c['d'] >= '2026-11-09'))
print('taxi nps before/after', nps([c for c in tx if c['d'] < '2026-11-09']), nps([c for c in tx if c['d'] >= '2026-11-09']))
print('== KPIs')
K = collections.defaultdict(list)
for f in ('departures-weekly.csv', 'arrivals-scorecard.csv'):
    for r in csv.DictReader(open(f'{B}/kpis/{f}')):
        K[(r['metric'], r['journey'])].append((r['date'], float(r['value'].rstrip('%')), r['target']))
for k, v in sorted(K.items()):
    v.sort(); vals = [x[1] for x in v]
    l4 = sum(vals[-4:]) / 4; oct_ = [x[1] for x in v if x[0].startswith('2026-10')]; nov = [x[1] for x in v if x[0].startswith('2026-11')]
    since_oct = [x[1] for x in v if x[0] >= '2026-10-01']
    print(k, 'latest', vals[-1], 'first', vals[0], 'chg12', round(abs(vals[-1] - vals[0]), 2), 'chg4w', round(abs(vals[-1] - vals[-5]), 2),
          'avg4', round(l4, 2), 'avgOct', round(sum(oct_) / len(oct_), 2), 'avgNov', round(sum(nov) / len(nov), 2), 'sinceOct_chg', round(abs(vals[-1]-since_oct[0]),2), 'target', v[-1][2])
