#!/usr/bin/env python3
"""Build the Northlight Trust evaluation base (seeded, deterministic).

Writes knowledge/maps, knowledge/comments, knowledge/kpis, dev.yaml, heldout.yaml
and prints the computed figures used in the questions.
"""
import csv
import datetime as dt
import json
import os
import random
import re
from collections import Counter, defaultdict

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
K = os.path.join(ROOT, "knowledge")
rng = random.Random(20261202)


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


# ---------------------------------------------------------------- maps
J1 = {
    "id": "one-off-online-donation",
    "name": "One-off online donation",
    "persona": "Campaign responder giving a single gift online, often for the first time",
    "owner": "Digital Fundraising team",
    "updated": "2026-10-19",
    "description": "From seeing a Northlight Trust appeal (TV, social, email, search) to giving a one-off gift online, "
                   "adding Gift Aid, being thanked and hearing about impact. Includes fundraising through "
                   "sponsored events such as the Northlight 10K and the Winter Glow Run.",
    "stages": [
        {"name": "Discovery", "goal": "Hear about Northlight Trust and feel moved to give", "emotion": 1,
         "pain_points": ["Social ads shown too often to the same people", "Some find the TV appeal too upsetting"],
         "opportunities": ["Use family stories consistently across channels"],
         "touchpoints": [
             {"name": "Winter appeal TV ad", "channel": "tv", "owner": "Brand and Campaigns team",
              "description": "60-second 'Light the Way' winter appeal ad with a text-to-donate and web address end frame.",
              "emotion": 1, "pain_points": ["Some viewers find the story too upsetting to watch"]},
             {"name": "Facebook and Instagram ads", "channel": "social", "owner": "Digital Marketing team",
              "description": "Paid social ads driving to the appeal landing page.", "emotion": 0,
              "pain_points": ["Frequency capping is loose, people see the same ad many times a day"],
              "metrics": []},
             {"name": "Appeal landing page", "channel": "web", "owner": "Digital Fundraising team",
              "description": "Landing page reached from search and ads, with the family story and a Donate button.",
              "emotion": 1},
             {"name": "Email appeal", "channel": "email", "owner": "Supporter Communications team",
              "description": "Appeal email to opted-in supporters and past donors.", "emotion": 0},
         ]},
        {"name": "Donation form", "goal": "Give the amount I chose quickly and securely", "emotion": 0,
         "pain_points": ["Default amounts feel high", "Postcode lookup misses new-build addresses",
                         "Wallet payments failing since the November payment provider update"],
         "opportunities": ["Remember returning donors' details"],
         "touchpoints": [
             {"name": "Amount selection", "channel": "web", "owner": "Digital Fundraising team",
              "description": "Preset amount buttons (GBP 10 / 30 / 50, default 30) and an 'other amount' box.",
              "emotion": 0, "pain_points": ["Default of 30 pounds feels pushy to some donors"],
              "metrics": ["donation_form_conversion_rate", "average_one_off_gift"]},
             {"name": "Address and postcode lookup", "channel": "web", "owner": "Digital Product team",
              "description": "Postcode lookup that fills the donor's address, needed for Gift Aid.", "emotion": -1,
              "pain_points": ["Lookup fails for new-build and some rural addresses; manual entry is hidden"]},
             {"name": "Card payment page", "channel": "web", "owner": "Payments team",
              "description": "Hosted card payment step with 3D Secure check.", "emotion": 0,
              "metrics": ["payment_failure_rate"]},
             {"name": "Apple Pay and Google Pay", "channel": "web", "owner": "Payments team",
              "description": "Wallet buttons on the donation form, served by the payment provider.", "emotion": 0,
              "pain_points": ["Since the provider update in November the wallet sheet can hang and then error"],
              "metrics": ["payment_failure_rate"]},
         ]},
        {"name": "Gift Aid declaration", "goal": "Add Gift Aid without confusion about eligibility", "emotion": -1,
         "pain_points": ["Declaration wording is hard to understand", "Repeat donors asked to declare again every time",
                         "Paper confirmation letter seen as a waste"],
         "opportunities": ["Plain-English eligibility check", "Remember an existing declaration"],
         "touchpoints": [
             {"name": "Gift Aid tick box", "channel": "web", "owner": "Supporter Data team",
              "description": "Tick box with the HMRC declaration text on the donation form.", "emotion": -1,
              "pain_points": ["Legal wording confuses people", "Asked again on every gift"],
              "metrics": ["gift_aid_declaration_rate"]},
             {"name": "Gift Aid eligibility explainer", "channel": "web", "owner": "Supporter Data team",
              "description": "Pop-up explaining who can claim Gift Aid (UK taxpayers).", "emotion": 0},
             {"name": "Gift Aid confirmation letter", "channel": "post", "owner": "Supporter Care team",
              "description": "Letter posted to confirm the Gift Aid declaration.", "emotion": -1,
              "pain_points": ["Seen as wasting donations on postage"]},
         ]},
        {"name": "Thank you and impact", "goal": "Know my gift arrived and see what it did", "emotion": 1,
         "pain_points": ["Thank-you email slow in September", "Too many follow-up mailings after a single gift"],
         "opportunities": ["Let one-off donors choose how often they hear from us"],
         "touchpoints": [
             {"name": "Thank-you email", "channel": "email", "owner": "Supporter Communications team",
              "description": "Automatic thank-you and receipt email after the gift.", "emotion": 1,
              "metrics": ["thank_you_email_time_hours"]},
             {"name": "Family thank-you video", "channel": "email", "owner": "Brand and Campaigns team",
              "description": "Short personal thank-you video from a family the Trust supports, sent a week after the gift.",
              "emotion": 2},
             {"name": "Impact update email", "channel": "email", "owner": "Supporter Communications team",
              "description": "Email six weeks later on what the appeal has funded.", "emotion": 1},
             {"name": "Follow-up mailings", "channel": "post", "owner": "Direct Marketing team",
              "description": "Postal appeals and raffle packs sent to one-off donors.", "emotion": -2,
              "pain_points": ["Donors get several letters after one gift and feel their money is wasted"]},
         ]},
        {"name": "Event fundraising", "goal": "Take part in a sponsored event and raise money with support",
         "emotion": 1,
         "pain_points": ["Running vests arrive late", "Paying in cash sponsorship is confusing"],
         "touchpoints": [
             {"name": "Event registration", "channel": "web", "owner": "Events team",
              "description": "Sign-up for the Northlight 10K, Winter Glow Run and challenge events.", "emotion": 1},
             {"name": "Sponsorship page on GiveTrack", "channel": "web", "owner": "Events team",
              "description": "Personal sponsorship page on the GiveTrack platform linked to the event.", "emotion": 1,
              "pain_points": ["Page totals stopped updating for Winter Glow Run pages in November"]},
             {"name": "Fundraising pack and running vest", "channel": "post", "owner": "Events team",
              "description": "Posted pack with vest, sponsorship form and tips.", "emotion": 0,
              "pain_points": ["Vests arrive close to race day or in the wrong size"]},
             {"name": "Race day cheer points", "channel": "in person", "owner": "Events team",
              "description": "Volunteer cheer points and the Northlight tent on race day.", "emotion": 2},
             {"name": "Paying in sponsorship money", "channel": "post", "owner": "Supporter Care team",
              "description": "Paying in offline (cash and cheque) sponsorship by paying-in slip or phone.",
              "emotion": -1, "pain_points": ["Paying-in slip and bank transfer reference confuse people"]},
         ]},
    ],
}

