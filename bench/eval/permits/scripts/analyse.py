import csv, yaml, collections, datetime as dt, re, glob
rows = list(csv.DictReader(open('knowledge/comments/citizen_survey_responses.csv')))
kp = list(csv.DictReader(open('knowledge/kpis/weekly_service_kpis.csv')))
def nps(sc):
    n=len(sc); p=sum(s>=9 for s in sc); d=sum(s<=6 for s in sc); return round(100*(p-d)/n), n, p, d
def csat(sc):
    n=len(sc); return round(100*sum(s>=4 for s in sc)/n), n, round(sum(sc)/n,2)
by_tp=collections.defaultdict(list); by_st=collections.defaultdict(list)
for r in rows:
    s=int(r['score']); t=r['score_type']
    by_tp[(r['journey'],r['stage'],r['touchpoint'],t)].append(s)
    by_st[(r['journey'],r['stage'],t)].append(s)
print("== NPS by touchpoint")
for k,v in sorted(by_tp.items()):
    if k[3]=='nps': print(k[:3], nps(v))
print("== NPS by stage")
for k,v in sorted(by_st.items()):
    if k[2]=='nps': print(k[:2], nps(v))
print("== CSAT by touchpoint (pct45, n, mean)")
for k,v in sorted(by_tp.items(), key=lambda kv: csat(kv[1])):
    if k[3]=='csat': print(k[:3], csat(v))
print("== CSAT by stage")
for k,v in sorted(by_st.items(), key=lambda kv: csat(kv[1])):
    if k[2]=='csat': print(k[:2], csat(v))
for j in ['Residential parking permit','Missed bin collection report']:
    for t in ['csat','nps']:
        sc=[int(r['score']) for r in rows if r['journey']==j and r['score_type']==t]
        print(j,t, csat(sc) if t=='csat' else nps(sc))
print("== negatives per touchpoint (csat<=2 or nps<=6)")
neg=collections.Counter(); negst=collections.Counter()
for r in rows:
    s=int(r['score']); bad = s<=2 if r['score_type']=='csat' else s<=6
    if bad: neg[(r['journey'][:5],r['stage'],r['touchpoint'])]+=1; negst[(r['journey'][:5],r['stage'])]+=1
for k,v in neg.most_common(10): print(v,k)
for k,v in negst.most_common(): print(v,k)
print("== segment negatives by stage")
seg=collections.defaultdict(collections.Counter)
for r in rows:
    s=int(r['score']); bad = s<=2 if r['score_type']=='csat' else s<=6
    if bad: seg[r['segment']][(r['journey'][:5],r['stage'])]+=1
for s,c in seg.items(): print(s, c.most_common(4))
print("== map pain points")
for f in sorted(glob.glob('knowledge/maps/*.yaml')):
    m=yaml.safe_load(open(f))
    for st in m['stages']:
        a=len(st.get('pain_points',[])); b=a+sum(len(t.get('pain_points',[])) for t in st.get('touchpoints',[]))
        print(m['id'], st['name'], a, b, len(st.get('touchpoints',[])))
print("== KPI")
ser=collections.defaultdict(list)
for r in kp: ser[(r['metric'],r['journey'][:5],r['stage'],r['touchpoint'])].append((r['date'],float(r['value']),r['target']))
for k,v in ser.items():
    v.sort(); vals=[x[1] for x in v]
    feb=[x[1] for x in v if x[0].startswith('2026-02')]; mar=[x[1] for x in v if x[0].startswith('2026-03')]; jan=[x[1] for x in v if x[0].startswith('2026-01')]
    print(k, 'target',v[0][2],'first',vals[0],'latest',vals[-1],'prev',vals[-2],'chg_all',round(vals[-1]-vals[0],1),'chg_wk',round(vals[-1]-vals[-2],1),'chg4',round(vals[-1]-vals[-5],1),
          'last4avg',round(sum(vals[-4:])/4,1),'last4sum',sum(vals[-4:]),'feb avg',round(sum(feb)/len(feb),1),'jan avg',round(sum(jan)/len(jan),1),'mar avg',round(sum(mar)/len(mar),2),'max',max(vals),'min',min(vals))
