#!/usr/bin/env python3
"""Generate the Marquee Picturehouses comments and KPI files (reproducible: random.seed).

Writes:
  knowledge/comments/post_visit_nps.csv              native format, NPS 0-10 (in-app post-visit survey)
  knowledge/comments/surveyloop_care_export.csv      vendor export, CSAT 1-5, own column names
  knowledge/comments/surveyloop_care_export.mapping.yaml
  knowledge/kpis/book_and_visit_weekly.csv
  knowledge/kpis/loyalty_weekly.csv
Run from anywhere: python3 scripts/build.py
"""
import csv
import datetime as dt
import os
import random

random.seed(20251109)

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "knowledge")
WEEKS = [dt.date(2025, 9, 1) + dt.timedelta(weeks=i) for i in range(10)]  # Mondays, W1..W10

BV = "Book and visit"
LM = "Loyalty membership"

SEGMENTS = ["Guest", "Rewards member", "Unlimited member", "Student", "Family"]
SITES = ["Leeds Kirkstall", "Bristol Harbourside", "Nottingham Trent Quay", "Glasgow Merchant City",
         "Cardiff Bay", "Brighton Marina", "York Monks Cross", "Milton Keynes Hub"]

# ---------------------------------------------------------------------------------------------
# Themes: (key, file, journey, stage, touchpoint, channel, n, (lo, hi) score, weeks, segment
#          weights in SEGMENTS order, phrases)
# weeks: list of week indices (0-based) allowed, or weights per week.
# ---------------------------------------------------------------------------------------------
ALL = list(range(10))
THEMES = [
    # ----- native NPS file: Book and visit -----
    ("booking_fee", "nps", BV, "Book seats", "Booking fee", "web", 18, (2, 8), ALL, [4, 1, 0, 4, 3], [
        "£1.25 booking fee per ticket is a joke",
        "why am i paying a fee to book online when it saves you staff??",
        "booking fee only shows up right at the end of checkout, feels sneaky",
        "4 tickets = £5 in fees. for clicking a button",
        "the online fee put me off, nearly went to the other cinema",
        "Booking fees are ridiculous for a student budget",
        "hidden fees at checkout, just put the real price on the showtime",
        "paid more in booking fee than for my drink lol",
        "charging a fee to use your own app is cheeky",
        "family of 5 and the booking fee added a fiver. not happy",
        "fee per ticket online but not at the kiosk? makes no sense",
        "fees fees fees. ticket price is high enough already",
        "I only noticed the booking charge on the payment screen",
        "Would book more often without the online fee",
        "stop the booking fee or at least cap it",
        "booking fee again. seriously",
        "the 'convenience fee' is anything but convenient",
        "fine film, but the fee for booking online is a rip off",
    ]),
    ("seat_map_bug", "nps", BV, "Book seats", "Seat map", "app", 22, (0, 6), [8, 9], [3, 2, 3, 2, 2], [
        "since the update the seat map wont load at all",
        "app crashed 3 times when picking seats",
        "picked 4 seats together and it dropped two of them at payment",
        "seat picker just freezes on my iphone since last week",
        "seat plan spinning forever, had to book on the website",
        "the new app version is broken, cant select seats",
        "seats kept jumping to a different row after I selected them",
        "App keeps closing on the seat selection screen",
        "couldn't choose seats - the map was blank",
        "chose recliners, got standard seats on the ticket. app bug?",
        "seat map froze and my hold ran out, showing sold out by the time it came back",
        "latest update killed the seat chooser on android",
        "tried 5 times to book seats, crash every time",
        "the seating map is unusable after the update",
        "it lost my seat selection twice, gave up and went to the kiosk",
        "cant tap seats on the plan anymore, nothing happens",
        "seat selection bug!! fix your app",
        "app 5.2 seat map crashes on samsung",
        "booking seats in app is broken this week",
        "selected seats disappear when you press continue",
        "the seat picker is glitching, booked wrong seats",
        "seat map wouldnt zoom and then crashed",
    ]),
    ("seat_map_good", "nps", BV, "Book seats", "Seat map", "app", 8, (7, 10), list(range(0, 8)), [1, 2, 2, 1, 1], [
        "love being able to pick exactly where we sit",
        "seat map is really clear, easy to find seats together",
        "easy to choose seats and see the recliners",
        "choosing seats in the app takes seconds",
        "great seat plan, showed the wheelchair space clearly",
        "picked our seats on the bus, super easy",
        "seat selection is smooth and quick",
        "nice that the seat map shows how busy the screen is",
    ]),
    ("wallet_pay", "nps", BV, "Book seats", "Checkout and payment", "app", 10, (2, 8), ALL, [2, 2, 2, 1, 1], [
        "apple pay timed out and my seats got released",
        "google pay failed twice at checkout",
        "payment screen hung and I got charged but no tickets",
        "couldn't use gift card and promo code together",
        "checkout kept saying payment declined, card was fine",
        "paypal option just loops back to the basket",
        "took 3 goes to pay, seats nearly went",
        "payment page crashed, ended up paying twice, waiting for one back",
        "apple pay not working on the website checkout",
        "promo code wouldn't apply at checkout",
    ]),
    ("qr_scan", "nps", BV, "Arrive and tickets", "Ticket scanning at the door", "in-cinema", 14, (1, 8),
     [3] * 9 + [0, 1, 5, 6, 7], [3, 2, 1, 1, 2], [
        "QR code wouldn't scan at the door, sent back to the box office queue",
        "scanner couldn't read my ticket, missed the trailers",
        "e ticket didn't scan, staff had to type the ref in by hand",
        "the ticket scanners were all down, huge queue at the door",
        "door staff scanner kept beeping red at my ticket",
        "my phone ticket wouldnt scan, 10 mins to get in",
        "scanning at the entrance took ages tonight",
        "had to turn brightness up and it still wouldn't scan",
        "their scanner was broken, everyone queued at the desk",
        "wallet ticket didn't work on the door",
        "tickets not scanning for half the queue",
        "ticket check at the door was chaos, scanners not working",
        "scan failed and we had to prove we'd paid",
        "QR code issue again at the door",
    ]),
    ("staff_praise", "nps", BV, "Arrive and tickets", "", "in-cinema", 10, (8, 10), ALL, [2, 2, 2, 1, 2], [
        "lovely staff on the door, really welcoming",
        "the team at the front were brilliant with my kids",
        "staff member helped us find accessible seats, so kind",
        "friendly staff as always",
        "manager sorted our wrong tickets in seconds, great service",
        "staff were great tonight, thank you",
        "really helpful young lad at the entrance",
        "everyone working was cheerful even on a packed saturday",
        "staff went above and beyond for my mum's birthday",
        "super friendly team, makes the visit",
    ]),
    ("car_park", "nps", BV, "Arrive and tickets", "Car park", "in-cinema", 6, (1, 7), ALL, [2, 0, 1, 0, 3], [
        "got a parking fine because the reg machine was hidden",
        "car park full on a friday, missed the start",
        "parking ticket in the post even though we'd been to the film",
        "nowhere to park, retail park was rammed",
        "ANPR parking fine, nobody told us to enter our reg",
        "car park exit took 20 mins after the late showing",
    ]),
    ("queue", "nps", BV, "Snacks", "Concession counter", "in-cinema", 24, (2, 8), ALL, [3, 2, 1, 1, 3], [
        "popcorn queue took 20 mins, missed the start of the film",
        "only one till open at the snack counter on a saturday night",
        "snack queue was ridiculous",
        "queued so long for food the trailers had finished",
        "massive queue at concessions, 2 staff serving",
        "waited 25 mins for a hot dog",
        "the food counter queue is always huge",
        "queue for popcorn went out the door",
        "concessions slow, card machine kept failing",
        "long wait at the kiosk for drinks",
        "we skipped snacks because the line was so long",
        "food queue was a joke, 15 people and one person serving",
        "took forever to get a drink",
        "counter queue again. please open more tills",
        "nachos took 20 minutes",
        "missed the first 10 mins of the film queuing for popcorn",
        "queues at the snack bar are getting worse",
        "why is there always one till open",
        "the popcorn line moved so slowly",
        "stood in the concession queue for ages",
        "queue at the bar area was long",
        "snack counter was understaffed",
        "slow service at the food counter",
        "20 min wait for popcorn and pick n mix",
    ]),
    ("snack_price", "nps", BV, "Snacks", "Combo deals and pricing", "in-cinema", 14, (2, 8), ALL, [1, 1, 0, 2, 6], [
        "£14 for a large popcorn and a drink is daylight robbery",
        "snacks cost more than the tickets for a family of 4",
        "combo deals are a rip off",
        "popcorn prices are insane",
        "family bundle wasn't available at this site",
        "£5 for a bottle of water?!",
        "kids snack packs are too expensive",
        "drinks and popcorn prices need looking at",
        "we brought our own snacks because it's so pricey",
        "overpriced food, same as every cinema i suppose",
        "the meal deal isn't really a deal",
        "the combo costs more than buying separately??",
        "ice cream price is silly",
        "spent £38 on snacks for 4 of us",
    ]),
    ("order_ahead", "nps", BV, "Snacks", "Order-ahead snacks", "app", 18, (8, 10),
     [0, 1, 1, 2, 2, 2, 3, 3, 4, 4], [1, 2, 3, 1, 2], [
        "ordered snacks in the app and walked straight past the queue",
        "order ahead is a game changer",
        "pre-ordering popcorn in the app = no queue. love it",
        "snacks ready at the pick up shelf when we arrived",
        "ordering food on the app before we got there was so easy",
        "skip the queue with the app snacks thing, brilliant",
        "order ahead worked perfectly",
        "app order for popcorn was ready in 2 mins",
        "loved the order-ahead, should have done it ages ago",
        "pre ordered our drinks, collected in seconds",
        "order in app and collect, genius",
        "the app snack ordering saved us loads of time",
        "no queue thanks to order ahead",
        "used the mobile order for snacks for the first time, great",
        "preordered nachos, ready on time",
        "app food order is the best feature",
        "order ahead meant the kids didn't miss the start",
        "ordering popcorn through the app was quick and easy",
    ]),
    ("pickup", "nps", BV, "Snacks", "Pick-up point", "in-cinema", 4, (5, 9), ALL, [1, 1, 1, 1, 1], [
        "couldn't find where to collect my app order",
        "pick up shelf not signposted, had to ask",
        "collection point was hidden behind the counter",
        "app order collection point could be clearer",
    ]),
    ("ads", "nps", BV, "In the screen", "Pre-show ads and trailers", "in-cinema", 16, (3, 8), ALL, [2, 2, 2, 1, 1], [
        "25 minutes of adverts before the film",
        "film started half an hour after the ticket time",
        "too many ads, kids got bored before it started",
        "why list 7pm if the film starts at 7:25",
        "the adverts go on forever",
        "endless ads and trailers",
        "pre-show was longer than some short films",
        "sat through 20+ mins of car adverts",
        "please show the actual start time",
        "the ads before the film are way too long",
        "ad break before the movie dragged",
        "booked the late one and the ads made it finish after midnight",
        "same adverts every week",
        "adverts were louder than the film",
        "too long before the film actually started",
        "trailers fine but so many ads",
    ]),
    ("cleanliness", "nps", BV, "In the screen", "Screen cleanliness", "in-cinema", 14, (1, 7), ALL, [2, 2, 2, 1, 2], [
        "sticky floor and popcorn all over our seats",
        "screen was filthy from the last showing",
        "rubbish left under the seats",
        "the screen hadn't been cleaned, drinks spilled everywhere",
        "dirty seats, nachos cheese on the armrest",
        "floor was so sticky my shoes stuck",
        "screen 4 was a mess",
        "bins overflowing in the screen",
        "could smell the old popcorn, not cleaned",
        "found a used cup in my cup holder",
        "seats dirty and stained",
        "cleaning between films clearly not happening",
        "the place was grubby tonight",
        "messy screen, crisps everywhere",
    ]),
    ("recliners", "nps", BV, "In the screen", "Seats and recliners", "in-cinema", 14, (8, 10), ALL, [2, 2, 3, 1, 2], [
        "recliners are so comfy",
        "heated seats!! best cinema experience",
        "the new reclining seats are amazing",
        "comfiest seats of any cinema",
        "loved the recliners, worth the extra",
        "premium recliner seats were brilliant",
        "so much legroom in the recliners",
        "refurbished screen with recliners is fab",
        "the seats are incredible now",
        "recliner seats made it a proper night out",
        "fell asleep they were that comfy (not the films fault)",
        "heated recliners in winter = perfect",
        "big comfy seats",
        "reclining seats are a real treat",
    ]),
    ("sound", "nps", BV, "In the screen", "Picture and sound", "in-cinema", 8, (4, 10), ALL, [1, 1, 1, 1, 2], [
        "sound was way too loud for a kids film",
        "IMAX picture was stunning",
        "volume painfully loud in screen 2",
        "sound quality superb in the Atmos screen",
        "picture was a bit dark / out of focus",
        "too loud, my daughter covered her ears",
        "amazing picture and sound",
        "audio crackled in the quiet bits",
    ]),
    ("listings", "nps", BV, "Find a film", "What's On listings", "app", 9, (4, 9), ALL, [2, 2, 1, 1, 1], [
        "whats on page is confusing, every film is listed 4 times",
        "hard to find subtitled screenings",
        "too many formats, scrolled past the time i wanted",
        "can't filter for relaxed screenings for my son",
        "listings are a long scroll",
        "whats on would be better grouped by film",
        "finding an audio described showing is impossible",
        "film times page is cluttered",
        "couldn't work out which one was the IMAX",
    ]),
    ("emails", "nps", BV, "Find a film", "Coming Soon emails", "email", 4, (7, 10), ALL, [1, 2, 2, 0, 0], [
        "love the thursday email with what's coming",
        "coming soon email reminded me to book",
        "the presale alert email got us tickets on day one",
        "good emails about new releases",
    ]),
    ("general", "nps", BV, "", "", "", 9, (6, 10), ALL, [2, 2, 2, 1, 2], [
        "great night out",
        "good film, good cinema",
        "all fine",
        "lovely evening, will be back",
        "nice cinema",
        "always a good experience",
        "enjoyed it",
        "good",
        "no complaints this time",
    ]),
    # ----- native NPS file: Loyalty membership -----
    ("unlimited_value", "nps", LM, "Member visits", "Member booking", "app", 16, (8, 10),
     [2, 2, 2, 2, 2, 2, 2, 2, 1, 0], [0, 0, 1, 0, 0], [
        "Unlimited pays for itself after 2 films",
        "been 6 times this month on unlimited, amazing value",
        "unlimited card is the best thing i've bought this year",
        "booking as an unlimited member is so easy",
        "no booking fee and free films, love unlimited",
        "unlimited membership = I watch way more films",
        "best value subscription I have",
        "member booking is quick, zero pounds, done",
        "unlimited is brilliant value",
        "I go every week now thanks to unlimited",
        "love my unlimited membership",
        "free tickets with unlimited every week, fab",
        "unlimited makes it a cheap night out",
        "great value membership",
        "easy to book on unlimited",
        "unlimited is worth every penny",
    ]),
    ("price_rise", "nps", LM, "Manage or cancel subscription", "Billing and price changes", "email", 18, (0, 6),
     [7, 8, 8, 9, 9, 9], [0, 0, 1, 0, 0], [
        "£17.99 to £19.99 with 12 days notice? cancelling",
        "the price hike email was a slap in the face for loyal members",
        "unlimited going up to £19.99, not worth it anymore",
        "another price rise, i've been a member 4 years",
        "price increase on unlimited is too much",
        "got the email about the price going up. thinking of leaving",
        "no loyalty discount for long term members after the rise",
        "£2 more a month for the same thing",
        "unlimited price rise = i'm out",
        "price hike with barely any notice",
        "raising the price right before the christmas films is cynical",
        "the new unlimited price is too steep",
        "why is unlimited going up again",
        "price rise email came out of nowhere",
        "not happy about paying £19.99",
        "cancelled after the price rise email",
        "increase in membership fee is not justified",
        "unlimited was great value until the price went up",
    ]),
    ("signup_nps", "nps", LM, "Join Marquee Rewards", "Sign-up screen", "app", 6, (6, 10), ALL, [0, 4, 0, 1, 1], [
        "joined rewards at the till, took a minute",
        "signed up to the rewards club in the app, easy",
        "rewards sign up was simple",
        "joined the club for the free popcorn",
        "easy to join, already got points",
        "quick sign up for rewards",
    ]),
    # ----- vendor CSAT file (SurveyLoop customer care & loyalty survey) -----
    ("refund_slow", "csat", BV, "Refunds and complaints", "Refund request form", "web", 20, (1, 3), ALL, [3, 2, 1, 1, 2], [
        "still waiting for my refund 2 weeks later",
        "refund for the cancelled showing took 12 days",
        "filled in the refund form and heard nothing",
        "refund promised in 5 days, it's been 3 weeks",
        "why do I have to fill a form when you cancelled the film?",
        "money still not back in my account",
        "refund process is a nightmare",
        "chased my refund three times",
        "my refund request was rejected with no reason",
        "slow refund for a double charge",
        "asked for a refund as the screen broke, still nothing",
        "refund took forever to process",
        "refund form kept erroring",
        "waiting on a refund since last month",
        "refund still pending after 10 working days",
        "why does a refund take longer than the film's run",
        "no update on my refund",
        "the refund only came back as credit not cash",
        "got my refund eventually but took ages",
        "refund for my double-booked tickets not processed",
    ]),
    ("chatbot", "csat", BV, "Refunds and complaints", "Live chat and chatbot", "app", 14, (1, 3), ALL, [2, 2, 2, 1, 1], [
        "the chatbot just loops",
        "couldn't get through to a human on the chat",
        "bot kept sending me the FAQ link",
        "live chat bot useless for refunds",
        "chat said an agent would join, nobody did",
        "the virtual assistant doesn't understand anything",
        "chat bot kept asking for my booking ref again and again",
        "help chat closed before I got an answer",
        "the chat is a waste of time",
        "asked the bot for a person 5 times",
        "chatbot couldn't handle a simple question",
        "chat help useless",
        "no human on live chat",
        "the bot went round in circles",
    ]),
    ("chat_good", "csat", BV, "Refunds and complaints", "Live chat and chatbot", "app", 6, (4, 5), ALL, [1, 1, 1, 0, 1], [
        "agent on live chat sorted it in 5 mins, thanks Sam",
        "chat agent was really helpful",
        "quick answer from the live chat team",
        "once I got a person on chat it was fixed fast",
        "helpful chat, refunded straight away",
        "lovely agent on the chat",
    ]),
    ("complaint_noreply", "csat", BV, "Refunds and complaints", "Complaints email", "email", 12, (1, 2), ALL, [2, 2, 2, 1, 1], [
        "emailed a complaint a week ago, no reply",
        "complaint ignored",
        "sent 2 emails about our terrible visit, nothing back",
        "auto reply says 48 hours, been 6 days",
        "nobody responds to complaints",
        "complaint closed without anyone contacting me",
        "complaints email is a black hole",
        "still no response to my complaint",
        "had to complain twice before anyone answered",
        "generic copy paste reply to my complaint",
        "no reply to my email about the dirty screen",
        "waited over a week for a reply",
    ]),
    ("cancelled_notice", "csat", BV, "Refunds and complaints", "Cancelled showing notice", "sms", 8, (1, 3), ALL, [2, 1, 1, 1, 3], [
        "text saying the showing was cancelled came when we were already in the car park",
        "projector broke and nobody told us until we were sat down",
        "cancellation sms arrived 10 mins before the film",
        "showing cancelled, email came the next day",
        "drove 40 mins for a cancelled film, no notice",
        "cancelled film and no apology",
        "got told at the door the screening was off",
        "cancelled showing text had no refund link",
    ]),
    ("missing_points", "csat", LM, "Points and rewards", "Missing points claim", "web", 10, (1, 3), ALL, [0, 4, 1, 0, 1], [
        "points never appeared after my visit",
        "missing points claim rejected because the receipt was 'blurry'",
        "claimed missing points 3 weeks ago, nothing",
        "points from the snack counter didn't go on my account",
        "why do I need a receipt photo for points",
        "claim form for missing points is painful",
        "still waiting for points from last month",
        "my points claim disappeared",
        "points didnt add for my last 2 visits",
        "missing points again",
    ]),
    ("points_balance", "csat", LM, "Points and rewards", "Points balance", "app", 6, (2, 3), ALL, [0, 4, 1, 0, 1], [
        "points balance takes a week to update",
        "balance in the app doesn't match what I earned",
        "points history is confusing",
        "where are my points? balance still 0",
        "points showing pending for days",
        "can't see which visit gave which points",
    ]),
    ("rewards_good", "csat", LM, "Points and rewards", "Rewards catalogue", "app", 8, (4, 5), ALL, [0, 4, 1, 0, 2], [
        "free popcorn reward was easy to use",
        "redeemed a free ticket, worked first time",
        "rewards are decent, got a free drink",
        "love the premium upgrade reward",
        "easy to spend points in the app",
        "free ticket with points, great",
        "nice rewards choice",
        "used points for popcorn, smooth",
    ]),
    ("cancel_hard", "csat", LM, "Manage or cancel subscription", "Pause or cancel membership", "app", 14, (1, 3),
     [0, 1, 2, 3, 4, 5, 6, 7, 7, 8, 8, 9, 9, 9], [0, 0, 1, 0, 0], [
        "couldn't find how to cancel in the app",
        "cancel button is hidden, had to google it",
        "had to phone to cancel unlimited",
        "cancelling is deliberately difficult",
        "no option to cancel, only pause",
        "tried to cancel and it took me in circles",
        "why can I join in one tap but not leave",
        "cancel membership page crashes",
        "cancelled but still charged the next month",
        "had to email three times to cancel",
        "cancellation should not be this hard",
        "where is the cancel option??",
        "30 days notice to cancel is too long",
        "pausing membership wasn't possible in the app",
    ]),
    ("price_rise_csat", "csat", LM, "Manage or cancel subscription", "Billing and price changes", "email", 12, (1, 2),
     [7, 7, 8, 8, 8, 9, 9, 9, 9, 9, 9, 9], [0, 0, 1, 0, 0], [
        "price going up to £19.99 is too much",
        "price increase email, no warning",
        "unhappy with the unlimited price rise",
        "charged the new price already?",
        "price hike with 12 days notice",
        "loyal members punished with price rises",
        "the increase makes unlimited poor value",
        "£19.99 a month now, no thanks",
        "membership price up again",
        "disappointed by the price increase",
        "price rise not explained",
        "more expensive for no new benefits",
    ]),
    ("signup_good", "csat", LM, "Join Marquee Rewards", "Sign-up screen", "app", 10, (3, 5), ALL, [1, 4, 0, 2, 2], [
        "signing up was quick",
        "really easy to join rewards",
        "joined in the app in a minute",
        "simple sign up",
        "easy registration",
        "joined at the till with the QR code, quick",
        "smooth sign up process",
        "sign up easy, got my points straight away",
        "no hassle joining",
        "took 30 seconds to join",
    ]),
    ("welcome_voucher", "csat", LM, "Join Marquee Rewards", "Welcome offer", "email", 8, (1, 3), ALL, [0, 5, 0, 1, 1], [
        "free popcorn voucher didn't scan at the till",
        "welcome offer never arrived",
        "staff didn't know how to use the welcome voucher",
        "welcome popcorn voucher expired before I could use it",
        "the free popcorn code was rejected",
        "no welcome email",
        "voucher barcode wouldnt work",
        "welcome gift didn't work at the counter",
    ]),
    ("member_discount", "csat", LM, "Member visits", "Member discount at the counter", "in-cinema", 10, (1, 3), ALL,
     [0, 1, 4, 0, 1], [
        "10% off snacks not applied again",
        "staff forgot my member discount at the counter",
        "had to ask for my discount, they didn't know how",
        "member discount didn't go through at the bar",
        "my unlimited discount wasn't on the receipt",
        "counter staff said discount only works on some items",
        "no member discount on hot food?",
        "discount missed at the till",
        "the till wouldn't take my membership card",
        "discount on snacks is hit and miss",
    ]),
    ("dd_setup", "csat", LM, "Start Unlimited", "Direct debit and card setup", "app", 6, (2, 5), ALL, [0, 1, 4, 1, 0], [
        "direct debit setup fine",
        "card setup was easy",
        "had to wait 3 days to use my card because of the direct debit",
        "payment setup took two tries",
        "confusing when the first payment comes out",
        "set up in minutes",
    ]),
    ("member_card", "csat", LM, "Start Unlimited", "Membership card in app", "app", 6, (4, 5), ALL, [0, 0, 5, 1, 0], [
        "membership card in the app is handy",
        "love having the card on my phone",
        "digital card works great at the door",
        "easy to show my membership card",
        "app card is simple",
        "card in wallet is great",
    ]),
    ("previews", "csat", LM, "Member visits", "Member screenings and previews", "email", 6, (4, 5), ALL, [0, 1, 3, 0, 0], [
        "members preview screening was brilliant",
        "loved the free preview",
        "early access booking is a great perk",
        "preview screenings are the best bit of membership",
        "members screening was well organised",
        "got into a preview, amazing",
    ]),
]