J2 = {
    "id": "regular-monthly-giving",
    "name": "Regular monthly giving",
    "persona": "Monthly supporter recruited on the street, on the doorstep or online",
    "owner": "Individual Giving team",
    "updated": "2026-10-05",
    "description": "Signing up to give monthly by Direct Debit, the welcome and first collection, ongoing "
                   "impact updates, and changing, pausing or cancelling the Direct Debit.",
    "stages": [
        {"name": "Sign-up", "goal": "Decide to give monthly without feeling pressured", "emotion": 0,
         "pain_points": ["Street and door fundraisers can feel pushy"],
         "touchpoints": [
             {"name": "Street fundraiser conversation", "channel": "face to face",
              "owner": "Face-to-Face Fundraising team (Stride Fundraising agency)",
              "description": "Chat with a fundraiser in a high street or station pitch.", "emotion": -1,
              "pain_points": ["Fundraisers block the path and keep talking after a no"]},
             {"name": "Door-to-door fundraiser", "channel": "face to face",
              "owner": "Face-to-Face Fundraising team (Stride Fundraising agency)",
              "description": "Doorstep visit in the evening.", "emotion": -1,
              "pain_points": ["Visits late in the evening"]},
             {"name": "Online regular giving form", "channel": "web", "owner": "Digital Fundraising team",
              "description": "Monthly gift form with bank details and Direct Debit mandate.", "emotion": 1},
             {"name": "Tablet sign-up app", "channel": "face to face", "owner": "Face-to-Face Operations team",
              "description": "App on the fundraiser's tablet that captures bank details and sends a confirmation.",
              "emotion": 0, "pain_points": ["Confirmation email sometimes never arrives"]},
         ]},
        {"name": "Direct Debit setup", "goal": "Have the Direct Debit set up correctly first time", "emotion": 0,
         "touchpoints": [
             {"name": "Direct Debit mandate confirmation", "channel": "email", "owner": "Supporter Data team",
              "description": "Advance notice and Direct Debit Guarantee sent by email or post.", "emotion": 0},
             {"name": "Welcome call", "channel": "phone", "owner": "Supporter Care team",
              "description": "Call within 14 days of sign-up to thank and check the details.", "emotion": 1,
              "metrics": ["welcome_call_contact_rate"]},
             {"name": "Direct Debit collection", "channel": "bank", "owner": "Finance Operations team",
              "description": "The first and then monthly Direct Debit collections, taken on the 1st or 15th.", "emotion": 0,
              "pain_points": ["Some supporters were charged twice in the November collection run"]},
         ]},
        {"name": "Welcome and impact updates", "goal": "Feel my monthly gift makes a difference", "emotion": 1,
         "touchpoints": [
             {"name": "Welcome pack", "channel": "post", "owner": "Supporter Communications team",
              "description": "Posted welcome pack with a family story and a fridge magnet.", "emotion": 1},
             {"name": "Monthly impact email", "channel": "email", "owner": "Supporter Communications team",
              "description": "Monthly email with a short update on research and family support.", "emotion": 1},
             {"name": "Northlight News magazine", "channel": "post", "owner": "Supporter Communications team",
              "description": "Quarterly supporter magazine.", "emotion": 0},
             {"name": "Annual giving statement", "channel": "email", "owner": "Finance Operations team",
              "description": "Yearly summary of gifts and Gift Aid claimed.", "emotion": 1},
         ]},
        {"name": "Changing my Direct Debit", "goal": "Change amount, date or bank details easily", "emotion": -1,
         "pain_points": ["Long hold times on the supporter care line", "Bank details cannot be changed online"],
         "touchpoints": [
             {"name": "Supporter care phone line", "channel": "phone", "owner": "Supporter Care team",
              "description": "0300 line open 9-5 weekdays for changes to giving.", "emotion": -1,
              "metrics": ["supporter_care_wait_time_s"]},
             {"name": "My Northlight online account", "channel": "web", "owner": "Digital Product team",
              "description": "Self-service account to see gifts and change the amount.", "emotion": -1,
              "pain_points": ["Bank details and collection date can't be changed online", "Password reset emails slow"]},
             {"name": "Upgrade ask call", "channel": "phone", "owner": "Individual Giving team",
              "description": "Telephone ask to increase the monthly gift.", "emotion": -1,
              "pain_points": ["Calls come too soon after sign-up or too often"]},
         ]},
        {"name": "Cancelling or pausing", "goal": "Cancel or pause without a guilt trip", "emotion": -1,
         "pain_points": ["Cancelling needs a phone call", "Callers feel guilt-tripped"],
         "opportunities": ["Offer the pause option online"],
         "touchpoints": [
             {"name": "Cancellation call", "channel": "phone", "owner": "Supporter Care team",
              "description": "Call to cancel, including a retention conversation.", "emotion": -2,
              "metrics": ["regular_giving_churn_rate"]},
             {"name": "Pause giving option", "channel": "phone", "owner": "Individual Giving team",
              "description": "Option to pause the Direct Debit for up to 6 months.", "emotion": 1},
             {"name": "Cancellation confirmation email", "channel": "email", "owner": "Supporter Data team",
              "description": "Email confirming the Direct Debit has been cancelled.", "emotion": 0},
         ]},
    ],
}

TP = {}  # touchpoint name -> (journey, stage, touchpoint dict)
for j in (J1, J2):
    for s in j["stages"]:
        for t in s.get("touchpoints", []):
            TP[t["name"]] = (j, s, t)


def tp_id(name):
    j, s, t = TP[name]
    return f"touchpoint:{j['id']}/{slug(s['name'])}/{slug(t['name'])}"


def st_id(jn, sn):
    return f"stage:{jn['id']}/{slug(sn)}"


# ---------------------------------------------------------------- comments
START = dt.date(2026, 9, 1)
END = dt.date(2026, 11, 29)
EMERGE = dt.date(2026, 11, 9)

# (touchpoint, sentiment, count, keyword, texts, start_date, segment weights)
# sentiment: pos / neu / neg
T = []


def th(tp, sent, n, kw, texts, start=None, seg=None):
    n = max(2, round(n * 0.82))
    T.append(dict(tp=tp, sent=sent, n=n, kw=kw, texts=texts, start=start, seg=seg))


