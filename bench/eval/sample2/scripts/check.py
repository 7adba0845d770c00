"""Check the sets: parse, count kinds per half, and verify exact gold ids against the maps' slugs."""
import yaml, re, collections, glob
slug = lambda s: re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')
ids = set()
for f in glob.glob('/work/main/knowledge/sample/maps/*.yaml'):
    m = yaml.safe_load(open(f)); j = m.get('id') or slug(m['name']); ids.add('journey:' + j)
    for st in m['stages']:
        s = f"{j}/{slug(st['name'])}"; ids.add('stage:' + s)
        for t in st.get('touchpoints', []): ids.add(f"touchpoint:{s}/{slug(t['name'])}")
kinds_all = set()
for half in ('dev', 'heldout'):
    qs = yaml.safe_load(open(f'/work/blind/sample2/{half}.yaml'))['questions']
    c = collections.Counter(q['kind'] for q in qs); kinds_all |= set(c)
    print(half, len(qs), dict(c))
    for q in qs:
        if q.get('abstain'): assert not q.get('sources'), q; continue
        assert q['sources'], q
        for s in q['sources']:
            for alt in s.split('|'):
                if ':' in alt and '~' not in alt: assert alt in ids, (alt, q['question'])
need = 'pain_points touchpoints owner goal latest_kpi kpi_change kpi_window comparison ranking segment derived_score themes praise emerging priority paraphrase abstain'.split()
for half in ('dev', 'heldout'):
    c = collections.Counter(q['kind'] for q in yaml.safe_load(open(f'/work/blind/sample2/{half}.yaml'))['questions'])
    miss = [k for k in need if not c[k]]; assert not miss, (half, miss); assert c['abstain'] >= 5
print('ok')

# every comment~words gold must match at least one comment text (any case, '_' = space)
import csv
texts = [r['comment'].lower() for r in csv.DictReader(open('/work/main/knowledge/sample/comments/survey_comments.csv'))]
for half in ('dev', 'heldout'):
    for q in yaml.safe_load(open(f'/work/blind/sample2/{half}.yaml'))['questions']:
        for s in q.get('sources') or []:
            if s.startswith('comment~'):
                w = s[8:].lower().replace('_', ' '); n = sum(w in t for t in texts)
                assert n, (s, q['question'])
print('comment words ok')
