"""Comments, KPIs and question sets. stdlib only, seed 20261128."""
import csv, os, random, re, datetime as dt, json
from gen_maps import MAPS
R = random.Random(20261128)
BASE = os.path.join(os.path.dirname(__file__), "..")
K = os.path.join(BASE, "knowledge")
def slug(s): return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
TPS = []
for m in MAPS:
    for s in m["stages"]:
        for t in s["touchpoints"]:
            TPS.append((m["id"], m["name"], s["name"], t["name"], t["channel"]))
P, N, M = "pos", "neg", "mix"
T = {
 "Instagram reels ad": [(P, "saw the reels ad with the pasta recipe, looked tasty so i downloaded"), (N, "ad said 20 min delivery, reality was next day lol"), (M, "ads are cute but theres way too many of them on my feed")],
 "Refer-a-friend code": [(N, "friend's referral code didnt apply when i signed up on the website"), (P, "got 15 quid off thanks to my sister's code, nice")],
 "App store listing": [(P, "4.8 stars in the store convinced me"), (M, "screenshots in the app store look nothing like the actual app")],
 "Postcode checker": [(N, "postcode checker just says coming soon?? for a town of 80k people"), (N, "checker said yes we deliver then at checkout no slots for my area")],
 "Account creation screen": [(P, "sign in with apple, done in 10 seconds"), (M, "quick enough but why do you need my birthday")],
 "Email verification": [(N, "verification email went to spam, nearly gave up"), (N, "magic link expired before i even found it"), (P, "email came instantly, fine")],
 "Address and postcode entry": [(N, "address lookup doesnt know my flat number, had to type it in notes"), (N, "cant find my building name at all, new build")],
 "Welcome voucher": [(P, "20% off the first shop was the reason i tried it tbh"), (M, "voucher is nice but only over 40 pounds")],
 "Product search": [(N, "searched 'tomatoe' and got nothing. seriously"), (N, "search for eggs shows egg cups and easter eggs first"), (P, "search is quick once you get the exact name")],
 "Aisle browsing": [(P, "love browsing the aisles like a real shop"), (P, "aisles are well laid out, found the world foods section easily")],
 "Recipe bundles": [(P, "recipe bundles are genius, whole lasagne in one tap"), (P, "the recipe bundles saved my weeknight dinners"), (M, "recipe bundles good but portions are for 2 not 4")],
 "Minimum basket banner": [(N, "40 pound minimum is too much for a trial order"), (N, "the minimum basket banner nags me constantly")],
 "Slot picker": [(N, "no evening slots for 5 days. i work 9-6, useless"), (N, "every slot after 5pm is sold out"), (P, "got a slot for tomorrow morning, easy")],
 "Delivery pass upsell": [(N, "delivery pass popup three times before i even paid, pushy"), (M, "the pass might be worth it but dont push it on my first order")],
 "Slot reservation timer": [(N, "slot reservation ran out while i was still shopping, lost my slot"), (N, "60 min timer is stressful")],
 "Card payment": [(N, "charged me more than the total?? pre-auth thing looked like a double charge"), (N, "3d secure failed twice, had to use another card"), (P, "payment went through fine")],
 "Promo code field": [(N, "promo code just says invalid, no reason"), (N, "code from the leaflet didnt work at all")],
 "Wallet pay": [(P, "apple pay at checkout = chefs kiss"), (P, "google pay worked first time, no faff")],
 "Order confirmation email": [(P, "confirmation email clear, slot and total all there"), (M, "confirmation came but it doesnt show the pre-auth amount")],
 "Dark store picking": [(N, "bread squashed under the potatoes again"), (N, "bruised bananas, who picked these"), (P, "everything packed carefully, eggs intact")],
 "Order tracking page": [(P, "love the live tracking, knew exactly when they were packing"), (P, "tracking page is very clear")],
 "Order edit cut-off": [(N, "cutoff at 11pm the night before is way too early to add stuff"), (N, "forgot milk, couldnt edit anymore")],
 "Substitution preferences": [(N, "said no subs and still got substitutions"), (M, "preferences are there but hidden, took ages to find")],
 "Substitution approval push": [(N, "got the substitution push after the driver already left"), (N, "oat milk instead of whole milk?? approve push came way too late")],
 "Out-of-stock text": [(N, "text about missing items came at the door, too late to shop elsewhere"), (M, "at least the out of stock sms tells you")],
 "Driver ETA text": [(P, "eta text was spot on"), (P, "nice to get the 15 min heads up text")],
 "Doorstep handover": [(P, "driver was lovely, carried bags up 3 floors"), (P, "super friendly driver, even waited while i found my keys"), (M, "driver nice but left crates in the hallway")],
 "Cold chain bags": [(N, "frozen peas arrived soft and the ice cream had melted"), (N, "chilled stuff was warm, cold bags not doing their job"), (P, "everything still cold, good bags")],
 "Delivery window": [(N, "driver 40 min late in the evening slot"), (P, "bang on time as usual"), (M, "usually on time but evening slots often late")],
 "Report a problem form": [(P, "reporting missing items with a photo took a minute, easy"), (M, "form ok but wants a photo for a missing item which makes no sense")],
 "Live chat": [(N, "waited 45 mins on live chat on a sunday"), (P, "chat agent sorted it in 5 minutes, really kind")],
 "Refund to card": [(N, "refund still not on my card after a week"), (N, "5-7 working days for a refund is ridiculous")],
 "Basketly credit": [(P, "took the credit instead, instant, happy"), (M, "credit is instant but i wanted my money back")],
 "Favourites list": [(P, "favourites list makes the weekly shop 5 minutes"), (P, "usuals list is the best feature")],
 "Weekly reminder push": [(N, "too many push notifications, turned them off"), (M, "thursday reminder is handy but once is enough")],
 "Rate your order survey": [(M, "survey email after every order is a bit much"), (P, "")],
}
SHORT = ["ok", "good", "meh", "fine", "", "n/a", ".", "great!!"]
SEGS = ["new customer", "family shopper", "busy professional", "student", "over 65"]
TYPO = [("the", "teh"), ("and", "adn"), ("delivery", "delivary"), ("really", "realy"), ("because", "cos")]
def mess(txt):
    if txt and R.random() < 0.2:
        a, b = R.choice(TYPO); txt = txt.replace(a, b, 1)
    if txt and R.random() < 0.1: txt = txt.upper()
    if txt and R.random() < 0.15: txt += R.choice([" !!", " :(", " smh", " x", " tbh"])
    return txt
