"""Generate the bundled sample knowledge base (knowledge/sample/).

A fictional online retailer, "Northwind Home" (homeware & gifts webshop):

- maps/online-purchase.yaml   journey map (Awareness, Consideration, Decision, Retention, Advocacy)
- maps/returns.yaml           a smaller journey map (Request, Send back, Refund)
- comments/survey_comments.csv survey comments (12 weeks, Mondays 2026-08-31 .. 2026-11-16)
- kpis/weekly_kpis.csv        weekly KPI snapshots (long format)
- README.md                   what the sample holds, computed from the files written

Most of this file's length is phrase data (the comment THEMES and their wordings), kept in one place so
the sample can be regenerated and changed from one file. Deterministic: one random.Random(42), fixed
iteration order. Standard library only (the YAML is
written by hand). Run:  python3 -m knowledge.sample_generator [--out DIR] [--report]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

SEED = 42
FIRST_MONDAY = dt.date(2026, 8, 31)
WEEKS = 12
MONDAYS = [FIRST_MONDAY + dt.timedelta(weeks=i) for i in range(WEEKS)]
UPDATED = dt.date(2026, 11, 16)

MAIN_ID = "online-purchase"
RETURNS_ID = "returns-and-refunds"

# --------------------------------------------------------------------------------------------
# Journey maps
# --------------------------------------------------------------------------------------------


def tp(name, channel, owner, description, emotion, pains=(), opps=()):
    return {"name": name, "channel": channel, "owner": owner, "description": description,
            "emotion": emotion, "pain_points": list(pains), "opportunities": list(opps)}


MAIN_MAP = {
    "id": MAIN_ID,
    "name": "Online purchase",
    "persona": "Gift and homeware shopper, 28-45, browses on mobile and often buys on the app or website",
    "owner": "Growth team",
    "updated": UPDATED,
    "description": (
        "How customers of Northwind Home, an online homeware & gifts retailer, discover us, choose a "
        "product, buy it on the website or app, receive it and come back or recommend us. Maintained by "
        "the Growth team with Marketing, Web team, Payments, Logistics, Customer service, CRM and Community."
    ),
    "stages": [
        {
            "name": "Awareness",
            "goal": "Discover Northwind Home and find a gift or homeware idea",
            "emotion": 1,
            "pain_points": [
                "Ads keep showing products that are sold out or already bought",
                "Prices in ads differ from the price on the site during sales",
                "Too many campaign emails in the run-up to Black Friday",
            ],
            "opportunities": [
                "Shoppable gift guides by budget and recipient",
                "Retarget with complementary items instead of the item already bought",
                "Let subscribers choose how often they get emails",
            ],
            "touchpoints": [
                tp("Instagram ad", "social", "Marketing",
                   "Carousel and Reels ads showing seasonal homeware collections, linking to a product or "
                   "collection page.", 1,
                   ["Ad links to a collection page instead of the product shown",
                    "Same ad keeps showing after the product has been bought"],
                   ["Shoppable Instagram catalogue with live stock"]),
                tp("Google search ad", "search", "Marketing",
                   "Paid search and Shopping ads for product and gift searches such as 'linen bedding' or "
                   "'gifts for her under 30'.", 0,
                   ["Shopping ad price differs from the site price during sales",
                    "Delivery cost not shown in the Shopping ad"],
                   ["Show the free-delivery threshold in ad extensions"]),
                tp("Influencer post", "social", "Marketing",
                   "Paid and gifted posts by home and lifestyle creators, often with a personal "
                   "discount code.", 1,
                   ["Creator discount codes have expired by the time followers see the post",
                    "No direct link from the post to the featured product"],
                   ["Creator landing pages with the featured products"]),
                tp("Pinterest pin", "social", "Marketing",
                   "Product and room-inspiration pins that link to product pages.", 1,
                   ["Pins still link to discontinued products"],
                   ["Hide pins for discontinued products automatically"]),
                tp("Gift guide blog", "web", "Marketing",
                   "Seasonal gift guides by recipient and budget, e.g. 'Gifts under 25' and "
                   "'For the new home'.", 2,
                   ["Many gift guide items are sold out in December",
                    "Guides cannot be filtered by budget"],
                   ["Add to basket straight from the guide"]),
                tp("Email newsletter", "email", "CRM",
                   "Weekly newsletter and campaign emails to subscribers, including seasonal offers "
                   "such as the Black Friday early-access discount code.", 0,
                   ["Up to three campaign emails a day before Black Friday",
                    "Conditions of email discount codes are unclear"],
                   ["Let subscribers choose their email frequency"]),
            ],
        },
        {
            "name": "Consideration",
            "goal": "Compare options and make sure the product fits the home, the recipient and the budget",
            "emotion": 0,
            "pain_points": [
                "Hard to judge size, colour and material from the photos",
                "Site search returns irrelevant results",
                "Wishlist does not sync between app and website",
            ],
            "opportunities": [
                "Room-scale photos with dimensions drawn on the image",
                "Customer photos in reviews, filterable by colour",
            ],
            "touchpoints": [
                tp("Site search", "web", "Web team",
                   "Search bar with autocomplete on the website and app.", -1,
                   ["Searching 'throw' returns throw pillows and bins",
                    "No results for spelling variants such as 'gray' or 'colour'"],
                   ["Synonyms and typo tolerance in search"]),
                tp("Product comparison", "web", "Web team",
                   "Side-by-side comparison of up to four products: size, material, care and price.", 0,
                   ["Compared items are dropped when switching category",
                    "Comparison is not available in the app"],
                   ["Compare products across categories"]),
                tp("Reviews", "web", "Community",
                   "Star ratings and written reviews with customer photos on product pages.", 1,
                   ["Many new products have no reviews yet",
                    "Reviews cannot be filtered by colour or size"],
                   ["Show reviews per colour variant"]),
                tp("Size & material guide", "web", "Web team",
                   "Dimensions, materials, care instructions and colour notes for each product.", -1,
                   ["Colours look different in real life than in the photos",
                    "Dimensions missing for some rugs and cushions",
                    "Material details hidden in a collapsed tab"],
                   ["Free colour swatches by post", "Photos taken in daylight next to everyday objects"]),
                tp("Wishlist", "app", "Web team",
                   "Save products for later on web or app and share a gift list.", 0,
                   ["Wishlist does not sync between app and website",
                    "Shared wishlist link asks the recipient to log in"],
                   ["Price-drop and low-stock alerts for wishlist items"]),
                tp("Back-in-stock alert", "email", "CRM",
                   "Email when a sold-out product, size or colour is available again.", 0,
                   ["Alert arrives after the item has sold out again"],
                   ["Hold the item for 24 hours for alert subscribers"]),
            ],
        },
        {
            "name": "Decision",
            "goal": "Buy the chosen products quickly and safely, at a total price known upfront",
            "emotion": -1,
            "pain_points": [
                "Delivery cost revealed only at checkout",
                "Guest checkout forces account creation",
                "3-D Secure step fails on mobile banking apps",
                "Black Friday email discount code rejected at checkout",
            ],
            "opportunities": [
                "Show delivery cost and the free-delivery threshold on the product page",
                "True guest checkout with an optional account after purchase",
                "Apply email discount codes automatically from the email link",
            ],
            "touchpoints": [
                tp("Product page", "web", "Web team",
                   "Photos, price, stock, colour and size variants, and the add-to-basket button.", 1,
                   ["Delivery cost and delivery dates not shown on the product page",
                    "Photos over-saturate colours"],
                   ["Delivery estimate by postcode on the product page"]),
                tp("Basket", "app", "Web team",
                   "Basket on the website and app with items, subtotal and the promo code field.", -1,
                   ["App crashes when opening the basket (iOS and Android)",
                    "Basket emptied after logging in"],
                   ["Keep the basket across devices"]),
                tp("Delivery options", "web", "Logistics",
                   "Standard, next-day, named-day and click & collect, each with its price.", -1,
                   ["Delivery cost only shown at the last step",
                    "Free-delivery threshold (50 pounds) not visible before checkout",
                    "No named-day delivery for large items"],
                   ["Progress bar towards free delivery in the basket"]),
                tp("Promo code", "web", "Growth",
                   "Field in the basket and checkout for discount, gift and creator codes.", -2,
                   ["Black Friday email code rejected as 'not valid' or 'expired'",
                    "Promo code field distracts buyers who have no code",
                    "Code exclusions are not explained"],
                   ["Apply codes automatically from the email link",
                    "Say which item a code does not apply to"]),
                tp("Checkout", "web", "Web team",
                   "One-page checkout: contact details, address, delivery and payment.", -1,
                   ["Guest checkout forces account creation",
                    "Address lookup fails for new-build addresses"],
                   ["Express checkout with PayPal and Apple Pay at the top",
                    "Offer an account on the confirmation page instead"]),
                tp("Payment", "web", "Payments",
                   "Card, PayPal, Apple Pay, Google Pay and Klarna; 3-D Secure verification for cards.", -1,
                   ["3-D Secure step fails on mobile banking apps",
                    "Card declined with no reason given",
                    "Customer charged twice after a failed attempt"],
                   ["Retry with another payment method without losing the basket"]),
                tp("Gift wrapping", "web", "Logistics",
                   "Optional gift wrap with ribbon and a personal message card (3.50 per item).", 2,
                   ["Gift message cut off after 120 characters",
                    "Prices printed on the packing slip of gift orders"],
                   ["Gift receipt without prices"]),
            ],
        },
        {
            "name": "Retention",
            "goal": "Receive the order as promised, get help when needed and buy again",
            "emotion": 0,
            "pain_points": [
                "Missed deliveries and slow courier in peak weeks",
                "Refunds take too long after a return",
                "Loyalty points rules are confusing",
            ],
            "opportunities": [
                "Proactive delay notifications with a new delivery date",
                "Points value in pounds shown at checkout",
            ],
            "touchpoints": [
                tp("Order confirmation email", "email", "CRM",
                   "Confirmation with order summary, delivery estimate and a VAT invoice link.", 1,
                   ["Confirmation email can take up to an hour to arrive",
                    "VAT invoice link broken for business customers"],
                   ["Add the expected delivery window"]),
                tp("Delivery tracking", "web", "Logistics",
                   "Tracking page plus SMS and email updates from our courier partner.", -1,
                   ["Tracking not updated for days",
                    "Tracking link opens the courier site without order details"],
                   ["Tracking inside the app with push notifications"]),
                tp("Courier delivery", "post", "Logistics",
                   "Home delivery by our courier partner Fleetway; large items by a two-person team.", -1,
                   ["Parcel marked as delivered but never arrives",
                    "Fragile items arrive damaged",
                    "Slow delivery in peak weeks"],
                   ["Safe-place and neighbour preferences at checkout"]),
                tp("Customer service chat", "chat", "Customer service",
                   "Live chat on web and app (8:00-20:00) with a bot that triages first.", 1,
                   ["Bot loops before handing over to an agent",
                    "Chat history lost when switching device"],
                   ["Let agents issue refunds and codes in the chat"]),
                tp("Customer service phone", "phone", "Customer service",
                   "Phone line for order, delivery and refund questions (weekdays).", -1,
                   ["Long hold times on Mondays",
                    "Phone line closed at weekends"],
                   ["Callback instead of waiting on hold"]),
                tp("Returns portal", "web", "Customer service",
                   "Self-service returns from the account: choose items and reason, get a label or "
                   "QR code.", 0,
                   ["Returns label hard to find in the account",
                    "Gift recipients cannot start a return without the order number"],
                   ["Printer-free returns with a QR code"]),
                tp("Loyalty programme", "app", "CRM",
                   "Northwind Rewards: points for every pound spent, Silver and Gold tiers, "
                   "member-only offers.", 0,
                   ["Points balance and tier rules are confusing",
                    "Points deducted after a partial return without explanation",
                    "Points not added for app orders"],
                   ["Show the points value in pounds at checkout"]),
            ],
        },
        {
            "name": "Advocacy",
            "goal": "Recommend Northwind Home and share what they bought",
            "emotion": 1,
            "pain_points": [
                "Referral rewards not credited",
                "Too many review and survey requests",
            ],
            "opportunities": [
                "Reward reviews with photos",
                "Referral status page in the account",
            ],
            "touchpoints": [
                tp("Review request email", "email", "Community",
                   "Email ten days after dispatch asking for a product review with a photo.", 0,
                   ["Sent before the product has arrived",
                    "Sent again after the review was written"],
                   ["Send only after delivery is confirmed"]),
                tp("NPS survey", "email", "CRM",
                   "Short survey after delivery: a 0-10 recommendation score and a comment.", 0,
                   ["Survey sent about an order that was cancelled"],
                   ["Call back detractors within 48 hours"]),
                tp("Referral programme", "app", "Growth",
                   "Give 10, get 10: a personal referral link for existing customers.", -1,
                   ["Referral reward not credited after the friend's first order",
                    "Referral link does not open in the app"],
                   ["Referral status tracker in the account"]),
                tp("Social sharing", "social", "Community",
                   "Share buttons and the #NorthwindAtHome hashtag, with customer photos featured "
                   "on the site.", 1,
                   ["Share button produces a broken image preview"],
                   ["Feature customer photos on product pages"]),
                tp("Customer community", "web", "Community",
                   "Online community with styling tips and questions answered by customers and staff.", 1,
                   ["Questions stay unanswered for days"],
                   ["Staff stylists answer questions every week"]),
            ],
        },
    ],
}

RETURNS_MAP = {
    "id": RETURNS_ID,
    "name": "Returns and refunds",
    "persona": "Customer sending back an online order or a gift",
    "owner": "Customer service",
    "updated": UPDATED,
    "description": (
        "What happens after a Northwind Home customer decides to return something: asking for the return, "
        "sending the parcel back and getting the money back. Free returns within 30 days."
    ),
    "stages": [
        {
            "name": "Request",
            "goal": "Start a return in a few minutes, with or without a printer",
            "emotion": -1,
            "pain_points": ["Returns label hard to find", "No 'damaged' reason in the form"],
            "opportunities": ["QR-code returns without a printer"],
            "touchpoints": [
                tp("Returns policy page", "web", "Customer service",
                   "Explains the 30-day free returns policy and exceptions such as personalised items.", 0,
                   ["Exceptions for sale and personalised items are hard to find"], []),
                tp("Return request form", "web", "Customer service",
                   "Form in the Returns portal: choose items, reason and drop-off or collection.", 0,
                   ["No 'arrived damaged' reason to choose"],
                   ["Photo upload for damaged items"]),
                tp("Returns label email", "email", "Customer service",
                   "Email with the returns label PDF or QR code after the request.", -1,
                   ["Label link leads to a login page",
                    "Label only available as a PDF to print"],
                   ["QR code in the email for printer-free drop-off"]),
            ],
        },
        {
            "name": "Send back",
            "goal": "Hand the parcel over close to home",
            "emotion": 0,
            "pain_points": ["Collection slots for large items are weeks away"],
            "opportunities": ["More drop-off points, including lockers"],
            "touchpoints": [
                tp("Drop-off point", "store", "Logistics",
                   "Drop the parcel at a partner shop or locker; a receipt is emailed.", 1,
                   [], ["Lockers open 24/7"]),
                tp("Courier collection", "post", "Logistics",
                   "Home collection for large or heavy items.", -1,
                   ["Collection slots are weeks away", "Courier does not turn up for the collection"], []),
                tp("Return parcel tracking", "web", "Logistics",
                   "Tracking of the return parcel back to the warehouse.", 0,
                   ["No message when the return reaches the warehouse"], []),
            ],
        },
        {
            "name": "Refund",
            "goal": "Get the money back quickly and know when it will arrive",
            "emotion": -1,
            "pain_points": ["Refunds take up to three weeks", "Delivery cost not refunded for faulty items"],
            "opportunities": ["Refund at drop-off for loyalty members"],
            "touchpoints": [
                tp("Refund confirmation email", "email", "Payments",
                   "Email saying the refund has been issued and how long the bank takes.", 0,
                   ["Confirmation sent days before the money arrives"], []),
                tp("Refund to original payment", "web", "Payments",
                   "Refund to the card, PayPal or Klarna account used for the order.", -1,
                   ["Refund takes 10-20 days after the return arrives",
                    "Delivery charge not refunded"],
                   ["Instant refund to store credit"]),
                tp("Exchange or store credit", "web", "Customer service",
                   "Swap for another size or colour, or take store credit instead of a refund.", 1,
                   ["Exchange only possible for the same product"], []),
            ],
        },
    ],
}

# --------------------------------------------------------------------------------------------
# KPIs: metric -> definition. trend(i) gives the underlying weekly value (i = 0..11), noise is added.
# --------------------------------------------------------------------------------------------


def _late(i, values):
    """Values for the last weeks: values[0] applies to week WEEKS-len(values)."""
    k = i - (WEEKS - len(values))
    return values[k] if k >= 0 else None


def _trend_cart(i):
    late = _late(i, [73.4, 76.1, 78.3])
    return late if late is not None else 68.6 + 0.15 * (i % 4)


def _trend_checkout(i):
    late = _late(i, [74.2, 71.0, 68.9])
    return late if late is not None else 78.4 + 0.1 * i


def _trend_conversion(i):
    late = _late(i, [2.74, 2.61, 2.52])
    return late if late is not None else 2.88 + 0.03 * i


def _trend_promo_err(i):
    late = _late(i, [13.8, 19.2, 23.5])
    return late if late is not None else (4.6 if i < 8 else 5.9)


def _trend_nps(i):
    late = _late(i, [36.0, 33.0, 31.0])
    return late if late is not None else 41.0


def _trend_csat(i):
    late = _late(i, [4.12, 4.05, 3.98])
    return late if late is not None else 4.27


METRICS = [
    # name, stage, touchpoint, unit, target, trend, noise, decimals, pct_style, hib_explicit
    # pct_style: "plain" | "pct" | "mixed" (some rows with % in the value); hib_explicit: which rows say it
    dict(name="ad_ctr", stage="Awareness", touchpoint="Instagram ad", unit="%", target=1.2,
         trend=lambda i: 1.05 + 0.02 * i + (0.25 if i >= 9 else 0), noise=0.06, dec=2, style="plain"),
    dict(name="email_open_rate", stage="Awareness", touchpoint="Email newsletter", unit="%", target=35,
         trend=lambda i: 31.5 + 0.2 * i + (4.5 if i >= 9 else 0), noise=0.8, dec=1, style="pct"),
    dict(name="conversion_rate", stage="Decision", touchpoint="", unit="%", target=3.0,
         trend=_trend_conversion, noise=0.05, dec=2, style="plain", hib="some-true"),
    dict(name="cart_abandonment_rate", stage="Decision", touchpoint="Checkout", unit="%", target=65,
         trend=_trend_cart, noise=0.5, dec=1, style="pct", hib="some-false"),
    dict(name="checkout_completion_rate", stage="Decision", touchpoint="Checkout", unit="%", target=80,
         trend=_trend_checkout, noise=0.5, dec=1, style="mixed"),
    dict(name="payment_success_rate", stage="Decision", touchpoint="Payment", unit="%", target=97,
         trend=lambda i: 96.6 - 0.33 * i, noise=0.2, dec=1, style="plain"),
    dict(name="promo_code_error_rate", stage="Decision", touchpoint="Promo code", unit="%", target=5,
         trend=_trend_promo_err, noise=0.4, dec=1, style="plain", hib="all-false"),
    dict(name="average_delivery_time", stage="Retention", touchpoint="Courier delivery", unit="d", target=3.0,
         trend=lambda i: 4.7 - 0.14 * i, noise=0.08, dec=1, style="plain", hib="some-false"),
    dict(name="on_time_delivery_rate", stage="Retention", touchpoint="Courier delivery", unit="%", target=95,
         trend=lambda i: 85.5 + 0.75 * i, noise=0.6, dec=1, style="mixed", hib="all-true"),
    dict(name="csat", stage="Retention", touchpoint="", unit="score", target=4.3,
         trend=_trend_csat, noise=0.03, dec=2, style="plain"),
    dict(name="first_contact_resolution", stage="Retention", touchpoint="Customer service chat", unit="%",
         target=75, trend=lambda i: 72.0 + 0.2 * i - (4.0 if i >= 9 else 0), noise=0.9, dec=1, style="plain"),
    dict(name="return_rate", stage="Retention", touchpoint="Returns portal", unit="%", target=8,
         trend=lambda i: 9.6 - 0.08 * i, noise=0.2, dec=1, style="mixed", hib="all-false"),
    dict(name="repeat_purchase_rate", stage="Retention", touchpoint="Loyalty programme", unit="%", target=28,
         trend=lambda i: 25.2 + 0.18 * i, noise=0.4, dec=1, style="plain"),
    dict(name="retention_rate_90d", stage="Retention", touchpoint="", unit="%", target=35,
         trend=lambda i: 32.1 + 0.12 * i, noise=0.4, dec=1, style="pct"),
    dict(name="churn_rate", stage="Retention", touchpoint="", unit="%", target=5,
         trend=lambda i: 6.3 - 0.05 * i + (0.3 if i >= 9 else 0), noise=0.12, dec=1, style="plain",
         hib="some-false"),
    dict(name="nps", stage="Advocacy", touchpoint="", unit="", target=40,
         trend=_trend_nps, noise=1.2, dec=0, style="plain", hib="some-true"),
    dict(name="referral_rate", stage="Advocacy", touchpoint="Referral programme", unit="%", target=4,
         trend=lambda i: 2.9 + 0.04 * i, noise=0.15, dec=1, style="plain"),
]
# Where a metric is also measured, beyond its KPI rows (for the map's touchpoint metrics lists).
EXTRA_TOUCHPOINT_METRICS = {"NPS survey": ["nps"], "Customer service chat": ["csat"],
                            "Product page": ["conversion_rate"]}


def touchpoint_metrics() -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for m in METRICS:
        if m["touchpoint"]:
            out[m["touchpoint"]].append(m["name"])
    for name, extra in EXTRA_TOUCHPOINT_METRICS.items():
        out[name].extend(x for x in extra if x not in out[name])
    return out


def build_kpis(rng: random.Random) -> list[dict]:
    rows = []
    for m in METRICS:
        for i, monday in enumerate(MONDAYS):
            v = m["trend"](i) + rng.gauss(0, m["noise"])
            v = round(v, m["dec"])
            text = f"{v:.{m['dec']}f}" if m["dec"] else str(int(v))
            style = m["style"]
            if style == "pct" or (style == "mixed" and i % 3 != 1):
                text += "%"
            hib = ""
            mode = m.get("hib")
            if mode in ("all-false", "all-true"):  # the name-based default would be wrong
                hib = mode[4:]
            elif mode == "some-false" and i in (0, 6):
                hib = "false"
            elif mode == "some-true" and i in (0, 11):
                hib = "true"
            rows.append({
                "metric": m["name"], "value": text, "date": monday.isoformat(), "journey": MAIN_ID,
                "stage": m["stage"], "touchpoint": m["touchpoint"],
                "target": _fmt_target(m["target"]), "unit": m["unit"], "higher_is_better": hib,
            })
    return rows


def _fmt_target(t) -> str:
    return str(int(t)) if float(t).is_integer() else str(t)


# --------------------------------------------------------------------------------------------
# Survey comments
# --------------------------------------------------------------------------------------------

ITEMS = ["linen duvet cover", "ceramic vase", "set of stoneware mugs", "rattan lamp shade", "candle gift set",
         "wool throw", "oak chopping board", "velvet cushion", "towel bundle", "glass carafe",
         "photo frame", "Christmas wreath", "enamel casserole dish", "jute rug", "bamboo bath mat",
         "table lamp", "wall mirror", "waffle bathrobe", "serving platter", "storage basket"]
FRAGILE = ["ceramic vase", "glass carafe", "table lamp", "wall mirror", "serving platter", "stoneware bowl",
           "tealight holder", "glass storage jar"]
TEXTILES = ["cushion cover", "throw", "duvet cover", "curtains", "bath towels", "table runner"]
BANKS = ["Monzo", "Barclays", "Lloyds", "Nationwide", "Santander", "Starling", "HSBC", "Revolut"]
AGENTS = ["Priya", "Tom", "Aisha", "Jonas", "Megan", "Dev", "Sofia", "Callum"]
DAYS = ["8 days", "over a week", "nearly two weeks", "6 working days", "10 days", "5 days"]
FEES = ["4.95", "5.99", "6.50", "3.99", "7.95"]
BF_CODES = ["BFEARLY20", "BFEARLY20", "bfearly20", "BF-EARLY20"]
PROMO_CODES = ["HOME10", "WELCOME10", "EMMA15", "CREATOR20", "STUDENT15"]
CREATORS = ["a home influencer", "an interiors creator", "Lottie's", "a decor account I follow"]
PHONES = ["iPhone 13", "iPhone 15", "my Pixel", "Samsung S22", "iPhone SE", "my iPad"]


def L(journey, stage, touchpoint, channel=None, weight=1.0):
    return (journey, stage, touchpoint, channel, weight)


M, R = MAIN_ID, RETURNS_ID
UNTAGGED = L(M, "", "")  # journey known, no stage or touchpoint

# Each theme: label, sentiment, count, weekly (None = spread evenly, else exact counts per week),
# locations, segment weights (optional), parts: cores (required), extras, closers (optional).
# A core may be (text, sentiment) to override the theme's sentiment for that phrasing.
THEMES = [
    dict(
        key="delivery_cost_surprise", label="Delivery cost only revealed at checkout", sent="neg", count=30,
        locs=[L(M, "Decision", "Delivery options", weight=5), L(M, "Decision", "Checkout", weight=4),
              L(M, "Decision", "Product page", weight=1.5)],
        cores=[
            "Delivery cost only appeared at the very last step of checkout.",
            "Why is the delivery charge hidden until you've typed in all your details?",
            "Got all the way to payment and then saw {fee} for delivery.",
            "The {fee} shipping fee was a nasty surprise at checkout.",
            "Delivery price should be on the product page, not revealed at the end.",
            "I had no idea delivery wasn't free until the final screen.",
            "Shipping costs sprung on me at checkout, almost closed the tab.",
            "Basket said one price, checkout said {fee} more once delivery was added.",
            "Couldn't find the delivery costs anywhere before checkout.",
            "hidden delivery charges, felt a bit sneaky tbh",
            "delivery was {fee} for one {item} and you only tell me at the end",
            "The free delivery threshold isn't mentioned anywhere until you're paying.",
            "Would have added something to reach free delivery if I'd known the threshold earlier.",
            "Next-day delivery price only shows up at checkout, and it's pricey.",
            "Surprise delivery fee at the end of checkout. Not a good look.",
            "Postage costs should be clear before I put in my card details.",
        ],
        extras=["I ended up buying the {item} elsewhere.", "Still bought it but felt misled.",
                "Please show it on the product page.", "Other shops show this upfront.",
                "Left it in the basket for two days because of that.", "For a small order that's a lot.",
                "Not impressed.", "Nearly didn't bother."],
        closers=["", "", "Sort it out please.", ("Lovely products though.", "mixed"),
                 ("Otherwise fine.", "mixed")],
    ),
    dict(
        key="payment_3ds_declined", label="Payment declined / 3-D Secure verification failing", sent="neg",
        count=34, weekly=[1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5],
        locs=[L(M, "Decision", "Payment", weight=6), L(M, "Decision", "Payment", "app", weight=3),
              L(M, "Decision", "Checkout", weight=1.5)],
        cores=[
            "The 3-D Secure check never loaded on my phone and the payment failed three times.",
            "Payment kept getting declined even though my {bank} app approved it.",
            "Approved the payment in the {bank} app, came back to the site and it said declined.",
            "Card verification screen just spins forever.",
            "stuck on the 'verifying your card' page, had to give up",
            "Payment failed twice and then I got charged twice. Took a week to get the money back.",
            "3D secure popup is blank on {phone}, tried safari and chrome",
            "My card works everywhere else but your checkout declines it with no reason.",
            "Switching to the banking app to confirm and back loses the whole payment.",
            "The bank confirmation step timed out before I could approve it.",
            "Card declined, no explanation, no error code. Had to use my partner's card.",
            "Every time I pay by card the security check fails.",
            "Had to try 4 times to pay. {bank} said the payment was never even attempted.",
            "Payment page errored after the 3DS step and the basket emptied.",
            "Your payment page doesn't like {bank} cards at all.",
            "Card payment declined 'for security reasons' - my bank says they never blocked it.",
            "The card authentication step opens my {bank} app and then your site times out.",
            "payment wont go through on mobile, verification never finishes",
        ],
        extras=["Ended up paying with PayPal instead.", "Gave up in the end.",
                "Very frustrating when you're buying a gift last minute.",
                "Customer service said it's my bank, my bank says it's you.",
                "This is the second time this has happened.", "Worked on desktop eventually.",
                "Nearly bought it somewhere else."],
        closers=["", "", "Please fix this.", "Not good enough."],
    ),
    dict(
        key="promo_code_general",
        label="Promo codes not working / promo field distracting (not Black Friday)",
        sent="neg", count=14, weekly=[2, 1, 1, 2, 1, 1, 2, 1, 1, 1, 1, 0],
        locs=[L(M, "Decision", "Promo code", weight=4), L(M, "Decision", "Basket", weight=1)],
        cores=[
            "The promo code box made me go off looking for a code and I nearly didn't come back.",
            "Code {code} from the influencer post said invalid.",
            "discount code didn't work, said not applicable to items in basket but didn't say which",
            "My welcome 10% code wouldn't apply.",
            "Tried three codes I found online, none worked, felt like a waste of time.",
            "The student discount code is never accepted.",
            "Promo code field is right above the pay button, very distracting.",
            "Code worked but the discount disappeared when I changed delivery option.",
            "Newsletter sign-up code arrived after I'd already paid.",
            "{code} is rejected with 'conditions not met' but nobody says what the conditions are.",
            "Why have a discount code box if none of the codes work?",
        ],
        extras=["Paid full price in the end.", "Bit annoying.", "Chat couldn't help either."],
        closers=["", ""],
    ),
    dict(
        key="black_friday_code", label="EMERGING: Black Friday email discount code not applying at checkout",
        sent="neg", count=26, weekly=[0, 0, 0, 0, 0, 0, 0, 0, 1, 6, 9, 10],
        locs=[L(M, "Decision", "Promo code", weight=5), L(M, "Decision", "Checkout", weight=2),
              L(M, "Decision", "Promo code", "app", weight=1.5)],
        segments={"Returning": 4, "Loyalty member": 4, "New customer": 2, "Business": 0.3},
        cores=[
            "The Black Friday code from your email doesn't work at checkout.",
            "Got the early access Black Friday email, code {bfcode} says 'not valid'.",
            "black friday discount not applying. tried on app and website",
            "Your Black Friday email promised 20% off but the code is rejected at checkout.",
            "Code from the BF email says 'this code has expired'. It was sent yesterday!",
            "Entered the Black Friday code exactly as in the email and nothing happens when I press apply.",
            "The 20% Black Friday early-access code only applied to one item in my basket.",
            "Clicked 'shop the Black Friday offer' in the email, the discount wasn't applied and won't go "
            "in manually either.",
            "Black friday code {bfcode} rejected. Chat said they'd look into it.",
            "So the black friday code in your newsletter doesn't actually work?",
            "Email said use {bfcode} for 20% off everything, checkout says it can't be combined with sale "
            "items - nothing in my basket is on sale.",
            "Spent 20 minutes trying to get the Black Friday discount to apply at checkout.",
            "Please fix the black friday code, I have a basket full of Christmas presents waiting.",
            "The Black Friday discount code from the email works on the website but not in the app.",
            "Black Friday code applied in the basket then vanished at the payment step.",
            "The code in the Black Friday email wouldn't apply, so I paid full price and now can't get "
            "the difference back.",
            "Early access Black Friday code = 'invalid code'. Great start to the sale.",
            "discount from the black friday email isnt being taken off at checkout??",
            "Tried the BF email code on two devices, both say it's not valid.",
        ],
        extras=["Loyal customer for years, this is disappointing.", "Will wait until it's fixed.",
                "Bought from another shop instead.", "Feels like bait and switch.",
                "Chat agent was nice but couldn't fix it.", "My friend had the same problem.",
                "Gave up.", "Please sort it before the actual Black Friday."],
        closers=["", ""],
        first_week_core="Got the early Black Friday preview email today but the code didn't work yet. "
                        "Maybe it isn't live?",
    ),
    dict(
        key="slow_delivery_courier", label="Slow delivery / courier missed or parcel not arrived", sent="neg",
        count=40, weekly=[6, 6, 5, 5, 4, 4, 3, 3, 2, 1, 1, 0],
        locs=[L(M, "Retention", "Courier delivery", weight=5.5),
              L(M, "Retention", "Delivery tracking", weight=4.5)],
        cores=[
            "Delivery took {days}, I was told 2-3 working days.",
            "Courier said they tried to deliver but nobody knocked, I was home all day.",
            "Parcel marked as delivered but it never arrived.",
            "Tracking hasn't updated in {days}.",
            "Got a missed delivery card but no one came, had to rebook twice.",
            "The driver left my parcel with a neighbour I've never met.",
            "Order still hasn't arrived after {days}. No update from anyone.",
            "delivery window was 8am-8pm which is useless when you work",
            "Fleetway driver didnt even ring the bell, just left a card",
            "Paid for next-day delivery and it took 4 days.",
            "Tracking page said 'out for delivery' three days in a row.",
            "The {item} was meant to arrive for a birthday and turned up {days} late.",
            "Courier rescheduled without asking and there's no way to pick a new day online.",
            "Delivery was so slow, {days} for a {item}.",
            "My parcel has been 'in transit' for {days}.",
            "Left outside my front door in the rain without even a photo.",
            "Second time a Fleetway driver has marked my order delivered when it wasn't.",
        ],
        extras=["Had to chase it on chat.", "Really disappointing.", "The {item} itself is lovely though.",
                "Not the first time.", "I won't pay for express delivery again."],
        closers=["", "", "Please use a better courier."],
    ),
    dict(
        key="damaged_items", label="Items arrived damaged", sent="neg", count=16,
        locs=[L(M, "Retention", "Courier delivery", weight=4),
              L(R, "Request", "Return request form", weight=1)],
        cores=[
            "The {fragile} arrived smashed, barely any packaging.",
            "Box was soaking wet and the {item} inside was ruined.",
            "{Fragile} arrived in pieces.",
            "Parcel looked like it had been kicked across a car park, the {item} was dented.",
            "Two of the four mugs were chipped when they arrived.",
            "Cracked {fragile}, and the returns form doesn't even have a 'damaged' reason.",
            "The corner of the mirror frame was broken on arrival.",
            "{Fragile} broken in transit, one sheet of paper as packaging.",
            "Lid of the casserole dish was chipped straight out of the box.",
            "Glass was shattered all over the box when I opened it.",
        ],
        extras=["Replacement came quickly though.", "Had to send photos to three different people.",
                "It was a gift, so embarrassing.", "Please pack fragile things properly."],
        closers=["", ""],
    ),
    dict(
        key="returns_label_hard_to_find", label="Returns label hard to find", sent="neg", count=16,
        locs=[L(R, "Request", "Returns label email", weight=3),
              L(M, "Retention", "Returns portal", weight=2.5),
              L(R, "Request", "Return request form", weight=1)],
        cores=[
            "Took me ages to find where to download the returns label.",
            "The returns label link in the email goes to a login page and then nowhere.",
            "Where is the returns label?? searched my account for 20 minutes",
            "Couldn't find the return label anywhere in the app, had to ask on chat.",
            "Returns portal says a label has been created but there's no download button.",
            "I don't have a printer and the returns label only comes as a PDF.",
            "The returns label email never arrived, had to chase it.",
            "Return label is hidden under order history > details > more. Who designed this?",
            "Finding the returns label was harder than assembling the furniture.",
            "Label link expired before I got to the post office.",
            "There's no obvious 'print return label' button anywhere.",
        ],
        extras=["Return itself was fine once I had it.", "Chat sent it to me in the end.",
                "Very confusing."],
        closers=["", ""],
    ),
    dict(
        key="refund_too_slow", label="Refund takes too long", sent="neg", count=18,
        locs=[L(R, "Refund", "Refund to original payment", weight=4),
              L(R, "Refund", "Refund confirmation email", weight=1.5),
              L(M, "Retention", "Customer service phone", weight=0.5)],
        cores=[
            "Sent my return back {days} ago and still no refund.",
            "Refund took almost three weeks after you received the parcel.",
            "Tracking shows you got my return last week but the refund still says 'processing'.",
            "Still waiting for my refund, chat keeps saying 5-7 working days.",
            "Refund only came through after I complained twice.",
            "Why does it take 14 days to refund when you take payment instantly?",
            "Got the refund confirmation email but the money didn't show up for another 10 days.",
            "Refund partly paid - the delivery cost wasn't refunded even though the item was faulty.",
            "No email to say the return had arrived, had to keep checking my bank.",
            "Refund to PayPal took 16 days. Ridiculous.",
            "It's been {days} since the drop-off and my money is still not back.",
        ],
        extras=["Not buying again until this is sorted.", "Returned a {item} that was faulty too.",
                "Nobody replies to emails."],
        closers=["", ""],
    ),
    dict(
        key="product_quality_praise", label="Great product quality", sent="pos", count=46,
        locs=[L(M, "Retention", "", weight=5), L(M, "", "", weight=2),
              L(M, "Decision", "Product page", weight=2)],
        cores=[
            "The {item} is gorgeous, really good quality for the price.",
            "Lovely thick linen that washes beautifully.",
            "Quality of the {item} is better than I expected.",
            "Bought the {item} as a gift and my sister loved it.",
            "Really well made, heavier than it looks.",
            "Best {item} I've owned.",
            "Beautiful products, you can tell they're made to last.",
            "The mugs are lovely and survive the dishwasher, great quality.",
            "super soft throw, my cat approves",
            "Gorgeous colours and the stitching is perfect.",
            "Everything I've bought from Northwind has lasted years.",
            "Excellent quality and looks even better in real life.",
            "The {item} feels really premium.",
            "Such good quality, the {item} is the nicest thing in our living room now.",
            "Really impressed with the quality of the {item}.",
            "solid, well made {item}, exactly as described",
            "The {item} is even nicer in person, lovely weight to it.",
            "Second {item} I've bought, both still look brand new.",
        ],
        extras=["Will definitely order again.", "Worth every penny.", "Already ordered a second one.",
                "Packaging was plastic-free too.", "Compliments from everyone who visits."],
        closers=["", "", "Thank you!", "Love it."],
    ),
    dict(
        key="helpful_chat_agents", label="Helpful customer service chat agents", sent="pos", count=28,
        locs=[L(M, "Retention", "Customer service chat", weight=1)],
        cores=[
            "{agent} on the chat sorted my problem in five minutes.",
            "Really helpful chat agent, refunded the delivery charge without any fuss.",
            "Chat support was quick and friendly.",
            "The live chat agent was lovely and found my missing parcel.",
            "Had a problem with my order and the chat team fixed it straight away.",
            "Great customer service on chat, a real person, not a bot.",
            "{agent} went above and beyond to get a replacement sent before Christmas.",
            "chat answered in under a minute, very impressed",
            "Customer service via chat was brilliant, clear and polite.",
            ("The bot was useless but once I got to a human agent it was sorted quickly.", "mixed"),
            "{agent} from customer service was so kind when my order went wrong.",
            "Thanks to {agent} on live chat for changing my delivery address last minute.",
            "Chat agent explained everything and sent a new {item} the same day.",
            "Speedy, friendly help on the chat.",
        ],
        extras=["Made up for the delivery problem.", "Five stars for the service.",
                "Wish every company was like this."],
        closers=["", "", "Thank you!"],
    ),
    dict(
        key="app_crash_basket", label="App crashes on the basket", sent="neg", count=18,
        locs=[L(M, "Decision", "Basket", "app", weight=1)],
        cores=[
            "The app crashes every time I open the basket.",
            "App closes itself when I tap the basket icon on {phone}.",
            "Can't check out in the app, it crashes on the basket page.",
            "app keeps crashing when I add a second item to basket",
            "Basket screen freezes and then the app quits. Had to use the website.",
            "After the latest update the app crashes on the basket. Reinstalled, same thing.",
            "Crashed on the basket three times and I lost my items every time.",
            "Android app crashes when I try to change the quantity in the basket.",
            "The app is lovely for browsing but useless for buying because the basket crashes.",
            "Every time I go to the basket in the app it shuts down.",
            "basket page in the app = instant crash on {phone}",
        ],
        extras=["Bought on my laptop in the end.", "Please fix the app.", "Super annoying."],
        closers=["", ""],
    ),
    dict(
        key="not_as_pictured", label="Size or colour not as pictured", sent="neg", count=20,
        locs=[L(M, "Consideration", "Size & material guide", weight=1),
              L(M, "Decision", "Product page", weight=1)],
        cores=[
            "The {item} is much smaller than it looks in the photos.",
            "Colour is nothing like the picture - 'sage' is basically grey.",
            "Ordered the terracotta {textile} and got something closer to brown.",
            "The rug is tiny compared to the photo and the dimensions were hard to find.",
            "Mustard cushion arrived looking more like khaki.",
            "The 'oak' finish is clearly a laminate.",
            "Size guide said 150x200 but it's more like 140x190.",
            "The photos make the {textile} look thick, it's really thin.",
            "Not as pictured. Looks cheap in real life.",
            "The colour in the photos is way more vibrant than in reality.",
            "Material said 100% cotton but the label says polyester blend.",
            "Navy {textile} turned out to be almost black.",
            "Vase is half the size I expected from the pictures.",
        ],
        extras=["Returning it.", "Please use more realistic photos.", "Disappointed."],
        closers=["", ""],
    ),
    dict(
        key="loyalty_points_confusing", label="Loyalty points confusing", sent="neg", count=16,
        locs=[L(M, "Retention", "Loyalty programme", weight=1)],
        segments={"Loyalty member": 8, "Returning": 2},
        cores=[
            "I have no idea how many points I have or what they're worth.",
            "Loyalty points disappeared after I returned one item from a big order.",
            "The rewards tiers make no sense to me.",
            "Points didn't get added for my app order.",
            "Why do my points expire after 6 months? That's not explained anywhere.",
            "Tried to use my points at checkout but there's no option for it.",
            "the rewards programme is confusing, silver/gold/whatever, just give me a discount",
            "Says I have 1,240 points but I can't see how to spend them.",
            "Loyalty emails say I'm Gold, the app says Silver.",
            ("Love the member offers but the points system is really confusing.", "mixed"),
            "How many points do I need for a voucher? Can't find it anywhere.",
        ],
        extras=["Asked on chat and they weren't sure either.", "Please simplify it."],
        closers=["", ""],
    ),
    dict(
        key="referral_not_credited", label="Referral reward not credited", sent="neg", count=12,
        locs=[L(M, "Advocacy", "Referral programme", weight=1)],
        segments={"Returning": 5, "Loyalty member": 5},
        cores=[
            "My friend used my referral link and ordered but I never got my reward.",
            "Referral reward not credited, it's been a month.",
            "Referred three friends, got credit for one.",
            "The referral link didn't work when my sister opened it in the app, so no discount for "
            "either of us.",
            "Where do I see my referral credit? Nothing in my account.",
            "refer a friend is a con, never received the voucher",
            "Customer service told me referral rewards take 30 days. It's been 45.",
            "Still waiting for the 10 pounds referral credit from October.",
        ],
        extras=["Won't be recommending again.", "Bit of a let-down."],
        closers=["", ""],
    ),
    dict(
        key="easy_checkout_wallets", label="Easy checkout with PayPal / Apple Pay / Google Pay", sent="pos",
        count=26,
        locs=[L(M, "Decision", "Checkout", weight=1), L(M, "Decision", "Payment", weight=1)],
        cores=[
            "Checkout with Apple Pay took seconds.",
            "Super easy to pay with PayPal.",
            "Love that you have Apple Pay, done in two taps.",
            "Quick and easy checkout, paid with PayPal, no faff.",
            "Paying with Google Pay on my phone was so smooth.",
            "Easiest checkout I've used, especially with Apple Pay.",
            "Klarna option is handy at Christmas time.",
            "paypal express checkout is perfect, didn't have to type my address",
            "Checkout was quick and clear.",
            "Smooth ordering from start to finish, Apple Pay made it painless.",
            "Really easy to order on the app with Apple Pay.",
            "Paid with PayPal in one click, brilliant.",
            "Fast checkout, no account needed with PayPal.",
        ],
        extras=["Will use again.", "Ordered a {item} in under a minute.", "Great site."],
        closers=["", "", "Thanks!"],
    ),
    dict(
        key="gift_wrapping_praise", label="Good gift wrapping", sent="pos", count=18,
        locs=[L(M, "Decision", "Gift wrapping", weight=7), L(M, "Retention", "", weight=3)],
        cores=[
            "The gift wrapping was beautiful, I sent the {item} straight to my mum.",
            "Lovely gift wrap and the message card was a nice touch.",
            "Gift wrapping is worth every penny, looked really premium.",
            "My friend said it was the nicest wrapped present she'd ever received.",
            "The ribbon and tissue paper made it feel special.",
            "Gift wrap option is great, saves me so much time at Christmas.",
            ("Wrapping was gorgeous but my gift message got cut off halfway.", "mixed"),
            "Loved the recyclable gift wrap.",
            "Sent a {item} to my grandma gift wrapped and she was thrilled.",
            "Beautifully wrapped, arrived looking perfect.",
            "gift wrap looked so much nicer than I could ever do it",
        ],
        extras=["Will use it for all my presents.", "Thank you!"],
        closers=["", ""],
    ),
    dict(
        key="guest_checkout_forced_account", label="Guest checkout forces account creation", sent="neg",
        count=12, locs=[L(M, "Decision", "Checkout", weight=1)],
        segments={"New customer": 9, "Returning": 1, "Business": 0.5},
        cores=[
            "Why do I have to create an account just to buy one candle?",
            "Guest checkout still forces you to set a password.",
            "Wanted to check out as a guest but it made me register.",
            "Forced account creation, and now I get marketing emails I didn't ask for.",
            "The 'continue as guest' button just takes you to the sign-up form.",
            "I don't want another account and password. Let me just pay.",
            "hate being forced to make an account",
            "Had to make an account to send a gift to my friend. Pointless.",
            "There's no real guest checkout, it's an account with extra steps.",
        ],
        extras=["Nearly gave up.", "Please add proper guest checkout."],
        closers=["", ""],
    ),
    dict(
        key="awareness_channels",
        label="Awareness: ads, influencers, gift guide, newsletter (mostly positive)",
        sent="pos", count=14,
        locs=[L(M, "Awareness", "Instagram ad", weight=1)],
        cores=[
            ("Found you through an Instagram ad, so glad I did.", "pos", "Instagram ad"),
            ("The gift guide for under 30 pounds saved my Christmas shopping.", "pos", "Gift guide blog"),
            ("Saw the lamp on {creator} stories and bought it the same day.", "pos", "Influencer post"),
            ("Came across your bedding on Pinterest, it looked exactly as pinned.", "pos", "Pinterest pin"),
            ("The gift guide blog had loads of ideas, but half of them were sold out.", "mixed",
             "Gift guide blog"),
            ("Keep seeing your Instagram ad for the vase I already bought, bit annoying.", "mixed",
             "Instagram ad"),
            ("Google ad said 24 pounds but on the site it was 29.", "neg", "Google search ad"),
            ("Your newsletter is one of the few I actually open.", "pos", "Email newsletter"),
            ("Too many emails at the moment, I got three in one day last week.", "neg", "Email newsletter"),
            ("Searched for linen bedding on Google and you came up first, great range.", "pos",
             "Google search ad"),
            ("The influencer discount code had expired by the time I saw the post.", "neg",
             "Influencer post"),
            ("Loved the 'for the new home' gift guide.", "pos", "Gift guide blog"),
            ("Your Instagram is so inspiring, that's how I found the shop.", "pos", "Instagram ad"),
            ("Pinterest pin led to a product that doesn't exist any more.", "neg", "Pinterest pin"),
        ],
        extras=[], closers=[""],
    ),
    dict(
        key="consideration_tools", label="Consideration: reviews, search, wishlist, comparison, stock alerts",
        sent="mixed", count=30,
        locs=[L(M, "Consideration", "Reviews", weight=1)],
        cores=[
            ("Customer photos in the reviews really helped me choose the colour.", "pos", "Reviews"),
            ("Reviews are honest and detailed, that's why I trust you.", "pos", "Reviews"),
            ("Wish I could filter reviews by colour, the grey and the green are very different.", "mixed",
             "Reviews"),
            ("Most of the new range has no reviews so hard to decide.", "mixed", "Reviews"),
            ("Read the reviews and they were spot on about the size.", "pos", "Reviews"),
            ("Wishlist on the app doesn't show the items I saved on the website.", "neg", "Wishlist"),
            ("My wishlist disappeared after the app update.", "neg", "Wishlist"),
            ("Shared my wishlist with my husband for Christmas ideas but the link asked him to log in.",
             "neg", "Wishlist"),
            ("Wishlist is great for planning presents.", "pos", "Wishlist"),
            ("Search for 'throw' shows me cushions and bins.", "neg", "Site search"),
            ("Site search is rubbish, typed 'gray rug' and got nothing.", "neg", "Site search"),
            ("Search results are all over the place, had to browse by category instead.", "neg",
             "Site search"),
            ("Couldn't find the advent calendar with search even though it's on the home page.", "neg",
             "Site search"),
            ("The compare feature is really handy for towels.", "pos", "Product comparison"),
            ("Comparison tool lost my items when I went back to the category.", "neg", "Product comparison"),
            ("Would love to compare products in the app too.", "mixed", "Product comparison"),
            ("The back in stock email came and the item was sold out again within an hour.", "neg",
             "Back-in-stock alert"),
            ("Got the back in stock alert for the wool throw and ordered straight away, thank you!", "pos",
             "Back-in-stock alert"),
            ("Care instructions were clear, good to know it's machine washable before buying.", "pos",
             "Size & material guide"),
            ("Dimensions missing on the cushion page, had to ask on chat.", "neg", "Size & material guide"),
        ],
        extras=[], closers=["", ""],
    ),
    dict(
        key="advocacy_requests", label="Advocacy: review requests too early/too often, sharing, community",
        sent="mixed", count=14,
        locs=[L(M, "Advocacy", "Review request email", weight=1)],
        cores=[
            ("Asked to review the product before it had even arrived.", "neg", "Review request email"),
            ("Third email asking me to write a review, I already did!", "neg", "Review request email"),
            ("Too many review requests and surveys after one order.", "neg", "Review request email"),
            ("Happy to leave a review, the email made it really easy.", "pos", "Review request email"),
            ("Got a survey about an order I cancelled.", "neg", "NPS survey"),
            ("This survey is quick, thanks for asking.", "pos", "NPS survey"),
            ("Love that you featured my photo on the site #NorthwindAtHome", "pos", "Social sharing"),
            ("Shared my new living room on Instagram with your hashtag and you reposted it!", "pos",
             "Social sharing"),
            ("Share button on the product page gives a broken preview on WhatsApp.", "neg", "Social sharing"),
            ("The community forum had the answer to my rug question.", "pos", "Customer community"),
            ("Posted a question in the community 4 days ago, no reply.", "neg", "Customer community"),
            ("Recommended you to my whole office already.", "pos", "Referral programme"),
            ("Would recommend to friends, already have.", "pos", "NPS survey"),
            ("Review email arrived the day after ordering, bit pushy.", "neg", "Review request email"),
        ],
        extras=[], closers=[""],
    ),
    dict(
        key="phone_wait_and_bot", label="Long phone hold times / chat bot loops", sent="neg", count=12,
        locs=[L(M, "Retention", "Customer service phone", weight=1)],
        cores=[
            ("Waited 45 minutes on hold to change my address.", "neg", "Customer service phone"),
            ("Phone line is closed at weekends, which is exactly when I needed help.", "neg",
             "Customer service phone"),
            ("On hold for ages on a Monday morning, gave up.", "neg", "Customer service phone"),
            ("Called three times about my order, got three different answers.", "neg",
             "Customer service phone"),
            ("Hold music for 30 mins then cut off.", "neg", "Customer service phone"),
            ("The chat bot kept sending me the same FAQ link, couldn't reach a person.", "neg",
             "Customer service chat"),
            ("Bot goes round in circles, had to type 'agent' five times.", "neg", "Customer service chat"),
            ("Lost my chat conversation when I switched from the app to my laptop.", "neg",
             "Customer service chat"),
            ("Please add a callback option, sitting on hold is painful.", "neg", "Customer service phone"),
            ("The phone team was helpful once I got through, but the wait was long.", "mixed",
             "Customer service phone"),
        ],
        extras=["Not great.", "Very frustrating."], closers=["", ""],
    ),
    dict(
        key="easy_returns", label="Easy returns (drop-off / exchange)", sent="pos", count=10,
        locs=[L(R, "Send back", "Drop-off point", weight=3),
              L(R, "Refund", "Exchange or store credit", weight=1),
              L(R, "Request", "Returns policy page", weight=1)],
        cores=[
            ("Returns were really easy, dropped it at the corner shop on my way to work.", "pos",
             "Drop-off point"),
            ("Drop-off point was five minutes from home, easy.", "pos", "Drop-off point"),
            ("Exchanged the cushion for another colour with no hassle.", "pos", "Exchange or store credit"),
            ("Return was simple and the locker drop-off is brilliant.", "pos", "Drop-off point"),
            ("30 days free returns made me confident to order.", "pos", "Returns policy page"),
            ("Easy return, got a receipt by email straight away.", "pos", "Drop-off point"),
            ("Swapped for a bigger towel set in two clicks.", "pos", "Exchange or store credit"),
            ("Returns policy is clear and fair.", "pos", "Returns policy page"),
            ("Love the QR code drop-off, no printer needed.", "pos", "Drop-off point"),
            ("Took store credit instead of a refund and it was on my account the same day.", "pos",
             "Exchange or store credit"),
        ],
        extras=["Thank you.", "Will order again."], closers=[""],
    ),
    dict(
        key="business_vat_invoice", label="Business customers: VAT invoice missing/broken", sent="neg",
        count=8,
        locs=[L(M, "Retention", "Order confirmation email", weight=1)],
        segments={"Business": 1},
        cores=[
            "Can't download a VAT invoice for our company order, the link is broken.",
            "The invoice link in the order confirmation goes to an error page.",
            "Need a proper VAT invoice with our company name, the receipt isn't enough for accounts.",
            "We order for our office and have to ask for invoices by email every time.",
            "VAT invoice missing from the confirmation email again.",
            "Our finance team rejected the order confirmation, no VAT number on it.",
            "Invoice download doesn't work for business accounts.",
        ],
        extras=["Otherwise a good supplier.", "Please fix for business buyers."], closers=[""],
    ),
    dict(
        key="generic_positive", label="General praise (no specific touchpoint)", sent="pos", count=32,
        locs=[L(M, "", "", weight=3), L("", "", "", weight=2)],
        cores=[
            "Great shop, will be back.",
            "Always a pleasure ordering from you.",
            "Fast delivery and lovely products.",
            "Everything was perfect, thank you.",
            "My favourite homeware shop.",
            "Easy, quick and the products are beautiful.",
            "Brilliant from start to finish.",
            "Lovely experience as always.",
            "Would recommend to anyone.",
            "Couldn't fault anything.",
            "Nice website and great range of gifts.",
            "very happy with my order",
            "Good prices, nice stuff, quick delivery.",
            "Excellent all round.",
            "Arrived quickly and well packed.",
            "So many lovely things, hard to choose.",
            "Northwind never disappoints.",
            "Love this shop, everything is so pretty.",
            "Really pleased, thank you Northwind.",
            "Another great order, no complaints.",
        ],
        extras=["Thanks!", "Keep it up.", "10/10."], closers=[""],
    ),
    dict(
        key="off_topic", label="Off-topic", sent="offtopic", count=8,
        locs=[L("", "", "", weight=1), L(M, "", "", weight=1)],
        cores=[
            "love your christmas playlist lol",
            "Are you hiring? Would love to work in your warehouse.",
            "What font do you use on your website? It's lovely.",
            "my dog tried to eat the box it came in",
            "Merry Christmas to the whole team!",
            "Is the Leeds pop-up shop still open?",
            "hello from Cornwall",
            "Do you sell dog beds? Couldn't find any.",
        ],
        extras=[], closers=[""],
    ),
]

NO_CONTENT = ["n/a", "ok", "-", "nothing to add", ".", "no", "fine", "NA", "no comment", "nope"]
NO_CONTENT_DUPLICATES = ["n/a", "ok"]  # each appears twice on purpose

SEGMENTS = {"New customer": 35, "Returning": 35, "Loyalty member": 22, "Business": 8}

# Names of touchpoints/stages as written with different casing in a few comments.
CASING_VARIANTS = {"Checkout": "checkout", "Payment": "payment", "Delivery options": "delivery options",
                   "Promo code": "PROMO CODE", "Courier delivery": "courier delivery"}


def apportion(total: int, weights: list[float]) -> list[int]:
    """Largest-remainder split of total by weights (exact, deterministic)."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    base = [int(x) for x in raw]
    rest = total - sum(base)
    order = sorted(range(len(raw)), key=lambda k: (-(raw[k] - base[k]), k))
    for k in order[:rest]:
        base[k] += 1
    return base


