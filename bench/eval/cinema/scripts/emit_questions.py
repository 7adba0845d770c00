# Usage: python3 emit_questions.py questions_dev.py ../dev.yaml  (and questions_heldout.py ../heldout.yaml)
import sys, yaml, collections, runpy
src, out = sys.argv[1], sys.argv[2]
ns = runpy.run_path(src)
qs = []
for q, kind, sources, figs in ns["Q"]:
    qs.append({"question": q, "kind": kind, "sources": sources, "figures": figs, "abstain": False})
for q in ns["A"]:
    qs.append({"question": q, "kind": "abstain", "abstain": True})
hdr = "# Marquee Picturehouses (cinema) blind evaluation set - %s half\n" % ("development" if "dev" in out else "held-out")
open(out, "w").write(hdr + yaml.safe_dump({"questions": qs}, sort_keys=False, allow_unicode=True, width=140))
print(out, len(qs), dict(collections.Counter(q["kind"] for q in qs)))
