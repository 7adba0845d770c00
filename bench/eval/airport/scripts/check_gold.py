"""Check every exact gold source exists in the maps and every comment~word matches some comment."""
import yaml, json, csv, re, os
B = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def slug(s): return re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')
ids = set()
for m in [yaml.safe_load(open(f'{B}/knowledge/maps/departing-passenger.yaml')), json.load(open(f'{B}/knowledge/maps/arriving-passenger.json'))]:
    j = m.get('id') or slug(m['name']); ids.add('journey:' + j)
    for s in m['stages']:
        ids.add(f'stage:{j}/{slug(s["name"])}')
        for t in s.get('touchpoints', []): ids.add(f'touchpoint:{j}/{slug(s["name"])}/{slug(t["name"])}')
texts = [r['comment'].lower() for r in csv.DictReader(open(f'{B}/knowledge/comments/nps-survey-2026q3q4.csv'))]
texts += [r['Verbatim'].lower() for r in csv.DictReader(open(f'{B}/knowledge/comments/feedbackhub-export.csv'))]
metrics = set()
for f in os.listdir(f'{B}/knowledge/kpis'):
    metrics |= {r['metric'] for r in csv.DictReader(open(f'{B}/knowledge/kpis/{f}'))}
bad = 0
for f in ('dev.yaml', 'heldout.yaml'):
    for q in yaml.safe_load(open(f'{B}/{f}'))['questions']:
        if q.get('abstain'): continue
        assert q.get('sources'), q
        for s in q['sources']:
            for alt in s.split('|'):
                if alt.startswith('comment~'):
                    w = alt[8:].replace('_', ' ').lower(); n = sum(w in t.replace('_', ' ') for t in texts)
                    if n == 0: print('NO COMMENT', f, alt); bad += 1
                elif alt.startswith('kpi~'):
                    if alt[4:] not in metrics: print('NO METRIC', f, alt); bad += 1
                elif alt not in ids: print('NO ID', f, alt); bad += 1
print('bad', bad)