def weighted(rng: random.Random, options: dict):
    keys = list(options)
    return rng.choices(keys, weights=[options[k] for k in keys], k=1)[0]


def fill(rng: random.Random, text: str) -> str:
    fragile = rng.choice(FRAGILE)
    slots = {
        "item": rng.choice(ITEMS), "fragile": fragile, "Fragile": fragile[0].upper() + fragile[1:],
        "textile": rng.choice(TEXTILES), "bank": rng.choice(BANKS), "agent": rng.choice(AGENTS),
        "days": rng.choice(DAYS), "fee": rng.choice(FEES) + " pounds" if rng.random() < 0.5 else
        "\u00a3" + rng.choice(FEES), "bfcode": rng.choice(BF_CODES), "code": rng.choice(PROMO_CODES),
        "creator": rng.choice(CREATORS), "phone": rng.choice(PHONES),
    }
    return re.sub(r"\b([Aa]) ([aeiouAEIOU])", r"\1n \2", text.format(**slots))


def _core(c):
    """(text, sentiment or None, touchpoint or None)."""
    if isinstance(c, tuple):
        return c[0], (c[1] if len(c) > 1 else None), (c[2] if len(c) > 2 else None)
    return c, None, None


def _part(c):
    if isinstance(c, tuple):
        return c[0], c[1]
    return c, None