# ---- J1 discovery
th("Winter appeal TV ad", "pos", 9, "advert", [
    "Saw the advert on tv and just had to give something, the story about Maisie really got me",
    "The advert was so well done. Made me cry but in a good way",
    "your tv advert with the little boy and his dad stayed with me all evening so i donated",
    "Powerful advert, honest without being manipulative. Gave straight away.",
    "saw the advert during the news, simple message, easy web address to remember",
])
th("Winter appeal TV ad", "neg", 5, "advert", [
    "The advert is too upsetting to watch with my kids in the room, please show it later in the evening",
    "i find the advert really distressing tbh. I gave but I switch over now when it comes on",
    "advert is on every break, its too much and too sad",
])
th("Facebook and Instagram ads", "neg", 8, "ads", [
    "I see your ads on instagram about ten times a day. I have already donated!!",
    "way too many facebook ads, felt like i was being followed round the internet",
    "Please stop showing me the same ads, I gave last week",
    "the ads are fine but the frequency is ridiculous, 6 in one scroll",
    "Constant ads on my feed after donating. Put me off giving again",
])
th("Facebook and Instagram ads", "pos", 4, "ads", [
    "Clicked one of your instagram ads, the short video was lovely and the link went straight to the form",
    "the facebook ads with real families are much better than the usual charity stuff",
])
th("Appeal landing page", "pos", 6, "page", [
    "landing page was clear, told me what £30 pays for",
    "Nice simple page, the story of the family and one big donate button. Perfect",
    "Found you on google, the page loaded fast and explained everything",
])
th("Appeal landing page", "neu", 3, "page", [
    "page was ok but a lot of scrolling on my phone before i found the donate bit",
    "The page is fine. Would like to know more about where the money goes",
])
th("Email appeal", "pos", 5, "email", [
    "Got the appeal email, short and to the point. Donated from my phone in 2 mins",
    "the email appeal was lovely, nice to hear from you",
    "Good email, not too long, liked the photo",
])
th("Email appeal", "neg", 3, "email", [
    "third appeal email this month, its a bit much",
    "I unsubscribed from the email list years ago and still got the appeal",
])
# ---- J1 donation form
th("Amount selection", "neg", 9, "default", [
    "The default amount of £30 felt pushy, I had to hunt for the other amount box",
    "why is £30 the default? i'm a pensioner, £10 is what i can do",
    "the default was already ticked at 30 and i nearly gave more than i meant to",
    "Please don't preselect the highest amount as the default, feels manipulative",
    "default amount too high, made me feel like £5 wasnt worth it",
])
th("Amount selection", "pos", 6, "amount", [
    "really liked seeing what each amount pays for",
    "Easy to choose an amount and add my own",
    "simple amount buttons, chose £50, done",
])
th("Address and postcode lookup", "neg", 10, "postcode", [
    "postcode lookup didnt find my house, its a new build, and I couldnt see how to type it in manually",
    "Your postcode finder doesn't recognise our village at all",
    "The postcode search kept saying 'no address found'. Took 3 goes",
    "postcode lookup broken for flats, had to pick a random neighbour number in the end which isnt great for gift aid",
    "couldn't get past the postcode bit on my phone, almost gave up",
    "Manual address entry should be obvious when the postcode lookup fails",
])
th("Address and postcode lookup", "pos", 2, "postcode", [
    "postcode lookup filled everything in, quick",
])
th("Card payment page", "pos", 13, "payment", [
    "payment went through first time, very quick",
    "Card payment was smooth and I got the confirmation straight away",
    "easy payment, no faff",
    "Quick and secure payment, bank app popped up to approve and that was it",
    "The whole payment bit took less than a minute",
])
th("Card payment page", "neg", 4, "payment", [
    "the 3d secure bit timed out and the payment failed, had to do it again",
    "payment page errored and i wasnt sure if i had been charged",
])
th("Apple Pay and Google Pay", "pos", 4, "pay", [
    "Apple Pay made it so easy, one tap",
    "used google pay, brilliant, no typing card numbers",
    "Love that you have apple pay, so quick",
])
th("Apple Pay and Google Pay", "neg", 12, "apple pay", [
    "Apple Pay just spins and then says payment failed. Tried 3 times tonight",
    "apple pay not working on the donation form, had to get my card out in the end",
    "Tried google pay and apple pay, both errored. Is something broken? I only managed with a card",
    "apple pay sheet hangs then 'something went wrong'. gave up for now",
    "Google Pay failed twice, and now i'm worried i've been charged twice. Apple Pay on my husbands phone failed too",
    "the apple pay button does nothing since last week",
], start=EMERGE)
# ---- J1 gift aid
th("Gift Aid tick box", "neg", 16, "gift aid", [
    "The gift aid wording is so confusing, I still don't know if I'm allowed to tick it",
    "why do i have to do the gift aid declaration every single time i give? you already have it",
    "gift aid bit reads like a legal document. I'm retired, do I pay enough tax? no idea",
    "Asked to declare gift aid again even though I did it in the summer",
    "I didn't tick gift aid because I was scared of getting it wrong",
    "gift aid text is tiny and confusing on mobile",
    "Please just remember my gift aid, it's the 4th time",
    "not clear if gift aid covers my wife's donation too when we share a card",
])
th("Gift Aid tick box", "pos", 4, "gift aid", [
    "Gift aid box was clear and easy",
    "happy to tick gift aid, nice that it adds 25p per pound",
])
th("Gift Aid eligibility explainer", "pos", 4, "explainer", [
    "the little gift aid explainer pop up was helpful, finally understood it",
    "Explainer about who can claim was clear, thank you",
])
th("Gift Aid eligibility explainer", "neg", 3, "explainer", [
    "the gift aid explainer link didn't open on my phone",
    "Explainer still didnt answer whether pension income counts",
])
th("Gift Aid confirmation letter", "neg", 7, "letter", [
    "why send me a letter to confirm gift aid? what a waste of postage",
    "Got a gift aid confirmation letter, surely an email would do and save money",
    "the letter about gift aid cost more than my donation's gift aid probably",
    "Another letter. Please spend the money on the families not on stamps",
])
# ---- J1 thank you
th("Thank-you email", "pos", 11, "thank you", [
    "lovely thank you email, warm and personal",
    "The thank you email came straight away and had my receipt, perfect",
    "Nice thank you email, didn't feel automated",
    "thank you email was short and sweet",
])
th("Thank-you email", "neg", 5, "thank you", [
    "thank you email took over a day to come, i thought the donation hadnt worked",
    "No thank you email till the next day so I nearly donated again",
    "waited ages for the thank you email, was it lost?",
], start=None)
th("Family thank-you video", "pos", 14, "video", [
    "The thank you video from the family had me in tears. Thank you for sending it",
    "what a lovely video, so personal. best charity thank you i've ever had",
    "The video from Sam's mum was beautiful, I showed my whole family",
    "that video made my day, felt like my £20 really mattered",
    "Such a special video, will definitely give again",
    "Got a video from a family a week after I gave. Amazing touch",
])
th("Family thank-you video", "neu", 2, "video", [
    "video was nice but wouldnt play in my email app",
])
th("Impact update email", "pos", 6, "impact", [
    "Good to see the impact update, nice to know what the appeal paid for",
    "the impact email with the numbers of families helped was great",
    "liked the impact update, short and specific",
])
th("Impact update email", "neg", 3, "impact", [
    "impact update felt generic, could be any charity",
    "The impact email was just another ask for money really",
])
th("Follow-up mailings", "neg", 14, "letters", [
    "I gave once and have had 4 letters since. Please stop",
    "so many letters after a one-off gift, it makes me wonder how much of my money goes on post",
    "Too many letters asking for more. I gave what I could",
    "the raffle tickets and letters keep coming, I never asked for them",
    "Please stop the letters, its a waste of paper and your money",
    "been sent letters every few weeks since i donated in september, put me off",
    "Had three letters and a raffle pack in a month",
])
th("Follow-up mailings", "neu", 2, "letters", [
    "one letter a year would be fine, not every month",
])
# ---- J1 events
th("Event registration", "pos", 7, "registration", [
    "registration for the 10k was quick and the confirmation email had everything",
    "Easy registration, loved the discount for signing up with friends",
    "Signed up for the glow run, registration took 2 minutes",
])
th("Event registration", "neg", 2, "registration", [
    "registration fee went up and wasnt explained",
])
th("Sponsorship page on GiveTrack", "pos", 7, "page", [
    "GiveTrack page was so easy to set up and share on whatsapp",
    "loved my sponsorship page, people could see my training updates",
    "Sponsorship page linked to the event automatically, great",
])
th("Sponsorship page on GiveTrack", "neg", 9, "total", [
    "my GiveTrack page total hasn't updated for a week, sponsors think nobody has given",
    "The total on my glow run page is stuck at £120 but I've raised over £300",
    "page total not updating since the start of november, very embarrassing",
    "total still wrong on my sponsorship page, support just said they are looking into it",
    "Donations to my page arent showing in the total",
], start=EMERGE)
th("Fundraising pack and running vest", "neg", 7, "vest", [
    "my running vest arrived 2 days before the race",
    "vest came in the wrong size and there was no way to swap it in time",
    "Fundraising pack was nice but no vest in it",
    "Still waiting on my vest and the run is saturday!",
])
th("Fundraising pack and running vest", "pos", 3, "pack", [
    "The fundraising pack had some really good tips",
    "lovely pack, kids loved the stickers",
])
th("Race day cheer points", "pos", 12, "cheer", [
    "The cheer points were incredible, the noise at mile 5 got me round",
    "northlight cheer point was the best on the course!!",
    "Loved the cheer squad and the tent at the end with tea and cake",
    "cheer points made the day, felt like a family",
    "Amazing volunteers at the cheer points, thank you so much",
])
th("Paying in sponsorship money", "neg", 7, "paying in", [
    "paying in the cash sponsorship was a nightmare, the slip asked for a reference I didn't have",
    "Confusing how to do paying in for the cash people gave me, ended up ringing twice",
    "paying in by bank transfer - which reference?? nobody could tell me",
    "Paying in the cheques took weeks to show up",
])
th("Paying in sponsorship money", "pos", 2, "paying in", [
    "supporter care talked me through paying in the money, very patient",
])