JUNK_NPS = ["", "-", "n/a", "N/A"]
JUNK_CSAT = ["", "-", "N/A"]

# rows with contact data: (theme key, text)
CONTACT = {
    "qr_scan": "QR code wouldn't scan and the door staff were rude. please call me on 07700 900461",
    "wallet_pay": "charged twice at checkout!! email me back at jamie.rowe84@example.co.uk",
    "refund_slow": "refund still not here, ref MQ-55821. contact me on 07700 900318 or priya.k@example.com",
    "cancel_hard": "trying to cancel for a month, my email is d.okafor@example.org please just cancel it",
}


def pick_week(spec):
    return random.choice(spec)


def rand_date(week):
    day = WEEKS[week] + dt.timedelta(days=random.randint(0, 6))
    return dt.datetime(day.year, day.month, day.day, random.randint(10, 22), random.choice([0, 7, 15, 22, 34, 41, 48, 55]))


def seg(weights):
    return random.choices(SEGMENTS, weights=weights)[0]


def build_comments():
    nps_rows, csat_rows = [], []
    for key, kind, journey, stage, tp, channel, n, (lo, hi), weeks, sw, phrases in THEMES:
        assert len(phrases) >= n, key
        texts = random.sample(phrases, n)
        if key in CONTACT:
            texts[0] = CONTACT[key]
        for text in texts:
            w = pick_week(weeks)
            row = dict(date=rand_date(w), journey=journey, stage=stage, touchpoint=tp, channel=channel,
                       segment=seg(sw), score=random.randint(lo, hi), comment=text, site=random.choice(SITES))
            (nps_rows if kind == "nps" else csat_rows).append(row)
    for text in JUNK_NPS:
        nps_rows.append(dict(date=rand_date(random.choice(ALL)), journey="", stage="", touchpoint="", channel="app",
                             segment="", score=random.randint(5, 9), comment=text,
                             site=random.choice(SITES)))
    for text in JUNK_CSAT:
        csat_rows.append(dict(date=rand_date(random.choice(ALL)), journey="", stage="",
                              touchpoint="", channel="web", segment="",
                              score=random.randint(2, 4), comment=text, site=random.choice(SITES)))
    nps_rows.sort(key=lambda r: r["date"])
    csat_rows.sort(key=lambda r: r["date"])

    os.makedirs(os.path.join(ROOT, "comments"), exist_ok=True)
    # native file
    with open(os.path.join(ROOT, "comments", "post_visit_nps.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "date", "journey", "stage", "touchpoint", "channel", "segment", "score", "score_type",
                    "site", "comment"])
        for i, r in enumerate(nps_rows):
            w.writerow([f"PV-{10001 + i}", r["date"].date().isoformat(), r["journey"], r["stage"], r["touchpoint"],
                        r["channel"], r["segment"], r["score"], "nps", r["site"], r["comment"]])
    # vendor export: its own column names, UK date-times
    with open(os.path.join(ROOT, "comments", "surveyloop_care_export.csv"), "w", newline="",
              encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["ResponseId", "RecordedDate", "SurveyName", "Area", "SubArea", "Platform", "MemberTier",
                    "Q1_Satisfaction", "ScoreKind", "Cinema", "Q2_Verbatim", "Language"])
        for i, r in enumerate(csat_rows):
            w.writerow([f"SL_{7300 + i * 3}", r["date"].strftime("%d/%m/%Y %H:%M"), r["journey"], r["stage"],
                        r["touchpoint"], r["channel"], r["segment"], r["score"], "csat", r["site"], r["comment"],
                        "EN"])
    with open(os.path.join(ROOT, "comments", "surveyloop_care_export.mapping.yaml"), "w", encoding="utf-8") as f:
        f.write(
            "# SurveyLoop 'Customer care & membership' survey export -> canonical comment columns\n"
            "kind: comments\n"
            "date_format: \"%d/%m/%Y %H:%M\"\n"
            "columns:\n"
            "  id: ResponseId\n"
            "  date: RecordedDate\n"
            "  journey: SurveyName\n"
            "  stage: Area\n"
            "  touchpoint: SubArea\n"
            "  channel: Platform\n"
            "  segment: MemberTier\n"
            "  score: Q1_Satisfaction\n"
            "  score_type: ScoreKind\n"
            "  comment: Q2_Verbatim\n")
    return nps_rows, csat_rows