PROPER_WORDS = {"I", "I've", "I'd", "I'm", "Fleetway", "PayPal", "Apple", "Google", "Klarna", "Black",
                "Christmas", "Pinterest", "Instagram", "Northwind", "Android", "VAT", "BF", "STUDENT15",
                "HOME10", "WELCOME10", "EMMA15", "CREATOR20", *AGENTS}


def decap(p: str) -> str:
    """Lower-case the first letter of a sentence that now follows a comma (not names or 'I')."""
    first = p.split(" ", 1)[0].rstrip(",.!?")
    if first in PROPER_WORDS or (len(first) > 1 and first[1].isupper()):
        return p
    return p[0].lower() + p[1:]


def messy(rng: random.Random, text: str) -> str:
    """Make a comment look typed in a hurry: one or two small imperfections."""
    kind = rng.choice(["lower", "lower", "noapos", "swap", "slang", "nopunct", "shout", "double"])
    if kind == "lower":
        text = text.lower().rstrip(".")
    elif kind == "noapos":
        text = text.replace("'", "")
    elif kind == "swap":
        words = text.split(" ")
        idx = [k for k, w in enumerate(words) if len(w) > 5 and w.isalpha()]
        if idx:
            k = rng.choice(idx)
            w = words[k]
            p = rng.randrange(1, len(w) - 2)
            words[k] = w[:p] + w[p + 1] + w[p] + w[p + 2:]
            text = " ".join(words)
    elif kind == "slang":
        for a, b in ((" you ", " u "), (" because ", " cos "), (" though", " tho"), (" please", " pls"),
                     (" to be honest", " tbh"), (" and ", " & ")):
            if a in text:
                text = text.replace(a, b, 1)
                break
        else:
            text = text.lower()
    elif kind == "nopunct":
        text = text.replace(",", "").rstrip(".")
    elif kind == "shout":
        text = text.rstrip(".!") + "!!"
    elif kind == "double":
        text = text.replace(". ", ".  ", 1).replace(", ", ",", 1)
    return text