# ---- J2 sign-up
th("Street fundraiser conversation", "neg", 12, "street", [
    "The street fundraiser wouldn't take no for an answer, followed me halfway down the road",
    "signed up on the street because I felt pressured, regret it a bit",
    "Street fundraisers outside the station block the path every day",
    "the street team were rude when i said i already give to another charity",
    "i was made to feel guilty on the street, not the way to get supporters",
    "felt rushed by the street fundraiser, didn't really understand what i'd agreed to",
], seg={"under 1 year": 6, "1-5 years": 2, "over 5 years": 1})
th("Street fundraiser conversation", "pos", 7, "street", [
    "lovely young man on the street explained everything, no pressure at all",
    "Street fundraiser was friendly and honest, that's why I signed up",
    "Had a really good chat with your street fundraiser about her own experience",
], seg={"under 1 year": 6, "1-5 years": 2, "over 5 years": 1})
th("Door-to-door fundraiser", "neg", 6, "door", [
    "someone knocked on my door at half 8 at night, way too late",
    "door to door fundraiser was pushy and wanted my bank details there and then",
    "Doorstep visit woke my baby. Please not after 7pm",
], seg={"under 1 year": 5, "1-5 years": 2, "over 5 years": 1})
th("Door-to-door fundraiser", "pos", 2, "door", [
    "nice lady came to the door, very polite",
])
th("Online regular giving form", "pos", 8, "form", [
    "set up my monthly gift online, simple form",
    "The monthly giving form was quick and clear about the direct debit",
    "easy form, liked choosing the date",
])
th("Online regular giving form", "neg", 2, "form", [
    "form timed out while I was finding my sort code",
])
th("Tablet sign-up app", "neg", 6, "confirmation", [
    "Never got the confirmation email after signing up on the tablet",
    "the fundraiser typed my name wrong on the tablet and the confirmation had the wrong account number",
    "no confirmation after the tablet sign up so I didn't know if it had worked",
], seg={"under 1 year": 6, "1-5 years": 1, "over 5 years": 0})
# ---- J2 direct debit setup
th("Direct Debit mandate confirmation", "pos", 5, "mandate", [
    "mandate confirmation came quickly, clear dates",
    "Got the direct debit mandate confirmation and guarantee, all fine",
])
th("Direct Debit mandate confirmation", "neu", 3, "mandate", [
    "mandate letter was fine, a bit wordy",
])
th("Welcome call", "pos", 10, "welcome call", [
    "The welcome call was lovely, she really took time to thank me",
    "had a welcome call from Priya, so warm, made me feel part of something",
    "Nice welcome call, checked my details and told me about the families",
    "welcome call was short and friendly, no hard sell",
], seg={"under 1 year": 8, "1-5 years": 1, "over 5 years": 0})
th("Welcome call", "neg", 3, "welcome call", [
    "didnt want a welcome call, would prefer an email",
    "welcome call came while I was at work, 3 missed calls",
], seg={"under 1 year": 8, "1-5 years": 1, "over 5 years": 0})
th("Direct Debit collection", "neg", 4, "first collection", [
    "first collection came out earlier than I was told",
    "the first collection date was different to what the fundraiser said",
], seg={"under 1 year": 8, "1-5 years": 1, "over 5 years": 0})
th("Direct Debit collection", "neg", 9, "twice", [
    "I have been charged twice this month! two direct debits on the same day",
    "taken twice in november, please refund, I'm on a tight budget",
    "my direct debit went out twice, bank had to reverse one",
    "Charged twice for my monthly gift, and the phone line is 40 mins wait",
    "Why has my £10 gone out twice this month?",
], start=dt.date(2026, 11, 16), seg={"under 1 year": 3, "1-5 years": 3, "over 5 years": 3})
# ---- J2 welcome & impact
th("Welcome pack", "pos", 6, "welcome pack", [
    "Lovely welcome pack, the magnet is on our fridge",
    "welcome pack was really nice, the story of the twins stayed with me",
])
th("Welcome pack", "neg", 3, "welcome pack", [
    "welcome pack was glossy, how much did that cost?",
])
th("Monthly impact email", "pos", 9, "impact email", [
    "I look forward to the monthly impact email, it's nice to see what my money does",
    "great impact email this month on the new research nurse",
    "Impact email is short and specific, keep it like that",
], seg={"under 1 year": 2, "1-5 years": 3, "over 5 years": 3})
th("Monthly impact email", "neg", 2, "impact email", [
    "impact email every month is a bit much, quarterly would do",
])
th("Northlight News magazine", "pos", 5, "magazine", [
    "I read the magazine cover to cover, love the family stories",
    "magazine is great, lovely to have something to hold",
], seg={"under 1 year": 1, "1-5 years": 2, "over 5 years": 6})
th("Northlight News magazine", "neg", 4, "magazine", [
    "please stop posting the magazine, send it by email",
    "The magazine is nice but it must cost a fortune to print",
], seg={"under 1 year": 1, "1-5 years": 2, "over 5 years": 6})
th("Annual giving statement", "pos", 4, "statement", [
    "annual statement helpful for my tax return",
    "Nice to see the annual statement with gift aid added",
], seg={"under 1 year": 1, "1-5 years": 2, "over 5 years": 5})
# ---- J2 changing
th("Supporter care phone line", "neg", 16, "hold", [
    "I was on hold for 45 minutes just to change my direct debit date",
    "Hold times on the supporter line are terrible, gave up after 30 mins",
    "rang three times, on hold every time, the music is driving me mad",
    "the phone line is only open 9-5 and i work, then its a long hold anyway",
    "on hold for ages, when I got through the person was lovely though",
    "why is the hold so long? i just want to change my amount",
    "stuck on hold 50 minutes. not good enough",
], seg={"under 1 year": 3, "1-5 years": 4, "over 5 years": 4})
th("Supporter care phone line", "pos", 5, "supporter care", [
    "supporter care team were really helpful once I got through",
    "Lovely lady in supporter care sorted my change in 2 minutes",
], seg={"under 1 year": 2, "1-5 years": 3, "over 5 years": 4})
th("My Northlight online account", "neg", 10, "online", [
    "can't change my bank details online, why do I have to phone?",
    "the online account lets me see gifts but not change the date",
    "password reset email never came so I couldn't log in to my online account",
    "Tried to update bank details online, it just says call us",
    "online account is pointless if you can't change anything",
], seg={"under 1 year": 3, "1-5 years": 4, "over 5 years": 2})
th("My Northlight online account", "pos", 3, "online", [
    "upped my monthly amount online, easy",
])
th("Upgrade ask call", "neg", 11, "increase", [
    "got a call asking me to increase my gift 2 months after I signed up",
    "I've given for 12 years and get a call to increase every year, it's uncomfortable",
    "Please stop calling to ask me to increase, I'll tell you if I can",
    "third call this year asking me to increase my monthly gift. makes me want to cancel",
    "asked to increase while I'd just told them I'd been made redundant",
], seg={"under 1 year": 2, "1-5 years": 3, "over 5 years": 8})
th("Upgrade ask call", "pos", 2, "increase", [
    "nice call, was happy to increase by a few pounds",
], seg={"under 1 year": 1, "1-5 years": 2, "over 5 years": 3})
# ---- J2 cancelling
th("Cancellation call", "neg", 14, "cancel", [
    "Had to phone to cancel and was made to feel so guilty",
    "why can't I cancel online? took 3 calls",
    "The person tried three times to talk me out of it when I tried to cancel. I lost my job, I just need to stop",
    "trying to cancel is harder than signing up, not right",
    "guilt trip when i rang to cancel, won't be coming back",
    "I wanted to cancel because of the double charge and was put on hold for 40 mins",
    "cancel process is a joke, just let me do it online",
], seg={"under 1 year": 4, "1-5 years": 4, "over 5 years": 3})
th("Cancellation call", "pos", 3, "cancel", [
    "cancelled by phone, they were kind and understanding",
    "lady was very kind when I had to cancel after my husband died",
], seg={"under 1 year": 1, "1-5 years": 2, "over 5 years": 3})
th("Pause giving option", "pos", 7, "pause", [
    "so glad I could pause instead of cancelling, will restart in the spring",
    "the pause option is a great idea, money is tight over christmas",
    "offered a pause for 3 months, perfect",
    "Didn't know pausing was possible, really grateful",
], seg={"under 1 year": 2, "1-5 years": 3, "over 5 years": 3})
th("Cancellation confirmation email", "neg", 3, "confirmation", [
    "never got a confirmation that my direct debit was cancelled",
    "no cancellation confirmation, and then it came out again",
])
th("Cancellation confirmation email", "pos", 2, "confirmation", [
    "quick confirmation email after cancelling, thanks",
])