# ---------------------------------------------------------------------------------------------
# KPIs: (journey, stage, touchpoint, metric, unit, target, higher_is_better, base values, noise)
# ---------------------------------------------------------------------------------------------
KPIS = {
    "book_and_visit_weekly.csv": [
        (BV, "", "", "nps", "score", 35, "true",
         [32, 31, 33, 29, 32, 33, 34, 32, 27, 24], 0),
        (BV, "Book seats", "", "booking_conversion_rate", "%", 35, "true",
         [33.8, 34.2, 33.5, 34.6, 35.1, 34.4, 34.9, 34.0, 29.1, 26.7], 0.2),
        (BV, "Book seats", "Checkout and payment", "checkout_abandonment_rate", "%", 20, "false",
         [18.9, 18.4, 19.2, 18.7, 18.1, 18.8, 18.5, 19.4, 24.6, 27.3], 0.2),
        (BV, "Book seats", "Seat map", "app_crash_rate", "%", 1.0, "false",
         [0.7, 0.8, 0.6, 0.7, 0.8, 0.7, 0.9, 0.8, 3.2, 3.9], 0.0),
        (BV, "Arrive and tickets", "Ticket scanning at the door", "ticket_scan_failure_rate", "%", 2.0, "false",
         [1.6, 1.4, 1.7, 6.8, 2.1, 1.5, 1.3, 1.4, 1.2, 1.3], 0.0),
        (BV, "Snacks", "Concession counter", "concession_queue_time", "min", 5, "false",
         [9.4, 9.1, 9.6, 8.8, 10.2, 8.5, 8.1, 7.9, 7.6, 7.2], 0.1),
        (BV, "Snacks", "Order-ahead snacks", "order_ahead_adoption", "%", 20, "true",
         [6.2, 7.4, 8.1, 9.5, 10.8, 12.3, 13.9, 15.2, 16.8, 18.4], 0.1),
        (BV, "In the screen", "Screen cleanliness", "screen_cleanliness_score", "%", 90, "true",
         [82.5, 81.9, 83.1, 80.4, 82.0, 81.2, 83.4, 82.8, 81.6, 82.3], 0.2),
        (BV, "Refunds and complaints", "Refund request form", "refund_processing_time", "days", 5, "false",
         [8.9, 9.4, 9.8, 10.6, 10.1, 9.7, 10.9, 11.3, 10.8, 11.6], 0.1),
        (BV, "Refunds and complaints", "Complaints email", "complaint_resolution_rate", "%", 85, "true",
         [72.4, 73.1, 71.8, 70.2, 71.5, 72.9, 70.8, 69.4, 68.1, 66.7], 0.2),
    ],
    "loyalty_weekly.csv": [
        (LM, "", "", "nps", "score", 45, "true",
         [46, 47, 45, 46, 48, 47, 46, 41, 37, 34], 0),
        (LM, "Member visits", "Member booking", "booking_conversion_rate", "%", 45, "true",
         [47.9, 48.3, 47.5, 48.8, 49.1, 48.4, 48.9, 48.2, 45.3, 43.8], 0.2),
        (LM, "Join Marquee Rewards", "Sign-up screen", "club_signups", "count", 3000, "true",
         [2810, 2950, 3120, 3060, 4480, 3240, 3180, 3090, 2970, 2880], 0),
        (LM, "Start Unlimited", "Unlimited plans page", "unlimited_subscribers", "count", 50000, "true",
         [41200, 41950, 42700, 43380, 44600, 45320, 46010, 46450, 46120, 45380], 0),
        (LM, "Manage or cancel subscription", "", "subscription_churn_rate", "%", 2.5, "false",
         [2.1, 2.0, 2.2, 2.1, 1.9, 2.0, 2.1, 3.4, 4.2, 4.9], 0.0),
        (LM, "Points and rewards", "Rewards catalogue", "points_redemption_rate", "%", 25, "true",
         [21.4, 22.0, 21.7, 22.5, 23.1, 22.8, 23.4, 23.0, 23.6, 23.9], 0.1),
    ],
}


def build_kpis():
    os.makedirs(os.path.join(ROOT, "kpis"), exist_ok=True)
    for fname, series in KPIS.items():
        with open(os.path.join(ROOT, "kpis", fname), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["date", "journey", "stage", "touchpoint", "metric", "value", "target", "unit",
                        "higher_is_better"])
            for wi, monday in enumerate(WEEKS):
                for journey, stage, tp, metric, unit, target, hib, vals, noise in series:
                    v = vals[wi] + (random.uniform(-noise, noise) if noise else 0)
                    v = round(v, 1) if isinstance(vals[wi], float) or noise else vals[wi]
                    w.writerow([monday.isoformat(), journey, stage, tp, metric, v, target, unit, hib])


if __name__ == "__main__":
    n, c = build_comments()
    build_kpis()
    print(f"comments: {len(n)} nps rows, {len(c)} csat rows")