def compose(rng: random.Random, theme: dict, used: Counter) -> tuple[str, str, str | None]:
    # least-used phrasing first, so a theme goes through all its phrasings before repeating one
    least = min(used[k] for k in range(len(theme["cores"])))
    pick = rng.choice([k for k in range(len(theme["cores"])) if used[k] == least])
    used[pick] += 1
    text, sent, tp_name = _core(theme["cores"][pick])
    sentiment = sent or theme["sent"]
    parts = [fill(rng, text)]
    extras = theme.get("extras") or []
    if extras and rng.random() < 0.5:
        parts.append(fill(rng, rng.choice(extras)))
    closers = theme.get("closers") or [""]
    closer, csent = _part(rng.choice(closers))
    if closer:
        parts.append(closer)
        if csent:
            sentiment = csent
    if rng.random() < 0.12 and theme["sent"] in ("neg", "pos", "mixed"):
        parts.insert(0, rng.choice(["Honestly,", "Hi,", "To be honest,", "Well,", "Ordered last week.",
                                    "Just a quick note.", "Second order this month.", "Hmm."]))
    out = ""
    for p in (p.strip() for p in parts):
        if not p:
            continue
        if not out or out[-1] in ".!?":
            out = f"{out} {p}" if out else p
        elif out[-1] == ",":
            out += " " + decap(p)
        else:  # a phrasing typed without a full stop runs on with a comma
            out += ", " + decap(p)
    out = out.replace(" ,", ",")
    if rng.random() < 0.22:
        out = messy(rng, out)
    return out, sentiment, tp_name