def nps_score(pol):
    return R.choice({P: [9, 10, 10, 9, 8], N: [0, 2, 3, 4, 5, 6, 6, 7], M: [6, 7, 7, 8, 8, 5]}[pol])
def csat_score(pol):
    return R.choice({P: [5, 5, 4], N: [1, 2, 2, 3], M: [3, 3, 4]}[pol])
START = dt.date(2026, 9, 1); END = dt.date(2026, 11, 28); SPAN = (END - START).days
EMERGE_FROM = dt.date(2026, 10, 29)
# ---- file 1: in-app NPS export (canonical columns)
rows = []
weights = {t[3]: (2 if t[3] in ("Slot picker", "Product search", "Card payment", "Cold chain bags", "Substitution approval push", "Refund to card", "Doorstep handover", "Recipe bundles") else 1) for t in TPS}
i = 0
while len(rows) < 230:
    t = R.choices(TPS, weights=[weights[x[3]] for x in TPS])[0]
    d = START + dt.timedelta(days=R.randrange(SPAN + 1))
    if t[3] == "Cold chain bags" and d < EMERGE_FROM and R.random() < 0.75:
        continue  # cold-chain complaints are new: keep few before late Oct
    pol, txt = R.choice(T[t[3]])
    if R.random() < 0.06: txt, pol = R.choice(SHORT), M
    i += 1
    score = "" if R.random() < 0.05 else nps_score(pol)
    seg = R.choice(SEGS) if R.random() < 0.7 else ""
    rows.append({"id": f"NPS-{i:04d}", "date": d.isoformat(), "journey": t[1], "stage": t[2], "touchpoint": t[3],
                 "channel": t[4], "score": score, "score_type": "nps", "segment": seg, "comment": mess(txt)})
# extra emerging cold chain spike in the last 30 days
for k in range(14):
    i += 1
    d = EMERGE_FROM + dt.timedelta(days=R.randrange((END - EMERGE_FROM).days + 1))
    txt = R.choice(["frozen stuff defrosted by the time it arrived", "ice cream melted AGAIN, whats going on with the cold bags",
                    "chicken was warm on arrival, binned it", "frozen pizzas soft, cold bag seems thinner than before",
                    "thawed frozen veg 3rd week running"])
    rows.append({"id": f"NPS-{i:04d}", "date": d.isoformat(), "journey": "Delivery and aftercare", "stage": "Delivery",
                 "touchpoint": "Cold chain bags", "channel": "in person", "score": R.choice([0, 1, 2, 3, 4, 5]), "score_type": "nps",
                 "segment": R.choice(SEGS), "comment": mess(txt)})
