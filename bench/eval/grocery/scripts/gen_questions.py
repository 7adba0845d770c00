"""Question sets; figures computed from the generated data (run gen_data.py first)."""
import json, random, collections, os
S = json.load(open("/tmp/grocery_state.json")); rows = S["rows"]; KV = S["KV"]; TG = S["TG"]
def nps(sc):
    sc = [int(x) for x in sc if x != ""]
    return round(100 * (sum(x >= 9 for x in sc) - sum(x <= 6 for x in sc)) / len(sc), 1)
def f1(x): return f"{round(x + 1e-9, 1):.1f}"
tpn = lambda t: nps([r["score"] for r in rows if r["touchpoint"] == t])
stn = lambda s: nps([r["score"] for r in rows if r["stage"] == s])
sgn = lambda g, s: nps([r["score"] for r in rows if r["segment"] == g and r["stage"] == s])
last = lambda m: KV[m][-1]
chg = lambda m: abs(KV[m][-1] - KV[m][0])
win4 = lambda m: sum(KV[m][-4:]) / 4
FO, DA = "first-order", "delivery-and-aftercare"
st = lambda j, s: f"stage:{j}/{s}"
tp = lambda j, s, t: f"touchpoint:{j}/{s}/{t}"
Q = [
 ("touchpoints", "what are all the touchpoints when ppl are picking a delivery time?", [st(FO, "book-slot"), tp(FO, "book-slot", "slot-picker")], []),
 ("touchpoints", "wat touchpoints do we have once the order is being packed in the warehouse", [st(DA, "picking"), tp(DA, "picking", "dark-store-picking")], []),
 ("touchpoints", "list the steps/touchpoints for getting money back on a bad order", [st(DA, "refunds-and-complaints")], []),
 ("owner", "who owns the swap approval notification?", [tp(DA, "substitutions", "substitution-approval-push")], ["Fulfilment Operations"]),
 ("owner", "which team is responsible for the 40 quid minimum banner", [tp(FO, "build-basket", "minimum-basket-banner")], ["Pricing Team"]),
 ("owner", "who looks after the magic link email thing at signup", [tp(FO, "sign-up", "email-verification")], ["Identity Team"]),
 ("goal", "whats the customer trying to achieve at the basket building step", [st(FO, "build-basket")], []),
 ("goal", "what's the goal for the doorstep/delivery stage?", [st(DA, "delivery")], []),
 ("pain_points", "main pain points w/ booking slots?", [st(FO, "book-slot"), tp(FO, "book-slot", "slot-picker"), "comment~slot"], []),
 ("pain_points", "why do ppl hate the card step at checkout", [tp(FO, "checkout", "card-payment"), "comment~pre-auth|comment~charged"], []),
 ("pain_points", "whats going wrong with subs", [st(DA, "substitutions"), "comment~substitution"], []),
 ("themes", "what are customers saying about refunds to their card", [tp(DA, "refunds-and-complaints", "refund-to-card"), "comment~refund"], []),
 ("themes", "common complaints about the search bar?", [tp(FO, "build-basket", "product-search"), "comment~search"], []),
 ("themes", "any feedback on the postcode coverage checker", [tp(FO, "discover", "postcode-checker"), "comment~postcode"], []),
 ("praise", "what do customers love about our drivers", [tp(DA, "delivery", "doorstep-handover"), "comment~driver"], []),
 ("praise", "anything ppl really like in the app when shopping? recipe stuff?", [tp(FO, "build-basket", "recipe-bundles"), "comment~recipe"], []),
 ("praise", "positive feedback on the usuals list", [tp(DA, "reorder", "favourites-list"), "comment~favourites|comment~usuals"], []),
 ("emerging", "any new issues popping up in the last month?", ["comment~frozen|comment~melted", tp(DA, "delivery", "cold-chain-bags")], []),
 ("emerging", "is there something recent going on with frozen food / cold bags", [tp(DA, "delivery", "cold-chain-bags"), "comment~frozen"], []),
 ("latest_kpi", "slot availability rn?", ["kpi~slot_availability_rate"], [f1(last("slot_availability_rate"))]),
 ("latest_kpi", "latest signup completion %", ["kpi~signup_completion_rate"], [f1(last("signup_completion_rate"))]),
 ("latest_kpi", "whats the refund rate at the moment", ["kpi~refund_rate"], [f1(last("refund_rate"))]),
 ("latest_kpi", "current on time delivery?", ["kpi~on_time_delivery_rate"], [f1(last("on_time_delivery_rate"))]),
 ("kpi_change", "how much has slot availability dropped over the 12 weeks we have", ["kpi~slot_availability_rate"], [f1(chg("slot_availability_rate"))]),
 ("kpi_change", "by how many hours did avg refund time improve since early sept", ["kpi~avg_refund_time_hours"], [f1(chg("avg_refund_time_hours"))]),
 ("kpi_change", "how much did the subs rate go up since the first week of data", ["kpi~substitution_rate"], [f1(chg("substitution_rate"))]),
 ("kpi_window", "avg refund time over the last 4 weeks?", ["kpi~avg_refund_time_hours"], [f1(win4("avg_refund_time_hours"))]),
 ("kpi_window", "average signup completion rate for the last 4 wks", ["kpi~signup_completion_rate"], [f1(win4("signup_completion_rate"))]),
 ("comparison", "checkout abandonment vs its target, how far off are we", ["kpi~checkout_abandonment_rate"], [f1(last("checkout_abandonment_rate")), f1(abs(last("checkout_abandonment_rate") - TG["checkout_abandonment_rate"]))]),
 ("comparison", "is on-time delivery above or below target and by how much", ["kpi~on_time_delivery_rate"], [f1(last("on_time_delivery_rate")), f1(abs(last("on_time_delivery_rate") - TG["on_time_delivery_rate"]))]),
 ("comparison", "nps at signup vs nps at checkout from the survey comments", [st(FO, "sign-up"), st(FO, "checkout")], [f1(stn("Sign up")), f1(stn("Checkout"))]),
 ("ranking", "which kpi is the most percentage points off its target right now", ["kpi~slot_availability_rate"], [f1(abs(last("slot_availability_rate") - TG["slot_availability_rate"]))]),
 ("ranking", "which stage has the worst nps from comments", [st(DA, "substitutions")], ["substitutions", f1(stn("Substitutions"))]),
 ("ranking", "best scoring stage by nps?", [st(DA, "reorder")], ["reorder", f1(stn("Reorder"))]),
 ("derived_score", "nps for the driver handover at the door?", [tp(DA, "delivery", "doorstep-handover")], [f1(tpn("Doorstep handover"))]),
 ("derived_score", "whats the nps on apple pay/google pay", [tp(FO, "checkout", "wallet-pay")], [f1(tpn("Wallet pay"))]),
 ("derived_score", "nps of the delivery stage overall", [st(DA, "delivery")], [f1(stn("Delivery"))]),
 ("derived_score", "recipe bundles nps pls", [tp(FO, "build-basket", "recipe-bundles")], [f1(tpn("Recipe bundles"))]),
 ("segment", "how do students score us at the discovery stage (nps)", [st(FO, "discover")], [f1(sgn("student", "Discover"))]),
 ("segment", "nps from busy professionals on substitutions?", [st(DA, "substitutions")], [f1(sgn("busy professional", "Substitutions"))]),
 ("segment", "what's the nps for over 65s at delivery", [st(DA, "delivery")], [f1(sgn("over 65", "Delivery"))]),
 ("priority", "if we could fix one thing in the first order flow what shld it be", [st(FO, "book-slot"), tp(FO, "book-slot", "slot-picker"), "kpi~slot_availability_rate"], []),
 ("priority", "what shld ops prioritise fixing in delivery & aftercare", [st(DA, "substitutions"), tp(DA, "substitutions", "substitution-approval-push"), tp(DA, "delivery", "cold-chain-bags")], []),
 ("paraphrase", "ppl say their ice cream shows up as soup, whats that about", [tp(DA, "delivery", "cold-chain-bags"), "comment~melted|comment~frozen"], []),
 ("paraphrase", "customers moaning the night-before deadline to change their shop is too early", [tp(DA, "picking", "order-edit-cut-off"), "comment~cutoff"], []),
 ("paraphrase", "folks saying discount codes just bounce", [tp(FO, "checkout", "promo-code-field"), "comment~promo|comment~code"], []),
]
A = [
 "whats the nps for our meal kit subscription journey?",
 "what's ocado's on time delivery rate?",
 "slot availability target for 2027?",
 "what was basketly revenue last quarter",
 "how many drivers do we employ",
 "nps from b2b office accounts?",
 "tesco's substitution rate vs ours?",
 "forecast for checkout abandonment next quarter",
 "share price after the q3 results?",
 "headcount in customer care team",
 "pet food subscription journey pain points?",
 "nps for corporate catering customers at delivery",
]
R = random.Random(7)
by = collections.defaultdict(list)
for q in Q: by[q[0]].append(q)
dev, held = [], []
flip = 0
for kind in sorted(by):
    items = by[kind][:]; R.shuffle(items)
    for i, q in enumerate(items):
        (dev if (i + flip) % 2 == 0 else held).append(q)
    if len(items) % 2: flip ^= 1
a = A[:]; R.shuffle(a)
def dump(path, qs, abst):
    with open(path, "w") as f:
        f.write("questions:\n")
        for kind, text, src, figs in qs:
            f.write(f"  - question: {json.dumps(text)}\n    kind: {kind}\n    sources: {json.dumps(src)}\n    figures: {json.dumps(figs)}\n    abstain: false\n")
        for text in abst:
            f.write(f"  - question: {json.dumps(text)}\n    kind: abstain\n    abstain: true\n")
    print(path, len(qs) + len(abst), "abstain", len(abst), collections.Counter(q[0] for q in qs))
B = os.path.join(os.path.dirname(__file__), "..")
dump(os.path.join(B, "dev.yaml"), dev, a[:6]); dump(os.path.join(B, "heldout.yaml"), held, a[6:])