def score_for(rng: random.Random, sentiment: str, score_type: str) -> int:
    if score_type == "csat":
        table = {"neg": {1: 5, 2: 4, 3: 1}, "mixed": {3: 5, 4: 2, 2: 1}, "pos": {5: 6, 4: 2},
                 "none": {3: 1, 4: 2, 5: 2}, "offtopic": {4: 1, 5: 2}}
    else:
        table = {"neg": {0: 2, 1: 2, 2: 3, 3: 3, 4: 3, 5: 3, 6: 2, 7: 0.6},
                 "mixed": {5: 2, 6: 3, 7: 4, 8: 2},
                 "pos": {8: 1.5, 9: 4, 10: 5},
                 "none": {5: 1, 6: 1, 7: 2, 8: 2, 9: 1, 10: 1},
                 "offtopic": {7: 1, 8: 2, 9: 2, 10: 2}}
    return weighted(rng, table[sentiment])


def map_index() -> dict:
    """touchpoint name -> (journey id, stage name, channel)."""
    idx = {}
    for m in (MAIN_MAP, RETURNS_MAP):
        for st in m["stages"]:
            for t in st["touchpoints"]:
                idx[t["name"]] = (m["id"], st["name"], t["channel"])
    return idx


def build_comments(rng: random.Random) -> tuple[list[dict], dict]:
    idx = map_index()
    seen: set[str] = set()
    rows: list[dict] = []
    stats = {}
    for theme in THEMES:
        weekly = theme.get("weekly") or apportion(theme["count"], [1] * WEEKS)
        assert sum(weekly) == theme["count"], theme["key"]
        # spread "even" themes randomly but deterministically over weeks
        if not theme.get("weekly"):
            weekly = weekly[:]
            rng.shuffle(weekly)
        per_week = Counter()
        used = Counter()
        for w, n in enumerate(weekly):
            for _ in range(n):
                for _attempt in range(200):
                    if theme["key"] == "black_friday_code" and w < 9:
                        text, sentiment, tp_name = theme["first_week_core"], "mixed", None
                    else:
                        text, sentiment, tp_name = compose(rng, theme, used)
                    if text not in seen:
                        break
                else:
                    raise RuntimeError(f"could not make a unique comment for {theme['key']}")
                seen.add(text)
                loc = weighted(rng, {k: loc[4] for k, loc in enumerate(theme["locs"])})
                journey, stage, touch, channel, _ = theme["locs"][loc]
                if tp_name:  # the phrasing says where it belongs
                    journey, stage, _ = idx[tp_name]
                    touch = tp_name
                if touch:
                    channel = channel or idx[touch][2]
                else:
                    channel = rng.choice(["web", "web", "app", "email", ""])
                day = MONDAYS[w] + dt.timedelta(days=rng.randrange(7))
                if theme["key"] == "black_friday_code" and w < 9:
                    day = dt.date(2026, 10, 30)
                rows.append(dict(date=day.isoformat(), journey=journey, stage=stage, touchpoint=touch,
                                 channel=channel, sentiment=sentiment, theme=theme["key"],
                                 segments=theme.get("segments"), comment=text))
                per_week[w] += 1
        stats[theme["key"]] = per_week
    # no-content answers
    nc_rows = []
    for text in NO_CONTENT + NO_CONTENT_DUPLICATES:
        w = rng.randrange(WEEKS)
        day = MONDAYS[w] + dt.timedelta(days=rng.randrange(7))
        nc_rows.append(dict(date=day.isoformat(), journey=rng.choice([M, M, ""]), stage="", touchpoint="",
                            channel=rng.choice(["web", "app", "email"]), sentiment="none", theme="no_content",
                            segments=None, comment=text))
    stats["no_content"] = Counter(MONDAYS.index(_monday(r["date"])) for r in nc_rows)
    rows.extend(nc_rows)
    # untag a few tagged comments (journey known, no stage/touchpoint), blank journey on a few more
    for r in rows:
        if r["stage"] and r["theme"] not in ("black_friday_code",) and rng.random() < 0.01:
            r["stage"], r["touchpoint"] = "", ""
        elif r["touchpoint"] and r["journey"] and rng.random() < 0.015:
            r["journey"] = ""
    # one deliberate double submission of a real complaint (same day, same words)
    original = next(r for r in rows if r["theme"] == "payment_3ds_declined" and r["date"] >= "2026-11-09")
    rows.append(dict(original))
    stats["payment_3ds_declined"][MONDAYS.index(_monday(original["date"]))] += 1

    # order by date, then assign ids, scores, segments
    rows.sort(key=lambda r: (r["date"], r["theme"], r["comment"]))
    cs_touchpoints = {"Customer service chat", "Customer service phone"}
    out = []
    casing_budget = 8
    for n, r in enumerate(rows):
        if r["journey"] == R:
            score_type = "csat" if rng.random() < 0.5 else "nps"
        elif r["touchpoint"] in cs_touchpoints:
            score_type = "csat" if rng.random() < 0.7 else "nps"
        else:
            score_type = "csat" if rng.random() < 0.05 else "nps"
        seg = weighted(rng, r["segments"] or SEGMENTS)
        stage, touch = r["stage"], r["touchpoint"]
        if casing_budget and touch in CASING_VARIANTS and rng.random() < 0.12:
            touch = CASING_VARIANTS[touch]
            casing_budget -= 1
            if rng.random() < 0.5:
                stage = stage.lower()
        out.append({
            "id": f"S-{10001 + n}", "date": r["date"], "journey": r["journey"], "stage": stage,
            "touchpoint": touch, "channel": r["channel"],
            "score": str(score_for(rng, r["sentiment"], score_type)), "score_type": score_type,
            "segment": seg, "comment": r["comment"], "_theme": r["theme"], "_sentiment": r["sentiment"],
        })
    # the double submission is the same answer twice: same row apart from its id
    dup = [o for o in out if o["comment"] == original["comment"]]
    for o in dup[1:]:
        o.update({k: v for k, v in dup[0].items() if k != "id"})
    return out, stats