T = [t for t in T if t is not None]

OPEN_POS = ["", "", "", "Just wanted to say ", "honestly ", "", "", "thank you - "]
OPEN_NEG = ["", "", "", "Not happy. ", "hi, ", "to be honest ", "", "Sorry but ", "ugh "]
CLOSE_POS = ["", "", ".", "!", " Thank you", " keep it up", " x", " :)", ". Thanks"]
CLOSE_NEG = ["", "", ".", ". Please sort it", "!!", " - not impressed", ". Disappointed", " tbh", "."]
CLOSE_NEU = ["", ".", " I suppose", ""]
EXTRA_J1 = {"first-time donor": ["first time giving to you.", "never given before.", "gave £20 on my phone."],
            "repeat donor": ["I give every winter.", "I've given a few times now.", "gave £20 on my phone."],
            "event participant": ["did the run for my nephew.", "first ever 10k!", "ran with my sister."]}
EXTRA_J2 = {"under 1 year": ["only signed up recently.", "signed up in the summer."],
            "1-5 years": ["been giving £8 a month for a couple of years."],
            "over 5 years": ["I've supported you since 2014.", "long time supporter."],
            "any": ["my daughter was helped by you.", "I give £15 a month."]}


def typo(word):
    if len(word) < 5 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 2)
    op = rng.choice(["swap", "drop", "double"])
    if op == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op == "drop":
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def texturise(text, sent, kw):
    protected = set(kw.lower().split())
    if sent == "pos":
        o, c = rng.choice(OPEN_POS), rng.choice(CLOSE_POS)
    elif sent == "neg":
        o, c = rng.choice(OPEN_NEG), rng.choice(CLOSE_NEG)
    else:
        o, c = "", rng.choice(CLOSE_NEU)
    body = text
    if o:
        body = body[0].lower() + body[1:] if not body.startswith("I ") else body
    t = (o + body).rstrip(".!")
    t = t + (c.lstrip(".") if t.endswith("?") else c)
    words = t.split(" ")
    if rng.random() < 0.3:
        cands = [i for i, w in enumerate(words) if w.lower().strip(",.!?") not in protected and len(w) >= 5]
        if cands:
            i = rng.choice(cands)
            words[i] = typo(words[i])
    t = " ".join(words)
    r = rng.random()
    if r < 0.35:
        t = t.lower()
    elif r < 0.4:
        t = t[0].upper() + t[1:]
    return t


def nps_score(sent):
    if sent == "pos":
        return rng.choices([10, 9, 8], [5, 4, 1])[0]
    if sent == "neu":
        return rng.choices([6, 7, 8], [2, 4, 3])[0]
    return rng.choices([0, 1, 2, 3, 4, 5, 6, 7], [1, 1, 2, 3, 3, 3, 2, 1])[0]


def csat_score(sent):
    if sent == "pos":
        return rng.choices([5, 4], [6, 3])[0]
    if sent == "neu":
        return rng.choices([3, 4], [3, 1])[0]
    return rng.choices([1, 2, 3], [4, 4, 1])[0]


def rand_date(start):
    s = start or START
    days = (END - s).days
    d = s + dt.timedelta(days=rng.randrange(days + 1))
    return dt.datetime(d.year, d.month, d.day, rng.randrange(7, 23), rng.randrange(60))


rows1, rows2 = [], []
for t in T:
    j, s, tpd = TP[t["tp"]]
    texts = t["texts"]
    for k in range(t["n"]):
        text = texts[k % len(texts)] if k < len(texts) else rng.choice(texts)
        when = rand_date(t["start"])
        if j is J1:
            if s["name"] == "Event fundraising":
                segm = "event participant"
            else:
                segm = rng.choices(["first-time donor", "repeat donor"], [5, 4])[0]
                if t["tp"] == "Gift Aid tick box" and any(w in text for w in ("every", "again", "remember", "4th time")):
                    segm = "repeat donor"
            pool = EXTRA_J1[segm]
        else:
            sw = t["seg"] or {"under 1 year": 3, "1-5 years": 3, "over 5 years": 3}
            segm = rng.choices(list(sw), list(sw.values()))[0]
            if "12 years" in text or "since 2014" in text:
                segm = "over 5 years"
            elif "after I signed up" in text or "signing up" in text:
                segm = "under 1 year"
            pool = EXTRA_J2[segm] + EXTRA_J2["any"]
        extra = rng.choice(pool) if rng.random() < 0.4 else ""
        if extra and rng.random() < 0.5:
            text = extra[0].upper() + extra[1:] + " " + text
        elif extra:
            text = text.rstrip(".!") + ("" if text.endswith("?") else ".") + " " + extra
        c = texturise(text, t["sent"], t["kw"])
        if j is J1:
            rows1.append(dict(date=when, journey=j["name"], stage=s["name"], touchpoint=tpd["name"],
                              channel=tpd.get("channel", ""), score=nps_score(t["sent"]), segment=segm,
                              comment=c, sent=t["sent"], kw=t["kw"]))
        else:
            rows2.append(dict(date=when, journey=j["name"], stage=s["name"], touchpoint=tpd["name"],
                              channel=tpd.get("channel", ""), score=csat_score(t["sent"]), segment=segm,
                              comment=c, sent=t["sent"], kw=t["kw"]))