rows.sort(key=lambda r: (r["date"], r["id"]))
with open(os.path.join(K, "comments", "in_app_nps_2026q4.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0])); w.writeheader(); w.writerows(rows)
# ---- file 2: post-delivery CSAT survey export (vendor columns + mapping file)
DTP = [t for t in TPS if t[0] == "delivery-and-aftercare"]
rows2 = []
for j in range(70):
    t = R.choice(DTP); d = START + dt.timedelta(days=R.randrange(SPAN + 1))
    pol, txt = R.choice(T[t[3]])
    if not txt: txt = R.choice(SHORT)
    rows2.append({"Response ID": f"CS-{j+1:04d}", "Submitted At": d.strftime("%d/%m/%Y"), "Journey": t[1], "Survey Step": t[2],
                  "Touchpoint": t[3], "CSAT": csat_score(pol), "score_type": "csat", "Customer type": R.choice(SEGS),
                  "Feedback": mess(txt), "Order value GBP": R.randrange(25, 160)})
rows2.sort(key=lambda r: (r["Submitted At"][6:] + r["Submitted At"][3:5] + r["Submitted At"][:2], r["Response ID"]))
with open(os.path.join(K, "comments", "post_delivery_csat.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(rows2[0])); w.writeheader(); w.writerows(rows2)
with open(os.path.join(K, "comments", "post_delivery_csat.mapping.yaml"), "w") as f:
    f.write("kind: comments\ndate_format: \"%d/%m/%Y\"\ncolumns:\n  comment: Feedback\n  id: Response ID\n  date: Submitted At\n"
            "  journey: Journey\n  stage: Survey Step\n  touchpoint: Touchpoint\n  score: CSAT\n  segment: Customer type\n")
# ---- KPIs
WEEKS = [dt.date(2026, 9, 7) + dt.timedelta(weeks=w) for w in range(12)]
def series(start, step, noise):
    return [round(start + step * w + R.uniform(-noise, noise), 1) for w in range(12)]
K1 = [  # metric, journey, stage, touchpoint, unit, target, hib, values
 ("signup_completion_rate", "first-order", "sign-up", "", "%", 70, "true", series(61, 0.5, 0.8)),
 ("slot_availability_rate", "first-order", "book-slot", "slot-picker", "%", 85, "true", series(80, -0.9, 0.7)),
 ("checkout_abandonment_rate", "first-order", "checkout", "card-payment", "%", 20, "false", series(27, 0.3, 0.6)),
 ("first_order_conversion_rate", "first-order", "", "", "%", 12, "true", series(9.5, 0.1, 0.3)),
 ("substitution_rate", "delivery-and-aftercare", "substitutions", "", "%", 5, "false", series(6.5, 0.12, 0.3)),
 ("on_time_delivery_rate", "delivery-and-aftercare", "delivery", "delivery-window", "%", 95, "true", series(93, -0.2, 0.5)),
]
krows = []
for m, j, s, t, u, tg, h, vals in K1:
    for wk, v in zip(WEEKS, vals):
        krows.append({"date": wk.isoformat(), "metric": m, "value": v, "unit": u, "target": tg, "higher_is_better": h,
                      "journey": j, "stage": s, "touchpoint": t})
with open(os.path.join(K, "kpis", "weekly_kpis.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(krows[0])); w.writeheader(); w.writerows(krows)
K2 = [("refund_rate", "%", series(3.2, 0.08, 0.2)), ("avg_refund_time_hours", "", series(70, -1.5, 2.0)), ("nps", "", series(31, -0.6, 1.0))]
k2rows = []
for wk_i, wk in enumerate(WEEKS):
    for m, u, vals in K2:
        k2rows.append({"metric": m, "date": wk.isoformat(), "journey": "delivery-and-aftercare",
                       "value": f"{vals[wk_i]}{'%' if u == '%' else ''}"})
with open(os.path.join(K, "kpis", "ops_dashboard_export.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(k2rows[0])); w.writeheader(); w.writerows(k2rows)
KV = {m: vals for m, *_, vals in K1}; KV.update({m: vals for m, _, vals in K2})
TG = {m: tg for m, j, s, t, u, tg, h, v in K1}
json.dump({"rows": rows, "rows2": rows2, "KV": KV, "TG": TG}, open("/tmp/grocery_state.json", "w"))
print(len(rows), len(rows2), len(krows) + len(k2rows))