def _monday(iso: str) -> dt.date:
    d = dt.date.fromisoformat(iso)
    return d - dt.timedelta(days=d.weekday())


# --------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------

_RESERVED = {"true", "false", "yes", "no", "null", "on", "off", "y", "n", "~"}


def yaml_scalar(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, dt.date):
        return v.isoformat()
    s = str(v)
    plain = (
        re.fullmatch(r"[A-Za-z0-9(][^\n\"#{}\[\]`|>*!%@&]*", s) is not None
        and ": " not in s and not s.endswith(":") and s == s.strip()
        and s.lower() not in _RESERVED and not re.fullmatch(r"[-+0-9.:_eE ]+", s)
    )
    return s if plain else json.dumps(s, ensure_ascii=False)


def dump_map(m: dict, tp_metrics: dict[str, list[str]]) -> str:
    lines = []
    for key in ("id", "name", "persona", "owner", "updated", "description"):
        lines.append(f"{key}: {yaml_scalar(m[key])}")
    lines.append("stages:")
    for st in m["stages"]:
        lines.append(f"  - name: {yaml_scalar(st['name'])}")
        lines.append(f"    goal: {yaml_scalar(st['goal'])}")
        lines.append(f"    emotion: {st['emotion']}")
        for key in ("pain_points", "opportunities"):
            lines.append(f"    {key}:")
            lines.extend(f"      - {yaml_scalar(x)}" for x in st[key])
        lines.append("    touchpoints:")
        for t in st["touchpoints"]:
            lines.append(f"      - name: {yaml_scalar(t['name'])}")
            for key in ("channel", "owner", "description", "emotion"):
                lines.append(f"        {key}: {yaml_scalar(t[key])}")
            for key in ("pain_points", "opportunities"):
                if t[key]:
                    lines.append(f"        {key}:")
                    lines.extend(f"          - {yaml_scalar(x)}" for x in t[key])
                else:
                    lines.append(f"        {key}: []")
            metrics = tp_metrics.get(t["name"], []) if m["id"] == MAIN_ID else []
            lines.append(f"        metrics: [{', '.join(metrics)}]")
    return "\n".join(lines) + "\n"