rows1.sort(key=lambda r: r["date"])
rows2.sort(key=lambda r: r["date"])
for i, r in enumerate(rows1):
    r["id"] = f"od-{1001 + i}"
for i, r in enumerate(rows2):
    r["id"] = f"rg-{5001 + i}"

# ---------------------------------------------------------------- KPIs
WEEKS = [dt.date(2026, 9, 7) + dt.timedelta(weeks=i) for i in range(12)]


def series(vals):
    return [round(v, 1) for v in vals]


KPI1 = [  # metric, journey, stage, touchpoint, unit, target, hib, values
    ("donation_form_conversion_rate", J1["name"], "Donation form", "", "%", 24,
     None, [21.4, 21.9, 22.3, 22.0, 22.8, 23.1, 23.5, 23.2, 23.6, 20.9, 19.4, 18.7]),
    ("payment_failure_rate", J1["name"], "Donation form", "Apple Pay and Google Pay", "%", 2.5,
     "false", [1.9, 2.1, 1.8, 2.0, 2.2, 1.9, 2.0, 2.1, 1.9, 4.8, 6.2, 7.1]),
    ("gift_aid_declaration_rate", J1["name"], "Gift Aid declaration", "Gift Aid tick box", "%", 65,
     None, [52.1, 51.8, 52.6, 53.0, 52.4, 53.3, 53.9, 54.2, 53.8, 54.5, 54.1, 54.8]),
    ("average_one_off_gift", J1["name"], "Donation form", "Amount selection", "GBP", "",
     None, [27.6, 28.1, 27.9, 28.4, 29.2, 30.5, 31.8, 32.4, 33.1, 33.9, 34.6, 35.2]),
    ("thank_you_email_time_hours", J1["name"], "Thank you and impact", "Thank-you email", "hours", 2,
     None, [19.5, 21.2, 18.4, 16.9, 6.2, 3.1, 2.4, 1.9, 1.6, 1.8, 1.5, 1.4]),
    ("nps", J1["name"], "", "", "score", 45,
     None, [41, 43, 42, 44, 45, 46, 47, 45, 46, 39, 36, 34]),
]
KPI2 = [
    ("regular_giving_churn_rate", J2["name"], "Cancelling or pausing", "", "%", 1.5,
     None, [1.4, 1.5, 1.4, 1.6, 1.5, 1.7, 1.8, 1.8, 1.9, 2.0, 2.3, 2.6]),
    ("supporter_care_wait_time_s", J2["name"], "Changing my Direct Debit", "Supporter care phone line", "s", 180,
     None, [245, 262, 258, 281, 300, 318, 335, 342, 360, 395, 488, 612]),
    ("welcome_call_contact_rate", J2["name"], "Direct Debit setup", "Welcome call", "%", 70,
     None, [61.2, 62.0, 63.5, 64.1, 65.8, 66.4, 67.9, 68.5, 69.7, 70.4, 71.2, 71.8]),
    ("nps", J2["name"], "", "", "score", 30,
     None, [29, 28, 29, 27, 26, 27, 25, 24, 24, 22, 19, 16]),
]