def write_csv(path: Path, fields: list[str], rows: list[dict]) -> None:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n", extrasaction="ignore")
    w.writeheader()
    w.writerows(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(buf.getvalue(), encoding="utf-8")


COMMENT_FIELDS = ["id", "date", "journey", "stage", "touchpoint", "channel", "score", "score_type", "segment",
                  "comment"]
KPI_FIELDS = ["metric", "value", "date", "journey", "stage", "touchpoint", "target", "unit",
              "higher_is_better"]


def readme(out: Path) -> str:
    """Describe the sample from the files as written (re-read, not from the generator's memory)."""
    maps = []
    for p in sorted((out / "maps").glob("*.yaml")):
        maps.append((p, _read_map_summary(p.read_text(encoding="utf-8"))))
    with open(out / "comments" / "survey_comments.csv", encoding="utf-8", newline="") as f:
        comments = list(csv.DictReader(f))
    with open(out / "kpis" / "weekly_kpis.csv", encoding="utf-8", newline="") as f:
        kpis = list(csv.DictReader(f))
    dates = sorted(c["date"] for c in comments)
    weeks = sorted({_monday(d) for d in dates})
    by_journey = Counter(c["journey"] or "(no journey)" for c in comments)
    untagged = sum(1 for c in comments if not c["stage"] and not c["touchpoint"])
    score_types = Counter(c["score_type"] for c in comments)
    metrics = []
    for k in kpis:
        if k["metric"] not in [m[0] for m in metrics]:
            metrics.append((k["metric"], k["stage"], k["touchpoint"], k["unit"], k["target"]))
    kdates = sorted({k["date"] for k in kpis})

    L_ = ["# Sample knowledge base: Northwind Home", "",
          "Fictional data for Journey Assistant: **Northwind Home**, an online homeware & gifts retailer. "
          "Everything here is generated by `knowledge/sample_generator.py` "
          "(deterministic, `random.Random(42)`); regenerate with "
          "`python3 -m knowledge.sample_generator` rather than editing by hand.", "",
          "Ingest it with `journey ingest knowledge/sample/`.", "", "## Journey maps (`maps/`)", ""]
    for p, (jid, name, stages) in maps:
        n_tp = sum(len(t) for _, t in stages)
        L_.append(f"- `{p.relative_to(out)}`: **{name}** (`{jid}`), {len(stages)} stages, {n_tp} touchpoints")
        for st, tps in stages:
            L_.append(f"  - {st}: {', '.join(tps)}")
    L_ += ["", "## Survey comments (`comments/survey_comments.csv`)", "",
           f"- {len(comments)} comments from {dates[0]} to {dates[-1]} ({len(weeks)} weeks, "
           f"Mondays {weeks[0]} to {weeks[-1]})",
           "- by journey: " + ", ".join(f"{k} {v}" for k, v in sorted(by_journey.items())),
           f"- {untagged} comments have no stage or touchpoint",
           "- score types: " + ", ".join(f"{k} {v}" for k, v in sorted(score_types.items())),
           "- segments: " + ", ".join(sorted({c['segment'] for c in comments})),
           "", "## KPI snapshots (`kpis/weekly_kpis.csv`)", "",
           f"- {len(kpis)} rows, {len(metrics)} metrics, weekly from {kdates[0]} to {kdates[-1]} "
           f"({len(kdates)} weeks), journey `online-purchase`", "",
           "| metric | stage | touchpoint | unit | target |", "| --- | --- | --- | --- | --- |"]
    for name, st, tpn, unit, target in metrics:
        L_.append(f"| {name} | {st} | {tpn} | {unit} | {target} |")
    return "\n".join(L_) + "\n"


def _read_map_summary(text: str):
    """Tiny reader for the YAML this module writes (so the README needs no YAML library)."""
    jid = name = None
    stages: list[tuple[str, list[str]]] = []
    for line in text.splitlines():
        if line.startswith("id: "):
            jid = _unq(line[4:])
        elif line.startswith("name: "):
            name = _unq(line[6:])
        elif line.startswith("  - name: "):
            stages.append((_unq(line[10:]), []))
        elif line.startswith("      - name: "):
            stages[-1][1].append(_unq(line[14:]))
    return jid, name, stages


def _unq(s: str) -> str:
    s = s.strip()
    return json.loads(s) if s.startswith('"') else s


def generate(out: Path) -> dict:
    rng = random.Random(SEED)
    tpm = touchpoint_metrics()
    (out / "maps").mkdir(parents=True, exist_ok=True)
    (out / "maps" / "online-purchase.yaml").write_text(dump_map(MAIN_MAP, tpm), encoding="utf-8")
    (out / "maps" / "returns.yaml").write_text(dump_map(RETURNS_MAP, tpm), encoding="utf-8")
    comments, stats = build_comments(rng)
    write_csv(out / "comments" / "survey_comments.csv", COMMENT_FIELDS, comments)
    kpis = build_kpis(rng)
    write_csv(out / "kpis" / "weekly_kpis.csv", KPI_FIELDS, kpis)
    (out / "README.md").write_text(readme(out), encoding="utf-8")
    return {"comments": comments, "stats": stats, "kpis": kpis}


def report(result: dict) -> str:
    lines = ["theme counts (total, per week 1..12):"]
    labels = {t["key"]: t["label"] for t in THEMES}
    labels["no_content"] = "No real content (n/a, ok, ...)"
    for key, per_week in result["stats"].items():
        total = sum(per_week.values())
        weeks = [per_week.get(i, 0) for i in range(WEEKS)]
        lines.append(f"  {key:32s} {total:4d}  {weeks}  {labels[key]}")
    return "\n".join(lines)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "sample")
    ap.add_argument("--report", action="store_true", help="print theme counts per week")
    args = ap.parse_args(argv)
    result = generate(args.out)
    print(f"wrote {args.out}: {len(result['comments'])} comments, {len(result['kpis'])} KPI rows")
    if args.report:
        print(report(result))


if __name__ == "__main__":
    main()