# ---------------------------------------------------------------- write
def write_all():
    for d in ("maps", "comments", "kpis"):
        os.makedirs(os.path.join(K, d), exist_ok=True)
    with open(os.path.join(K, "maps", "one-off-online-donation.yaml"), "w") as f:
        f.write("# Journey map maintained by the Digital Fundraising team, Northlight Trust\n")
        yaml.safe_dump(J1, f, sort_keys=False, allow_unicode=True, width=110)
    with open(os.path.join(K, "maps", "regular-monthly-giving.json"), "w") as f:
        json.dump(J2, f, indent=2, ensure_ascii=False)

    with open(os.path.join(K, "comments", "oneoff_donor_survey.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "date", "journey", "stage", "touchpoint", "channel", "score", "score_type", "segment",
                    "comment"])
        for r in rows1:
            w.writerow([r["id"], r["date"].strftime("%Y-%m-%dT%H:%M:00"), r["journey"], r["stage"], r["touchpoint"],
                        r["channel"], r["score"], "nps", r["segment"], r["comment"]])
    # Typeform-style export with its own column names + a mapping file beside it
    with open(os.path.join(K, "comments", "regular_giving_typeform.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Response ID", "Submitted At", "Programme", "Section", "Which part is this about?",
                    "How satisfied are you? (1-5)", "Scale", "How long have you given monthly?",
                    "Tell us more", "Source"])
        for r in rows2:
            w.writerow([r["id"], r["date"].strftime("%d/%m/%Y %H:%M"), r["journey"], r["stage"], r["touchpoint"],
                        r["score"], "csat", r["segment"], r["comment"], "typeform"])
    mapping = {"kind": "comments",
               "columns": {"id": "Response ID", "date": "Submitted At", "journey": "Programme", "stage": "Section",
                           "touchpoint": "Which part is this about?", "score": "How satisfied are you? (1-5)",
                           "score_type": "Scale", "segment": "How long have you given monthly?",
                           "comment": "Tell us more"},
               "date_format": "%d/%m/%Y %H:%M"}
    with open(os.path.join(K, "comments", "regular_giving_typeform.mapping.yaml"), "w") as f:
        yaml.safe_dump(mapping, f, sort_keys=False)

    with open(os.path.join(K, "kpis", "one_off_weekly.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["date", "metric", "value", "unit", "target", "journey", "stage", "touchpoint",
                    "higher_is_better"])
        for m, jn, st, tp, unit, tgt, hib, vals in KPI1:
            for d, v in zip(WEEKS, vals):
                w.writerow([d.isoformat(), m, v, unit, tgt, jn, st, tp,
                            hib if hib else ""])
    with open(os.path.join(K, "kpis", "regular_giving_weekly.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["date", "metric", "value", "target", "unit", "journey", "stage", "touchpoint"])
        for m, jn, st, tp, unit, tgt, hib, vals in KPI2:
            for d, v in zip(WEEKS, vals):
                val = f"{v}%" if unit == "%" else v
                t = f"{tgt}%" if unit == "%" else tgt
                w.writerow([d.isoformat(), m, val, t, unit, jn, st, tp])


write_all()

# ---------------------------------------------------------------- figures
ALL = rows1 + rows2


def rnd(x, nd=0):
    """round half away from zero"""
    import decimal
    q = decimal.Decimal(1).scaleb(-nd)
    v = decimal.Decimal(repr(x)).quantize(q, rounding=decimal.ROUND_HALF_UP)
    return int(v) if nd == 0 else float(v)


def nps_of(rows):
    n = len(rows)
    p = sum(1 for r in rows if r["score"] >= 9)
    d = sum(1 for r in rows if r["score"] <= 6)
    return rnd(100 * (p - d) / n), n, p, d


def csat_of(rows):
    n = len(rows)
    s = sum(1 for r in rows if r["score"] >= 4)
    return rnd(100 * s / n), n, s


def at(rows, tp=None, stage=None, seg=None, since=None):
    out = rows
    if tp:
        out = [r for r in out if r["touchpoint"] == tp]
    if stage:
        out = [r for r in out if r["stage"] == stage]
    if seg:
        out = [r for r in out if r["segment"] == seg]
    if since:
        out = [r for r in out if r["date"].date() >= since]
    return out


def kpi(metric, jn=None):
    for spec in KPI1 + KPI2:
        if spec[0] == metric and (jn is None or spec[1] == jn):
            return spec[7]
    raise KeyError(metric)


def fmt(x):
    if isinstance(x, float):
        s = f"{x:.1f}"
        return s[:-2] if s.endswith(".0") else s
    return str(x)


F = {}
print("comments: one-off", len(rows1), "regular", len(rows2), "total", len(ALL))
neg_by_tp = Counter(r["touchpoint"] for r in ALL if r["sent"] == "neg")
neg_by_tp1 = Counter(r["touchpoint"] for r in rows1 if r["sent"] == "neg")
neg_by_tp2 = Counter(r["touchpoint"] for r in rows2 if r["sent"] == "neg")
print("neg by tp one-off:", neg_by_tp1.most_common(6))
print("neg by tp regular:", neg_by_tp2.most_common(6))
pos_by_tp1 = Counter(r["touchpoint"] for r in rows1 if r["sent"] == "pos")
pos_by_tp2 = Counter(r["touchpoint"] for r in rows2 if r["sent"] == "pos")
print("pos by tp one-off:", pos_by_tp1.most_common(5))
print("pos by tp regular:", pos_by_tp2.most_common(5))
for tp in TP:
    rr = at(ALL, tp=tp)
    if not rr:
        continue
    if TP[tp][0] is J1:
        print(f"  NPS {tp}: {nps_of(rr)}")
    else:
        print(f"  CSAT {tp}: {csat_of(rr)}")
for seg in ["first-time donor", "repeat donor", "event participant"]:
    print("  seg", seg, nps_of(at(rows1, seg=seg)))
for seg in ["under 1 year", "1-5 years", "over 5 years"]:
    print("  seg", seg, csat_of(at(rows2, seg=seg)),
          Counter(r["touchpoint"] for r in at(rows2, seg=seg) if r["sent"] == "neg").most_common(3))

# emerging counts (last 3 weeks, from 9 Nov)
ap = [r for r in rows1 if r["touchpoint"] == "Apple Pay and Google Pay" and r["sent"] == "neg"]
tw = [r for r in rows2 if r["kw"] == "twice"]
gt = [r for r in rows1 if r["kw"] == "total"]
print("apple pay neg", len(ap), min(r["date"] for r in ap).date(), "twice", len(tw),
      min(r["date"] for r in tw).date(), "givetrack total", len(gt), min(r["date"] for r in gt).date())

# ---------------------------------------------------------------- questions
J1i, J2i = J1["id"], J2["id"]
q_dev, q_held = [], []


def Q(half, question, kind, sources=None, figures=None, abstain=False):
    d = {"question": question, "kind": kind}
    if abstain:
        d["abstain"] = True
    else:
        d["sources"] = list(dict.fromkeys(sources or []))
        d["figures"] = [fmt(x) for x in (figures or [])]
        d["abstain"] = False
    (q_dev if half == "dev" else q_held).append(d)


# pain_points
Q("dev", "whats annoying people about the gift aid bit of the form?", "pain_points",
  [tp_id("Gift Aid tick box"), st_id(J1, "Gift Aid declaration"), "comment~gift aid"])
Q("dev", "main gripes w the postcode lookup on donate form", "pain_points",
  [tp_id("Address and postcode lookup"), "comment~postcode"])
Q("held", "what are the pain points when ppl try to change their dd?", "pain_points",
  [st_id(J2, "Changing my Direct Debit"), tp_id("Supporter care phone line"), tp_id("My Northlight online account"),
   "comment~hold"])
Q("held", "complaints abt follow up post after a one off gift?", "pain_points",
  [tp_id("Follow-up mailings"), "comment~letters"])

# touchpoints
Q("dev", "what touchpoints are in the event fundrasing stage", "touchpoints",
  [st_id(J1, "Event fundraising"), tp_id("Event registration"), tp_id("Sponsorship page on GiveTrack"),
   tp_id("Race day cheer points")])
Q("held", "list the touchpoints for dd setup on regular giving", "touchpoints",
  [st_id(J2, "Direct Debit setup"), tp_id("Welcome call"), tp_id("Direct Debit collection"),
   tp_id("Direct Debit mandate confirmation")])

# owner
Q("dev", "who owns the welcome call?", "owner", [tp_id("Welcome call")], ["Supporter Care"])
Q("held", "which team owns apple pay / google pay on the donaton form", "owner",
  [tp_id("Apple Pay and Google Pay")], ["Payments"])

# goal
Q("dev", "what's the supporter goal at the cancelling stage", "goal",
  [st_id(J2, "Cancelling or pausing")], [])
Q("held", "goal of the gift aid declaration stage?", "goal", [st_id(J1, "Gift Aid declaration")], [])

# latest_kpi
v = kpi("payment_failure_rate")
Q("dev", "payment failure rate rn?", "latest_kpi", ["kpi~payment_failure_rate"], [v[-1]])
v = kpi("supporter_care_wait_time_s")
Q("dev", "supporter care wait time atm", "latest_kpi", ["kpi~supporter_care_wait_time"], [v[-1]])
v = kpi("gift_aid_declaration_rate")
Q("held", "gift aid declaration rate latest?", "latest_kpi", ["kpi~gift_aid_declaration_rate"], [v[-1]])
v = kpi("regular_giving_churn_rate")
Q("held", "whats rg churn at now", "latest_kpi", ["kpi~regular_giving_churn_rate"], [v[-1]])

# kpi_change
v = kpi("donation_form_conversion_rate")
Q("dev", "how much has donation form conversion dropped in the last 3 weeks", "kpi_change",
  ["kpi~donation_form_conversion_rate"], [round(v[8] - v[11], 1)])
F["conv_change"] = (v[8], v[11])
v = kpi("thank_you_email_time_hours")
Q("dev", "thank you email time since sept - how much has it improved?", "kpi_change",
  ["kpi~thank_you_email_time_hours"], [v[0], v[-1]])
v = kpi("supporter_care_wait_time_s")
Q("held", "how much has the care line wait time gone up since w/c 5 oct", "kpi_change",
  ["kpi~supporter_care_wait_time"], [v[-1] - v[4]])  # week of 5 Oct = index 4
F["wait_change"] = (v[4], v[-1])
v = kpi("nps", J2["name"])
Q("held", "regular giving nps change over the quarter?", "kpi_change", ["kpi~nps"], [v[0] - v[-1]])

# kpi_window
v = kpi("supporter_care_wait_time_s")
avg4 = sum(v[-4:]) / 4
Q("dev", "avg supporter care wait time over last 4 weeks?", "kpi_window", ["kpi~supporter_care_wait_time"],
  [rnd(avg4)])
F["wait_avg4"] = avg4
v = kpi("payment_failure_rate")
v = kpi("payment_failure_rate")
avg3 = sum(v[-3:]) / 3
Q("dev", "avg payment failure rate last 3 wks?", "kpi_window", ["kpi~payment_failure_rate"], [rnd(avg3, 1)])
F["pf_avg3"] = avg3
v = kpi("welcome_call_contact_rate")
avg6 = sum(v[-6:]) / 6
Q("held", "welcome call contact rate avg over the last 6 wks", "kpi_window",
  ["kpi~welcome_call_contact_rate"], [rnd(avg6, 1)])
F["welcome_avg6"] = avg6

# comparison
a, b = kpi("nps", J1["name"])[-1], kpi("nps", J2["name"])[-1]
Q("dev", "nps one off vs regular giving latest", "comparison", ["kpi~nps"], [a, b])
n1 = nps_of(at(rows1, tp="Card payment page"))[0]
n2 = nps_of(at(rows1, tp="Apple Pay and Google Pay"))[0]
Q("dev", "card payment vs apple pay - which do donors score better (nps from comments)?", "comparison",
  [tp_id("Card payment page"), tp_id("Apple Pay and Google Pay"), "comment~apple pay"], [n1, n2])
F["cmp_card_apple"] = (n1, n2)
c1 = csat_of(at(rows2, tp="Cancellation call"))[0]
c2 = csat_of(at(rows2, tp="Pause giving option"))[0]
Q("held", "cancel call vs pause option csat (% 4-5)?", "comparison",
  [tp_id("Cancellation call"), tp_id("Pause giving option")], [c1, c2])
v1, v2 = kpi("gift_aid_declaration_rate"), kpi("donation_form_conversion_rate")
Q("held", "is gift aid declaration rate further off target than donation form conversion?", "comparison",
  ["kpi~gift_aid_declaration_rate", "kpi~donation_form_conversion_rate"],
  [round(65 - v1[-1], 1), round(24 - v2[-1], 1)])

# ranking
top1 = neg_by_tp1.most_common(3)
Q("dev", "which one off touchpoints get the most complaints", "ranking",
  [tp_id(top1[0][0]), tp_id(top1[1][0])], [])
top2 = neg_by_tp2.most_common(3)
Q("held", "top 3 most complained about things in regular giving since sept?", "ranking",
  [tp_id(top2[0][0]), tp_id(top2[1][0])], [])
F["rank"] = (top1, top2)

# segment
seg5 = [r for r in rows2 if r["segment"] == "over 5 years" and r["sent"] == "neg"]
segtop = Counter(r["touchpoint"] for r in seg5).most_common(2)
Q("dev", "what are long standing supporters (5+ yrs) unhappy about?", "segment",
  [tp_id("Upgrade ask call"), tp_id(segtop[0][0]), "comment~increase"], [])
F["seg5"] = segtop
ep = nps_of(at(rows1, seg="event participant"))
Q("held", "nps among event participants from the survey", "segment",
  [st_id(J1, "Event fundraising"), tp_id("Race day cheer points"), "comment~cheer", "comment~vest",
   "comment~paying in"], [ep[0]])
F["seg_event"] = ep
seg_new = [r for r in rows2 if r["segment"] == "under 1 year" and r["sent"] == "neg"]
segtop_new = Counter(r["touchpoint"] for r in seg_new).most_common(2)
Q("held", "what do newer monthly givers (under a year) complain about", "segment",
  [tp_id(segtop_new[0][0]), tp_id(segtop_new[1][0]), "comment~street"], [])
F["seg_new"] = segtop_new

# derived_score
d1 = nps_of(at(rows1, tp="Gift Aid tick box"))
Q("dev", "nps for the gift aid tick box from the survey scores", "derived_score",
  [tp_id("Gift Aid tick box"), "comment~gift aid"], [d1[0]])
d2 = csat_of(at(rows2, tp="Welcome call"))
Q("dev", "csat on the welcome call? share of 4s and 5s", "derived_score",
  [tp_id("Welcome call"), "comment~welcome call"], [d2[0]])
d3 = nps_of(at(rows1, tp="Family thank-you video"))
Q("held", "whats the nps for the family thank you vid", "derived_score",
  [tp_id("Family thank-you video"), "comment~video"], [d3[0]])
d4 = csat_of(at(rows2, tp="Supporter care phone line"))
Q("held", "csat for the supporter care line (% rating 4 or 5)", "derived_score",
  [tp_id("Supporter care phone line"), "comment~hold"], [d4[0]])
F["derived"] = (d1, d2, d3, d4)

# themes
Q("dev", "reccuring themes in the regular giving comments?", "themes",
  ["comment~hold", "comment~cancel", "comment~street", tp_id("Supporter care phone line"),
   tp_id("Cancellation call")], [])
Q("dev", "what comes up again and again about events", "themes",
  [st_id(J1, "Event fundraising"), "comment~vest", "comment~paying in", "comment~cheer"], [])
Q("held", "common themes in one-off donor feedback", "themes",
  ["comment~gift aid", "comment~letters", "comment~postcode", tp_id("Gift Aid tick box"),
   tp_id("Follow-up mailings")], [])
Q("held", "themes in comments about the thank you + impact stage", "themes",
  [st_id(J1, "Thank you and impact"), "comment~video", "comment~letters", "comment~thank you"], [])

# praise
Q("dev", "what do people love about the thank you stuff?", "praise",
  [tp_id("Family thank-you video"), "comment~video"], [])
Q("held", "what do monthly givers actually like", "praise",
  [tp_id("Welcome call"), tp_id("Pause giving option"), tp_id("Monthly impact email"), "comment~welcome call",
   "comment~pause"], [])

# emerging
Q("dev", "anything new going wrong on the donation form in the last 3 weeks?", "emerging",
  [tp_id("Apple Pay and Google Pay"), "comment~apple pay"], [])
Q("dev", "new issues w/ sponsorship pages since nov?", "emerging",
  [tp_id("Sponsorship page on GiveTrack"), "comment~total"], [len(gt)])
Q("held", "any new problems in rg the last couple of weeks", "emerging",
  [tp_id("Direct Debit collection"), "comment~twice"], [])
Q("held", "how many comments about apple pay failing since 9 nov", "emerging",
  [tp_id("Apple Pay and Google Pay"), "comment~apple pay"], [len(ap)])
F["emerging"] = (len(ap), len(tw), len(gt))

# priority
Q("dev", "if we could fix one thing in regular giving first what should it be", "priority",
  [tp_id("Cancellation call"), tp_id("Supporter care phone line"), tp_id("Direct Debit collection"),
   "kpi~supporter_care_wait_time", "kpi~regular_giving_churn_rate"], [])
Q("held", "what to fix first on the one-off donation journey?", "priority",
  [tp_id("Apple Pay and Google Pay"), tp_id("Gift Aid tick box"), "kpi~payment_failure_rate",
   "kpi~donation_form_conversion_rate", tp_id("Follow-up mailings")], [])

# paraphrase
Q("dev", "the bit where ppl get a little film from a family after giving - how's it landing?", "paraphrase",
  [tp_id("Family thank-you video"), "comment~video"], [])
Q("dev", "feedback on the people with clipboards outside stations signing folk up", "paraphrase",
  [tp_id("Street fundraiser conversation"), "comment~street"], [])
Q("held", "how are people finding the volunteers shouting them on along the 10k route", "paraphrase",
  [tp_id("Race day cheer points"), "comment~cheer"], [])
Q("held", "what do ppl say about the option to take a break from their monthly gift instead of stopping",
  "paraphrase", [tp_id("Pause giving option"), "comment~pause"], [])

# abstain
for half, qs in (("dev", [
    "whats the conversion rate on our legacy giving journey?",
    "what nps does cancer research uk get for regular giving",
    "what's the gift aid declaration target for 2027",
    "how much did the winter appeal raise in total £ this year",
    "avg salary for a street fundraiser at stride?",
    "what do corporate partners say about payroll giving",
]), ("held", [
    "churn rate for our lottery players atm?",
    "how does our donation form conversion compare to the british heart foundation",
    "forecast for regular giving churn next year?",
    "whats our fundraising cost per pound raised / income this quarter",
    "how many people work in supporter care rn",
    "what are major donors saying about the impact updates",
])):
    for q in qs:
        Q(half, q, "abstain", abstain=True)


def dump(path, qs):
    with open(path, "w") as f:
        yaml.safe_dump({"questions": qs}, f, sort_keys=False, allow_unicode=True, width=200)


dump(os.path.join(ROOT, "dev.yaml"), q_dev)
dump(os.path.join(ROOT, "heldout.yaml"), q_held)
print("dev", len(q_dev), Counter(q["kind"] for q in q_dev))
print("held", len(q_held), Counter(q["kind"] for q in q_held))
for k, v in F.items():
    print(k, v)
