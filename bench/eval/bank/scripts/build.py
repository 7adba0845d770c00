"""Assemble the bank base's comment and KPI CSVs from hand-written data lists.
Run: python3 scripts/build.py  (from /work/blind/bank). Deterministic."""
import csv, datetime as dt, os

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
K = os.path.join(BASE, "knowledge")
MONDAYS = [dt.date(2026, 9, 14) + dt.timedelta(weeks=i) for i in range(12)]  # W1..W12, last = 2026-11-30

def day(week, i):
    if week == 12:
        return MONDAYS[11]           # keep the last week on its Monday (nothing after 2026-11-30)
    return MONDAYS[week - 1] + dt.timedelta(days=(i * 3) % 5)

# ---------------- current account comments (canonical columns, NPS 0-10) ----------------
A, I, F, S = "Apply", "Identity check", "First card", "App setup"
PCP, EC, OAF, BAB = "Product comparison page", "Eligibility checker", "Online application form", "Branch appointment booking"
SIU, AV, CRC, MRQ = "Selfie and ID upload", "Address verification", "Credit reference check", "Manual review queue"
VC, CD, CAC, PD = "Virtual card", "Card dispatch", "Card activation", "PIN delivery"
ADL, BS, WE, ASS, DDS = "App download and login", "Biometric setup", "Welcome email", "Account switching service", "Direct debit setup"
CHAN = {PCP: "web", EC: "web", OAF: "web", BAB: "branch", SIU: "app", AV: "web", CRC: "web", MRQ: "email",
        VC: "app", CD: "post", CAC: "app", PD: "post", ADL: "app", BS: "app", WE: "email", ASS: "web", DDS: "app"}
ST, NB, EX, SW = "student", "new to bank", "existing customer", "switcher"

CA = [
 (1,A,PCP,6,NB,"couldnt tell which account has no monthly fee, the table is confusing"),
 (2,A,PCP,7,EX,"comparison page ok but why is the student account hidden under 'more'"),
 (3,A,PCP,5,ST,"what's the diffrence between classic and plus?? page doesnt say"),
 (5,A,PCP,8,SW,"clear enough, picked the one with the switch offer"),
 (7,A,PCP,4,NB,"fees buried in small print. felt sneaky"),
 (9,A,PCP,6,ST,"student overdraft info on the compare page is out of date"),
 (11,A,PCP,7,EX,"fine"),
 (1,A,EC,9,SW,"eligibility check was quick and didnt affect my credit score, nice"),
 (3,A,EC,8,NB,"soft check took 1 min"),
 (4,A,EC,3,ST,"eligibility checker said yes then the application said no?"),
 (6,A,EC,9,EX,"quick"),
 (8,A,EC,7,ST,"ok"),
 (10,A,EC,2,NB,"checker says im not eligible because ive only been in the UK 8 months, no explanation"),
 (1,A,OAF,5,SW,"form timed out when I went to find my old sort code, had to start again"),
 (2,A,OAF,4,NB,"asks for 3 yrs address history, I moved here last year and theres no option for an overseas address"),
 (2,A,OAF,8,EX,"prefilled most of my details as I already have a savings acct, good"),
 (3,A,OAF,6,ST,"too many questions about income when im a student lol"),
 (4,A,OAF,3,SW,"session expired x2. lost everything"),
 (5,A,OAF,9,EX,"took 5 minutes tops"),
 (6,A,OAF,7,ST,"fine but the employer field is mandatory?? i dont have one"),
 (7,A,OAF,5,NB,"address lookup couldnt find my flat"),
 (8,A,OAF,8,SW,"smooth"),
 (9,A,OAF,6,NB,"form ok, timed out once"),
 (10,A,OAF,9,EX,"really easy application"),
 (11,A,OAF,4,ST,"nationality dropdown doesnt scroll on iphone"),
 (12,A,OAF,7,SW,"quicker than my last bank"),
 (2,A,BAB,3,EX,"tried to book a branch appt to open an account, next slot 3 weeks away"),
 (4,A,BAB,2,NB,"branch told me to do it online, online told me to go to branch"),
 (6,A,BAB,7,EX,"staff in the branch were lovely once I got a slot"),
 (9,A,BAB,3,NB,"no slots at my branch at all this month"),
 (11,A,BAB,5,EX,"appointment booking page wont let me pick a saturday"),
 # identity check: fine until the new verification vendor went live w/c 2 Nov (W8)
 (1,I,SIU,8,EX,"selfie thing worked first time"),
 (2,I,SIU,7,SW,"took 2 goes with the passport photo but fine"),
 (3,I,SIU,9,ST,"id check was super quick, like 2 mins"),
 (4,I,SIU,6,NB,"had to retake my driving licence photo because of glare"),
 (5,I,SIU,8,SW,"easy selfie check"),
 (6,I,SIU,9,EX,"impressed how fast the ID verification was"),
 (7,I,SIU,7,ST,"ok"),
 (8,I,SIU,2,NB,"selfie rejected 4 times. lighting is fine. what does it want??"),
 (8,I,SIU,1,SW,"new verification screen just spins forever on android"),
 (8,I,SIU,3,ST,"it keeps saying my passport photo is blurry, its not"),
 (9,I,SIU,0,SW,"SELFIE CHECK BROKEN. gave up and went to another bank"),
 (9,I,SIU,2,EX,"had to do the selfie 6 times, then it sent me to manual review anyway"),
 (9,I,SIU,4,NB,"'face not matched' on my own face lol"),
 (9,I,SIU,1,ST,"cant get past the id step, brp card not accepted"),
 (10,I,SIU,0,NB,"the new id check is awful, rejected my passport three times"),
 (10,I,SIU,3,SW,"selfie kept failing, app crashed on the liveness bit"),
 (10,I,SIU,2,ST,"id upload fails on my phone evry time"),
 (10,I,SIU,5,EX,"worked on the 3rd attempt. used to be easy"),
 (11,I,SIU,1,SW,"liveness check asks me to turn my head then times out"),
 (11,I,SIU,2,NB,"selfie rejected again and again, no human to talk to"),
 (11,I,SIU,6,EX,"bit fiddly, needed good light"),
 (12,I,SIU,1,ST,"rejected selfie x5. ridiculous"),
 (12,I,SIU,3,NB,"id verification keeps failing, says document not readable"),
 (12,I,SIU,None,SW,"selfie"),
 (1,I,AV,4,ST,"I live in halls, no utility bill, couldnt verify my address"),
 (2,I,AV,6,NB,"had to upload a tenancy agreement, took a while"),
 (3,I,AV,3,ST,"proof of address impossible as a student. uni letter not accepted"),
 (5,I,AV,8,EX,"address check was automatic, didnt have to do anything"),
 (6,I,AV,2,ST,"address verification failed because my bank statements go to my parents house"),
 (7,I,AV,5,NB,"new to the uk so no address history, had to post documents"),
 (9,I,AV,3,ST,"halls address not recognised. again"),
 (10,I,AV,7,SW,"fine"),
 (12,I,AV,4,ST,"uni enrolment letter still not accepted as proof of address??"),
 (2,I,CRC,2,NB,"declined because I have no uk credit file, not my fault"),
 (4,I,CRC,7,SW,"credit check was fine"),
 (7,I,CRC,3,NB,"rejected with no reason given"),
 (10,I,CRC,5,ST,"why does a basic account need a credit check"),
 (12,I,CRC,6,EX,"ok"),
 (3,I,MRQ,5,NB,"was put in manual review, took 2 days, ok I guess"),
 (6,I,MRQ,6,SW,"manual check took a day, email kept me updated"),
 (8,I,MRQ,2,NB,"application 'under review' for 5 days now"),
 (9,I,MRQ,1,SW,"stuck in manual review for a week, my salary goes in friday!!"),
 (9,I,MRQ,0,EX,"under review. no updates. no phone number."),
 (10,I,MRQ,2,ST,"waiting 8 days for someone to look at my id"),
 (10,I,MRQ,1,NB,"manual review queue is a black hole"),
 (11,I,MRQ,3,SW,"took 9 days to approve, switch date had to be moved"),
 (11,I,MRQ,0,NB,"still under review after 2 weeks. cancelling"),
 (12,I,MRQ,2,EX,"review email says 48 hours, its been 6 days"),
 (9,I,"",3,SW,"the identity bit used to take minutes now it takes forever"),
 (11,I,"",2,NB,"id checks are a nightmare rn"),
 # first card: virtual card + tracked courier from w/c 12 Oct (W5)
 (3,F,VC,4,ST,"why is there no virtual card, every other bank has one"),
 (5,F,VC,10,SW,"got a virtual card straight away and added it to apple pay, amazing"),
 (6,F,VC,9,ST,"virtual card instantly = could buy my train ticket same day"),
 (6,F,VC,10,EX,"love the instant card"),
 (7,F,VC,9,NB,"virtual card in the app before the plastic one arrived, great idea"),
 (8,F,VC,8,SW,"virtual card good, google pay setup bit clunky"),
 (9,F,VC,10,ST,"instant virtual card is the best thing about this bank"),
 (10,F,VC,9,EX,"used my virtual card within 10 mins of opening"),
 (11,F,VC,7,NB,"virtual card works but cant withdraw cash obviously"),
 (12,F,VC,10,SW,"virtual card + apple pay, didnt even need the physical card"),
 (1,F,CD,2,SW,"card took 10 days to arrive"),
 (1,F,CD,3,NB,"card never came, had to order another"),
 (2,F,CD,4,ST,"card took over a week"),
 (3,F,CD,1,SW,"9 working days for a debit card in 2026?"),
 (3,F,CD,5,EX,"card arrived eventually"),
 (4,F,CD,2,NB,"card lost in the post, replacement took another week"),
 (4,F,CD,6,ST,"card came in 6 days"),
 (5,F,CD,9,SW,"card arrived in 2 days!"),
 (6,F,CD,8,NB,"card arrived next day with tracking, nice"),
 (7,F,CD,9,EX,"super quick card delivery"),
 (8,F,CD,10,ST,"tracked delivery is great, knew exactly when it was coming"),
 (9,F,CD,8,SW,"card came in 3 days"),
 (10,F,CD,9,NB,"delivery was fast"),
 (11,F,CD,7,EX,"card fine, envelope screams 'bank card' tho"),
 (12,F,CD,9,ST,"quick"),
 (1,F,CAC,4,EX,"had to call to activate the card, 20 min wait"),
 (2,F,CAC,5,SW,"activation needed a chip and pin payment, couldnt use contactless for days"),
 (4,F,CAC,3,ST,"activation code letter came after the card"),
 (6,F,CAC,8,NB,"activate in app, easy"),
 (8,F,CAC,9,SW,"tap to activate in the app, done"),
 (10,F,CAC,8,ST,"activation fine"),
 (12,F,CAC,7,EX,"ok"),
 (2,F,PD,3,NB,"pin letter arrived a week after the card"),
 (5,F,PD,4,ST,"pin never arrived, had to view it in app which I didnt know existed"),
 (8,F,PD,7,EX,"why still post the pin separately?"),
 (11,F,PD,5,SW,"pin letter took ages but i found view pin in the app"),
 (1,S,ADL,3,NB,"activation sms code never arrived"),
 (2,S,ADL,8,EX,"app is nice and clean"),
 (3,S,ADL,4,SW,"sms code took 15 mins, then expired"),
 (4,S,ADL,9,ST,"love the app design"),
 (5,S,ADL,3,NB,"cant log in, says device not registered"),
 (6,S,ADL,7,SW,"login fine after the sms finally came"),
 (7,S,ADL,2,NB,"code never came to my non uk number"),
 (8,S,ADL,9,EX,"app works great"),
 (9,S,ADL,4,ST,"sms code again. 3 tries"),
 (10,S,ADL,8,SW,"app is really good actually"),
 (11,S,ADL,3,NB,"locked out after entering the sms code wrong once"),
 (12,S,ADL,8,ST,"app slick"),
 (2,S,BS,9,ST,"face id login set up in seconds"),
 (5,S,BS,8,EX,"fingerprint login works well"),
 (8,S,BS,5,SW,"face id keeps turning itself off after updates"),
 (11,S,BS,9,NB,"biometrics easy"),
 (1,S,WE,6,SW,"welcome email full of marketing"),
 (4,S,WE,5,NB,"welcome email had a broken link to the app store"),
 (7,S,WE,7,EX,"useful welcome email"),
 (10,S,WE,4,ST,"too many emails in the first week"),
 (1,S,ASS,9,SW,"switch was seamless, all my direct debits moved"),
 (2,S,ASS,10,SW,"7 day switch worked exactly as promised"),
 (4,S,ASS,3,SW,"my gym direct debit didnt move and they charged me a fee"),
 (5,S,ASS,9,SW,"switching was painless, got the £175 bonus"),
 (7,S,ASS,8,SW,"switch went through on day 7"),
 (9,S,ASS,4,SW,"switch date moved because my account was under review"),
 (10,S,ASS,9,SW,"switching service brilliant"),
 (11,S,ASS,2,SW,"switch delayed a week due to id checks, missed my rent"),
 (12,S,ASS,8,SW,"bonus paid quickly"),
 (3,S,DDS,6,EX,"setting up a DD in the app is hidden under payments > more > ..."),
 (6,S,DDS,5,NB,"couldnt find where to add a direct debit"),
 (9,S,DDS,7,ST,"dd setup ok"),
 (12,S,DDS,6,SW,"standing orders and DDs in different places, confusing"),
 # off-topic / empty-ish
 (2,"","",None,EX,"n/a"),
 (3,"","",5,"","."),
 (4,"","",None,ST,"can you bring back the branch on the high street please"),
 (5,"","",8,EX,"no comment"),
 (6,"","",None,"","-"),
 (7,"","",7,NB,"is the savings rate going up?"),
 (8,"","",None,SW,"n/a"),
 (9,"","",6,EX,"your mortgage rates are too high"),
 (10,"","",None,"","?"),
 (11,"","",9,ST,"all good thanks"),
 (12,"","",None,EX,"nothing to add"),
 (12,"","",3,NB,"the hold music is terrible"),
]

# ---------------- mortgage comments (vendor export, CSAT 1-5) ----------------
P, FA, V, MO, C = "Agreement in principle", "Full application", "Valuation", "Mortgage offer", "Completion"
MC, AOF, MAC, BP = "Mortgage calculator", "AIP online form", "Mortgage adviser call", "Broker portal"
DU, AA, AT = "Document upload", "Affordability assessment", "Application tracker"
VB, SV, DVN = "Valuation booking", "Surveyor visit", "Down-valuation notice"
UQ, OL, RL = "Underwriter queries", "Offer letter", "Rate lock"
SU, FR, WP, FPR = "Solicitor updates", "Funds release", "Welcome pack", "First payment reminder"
MCHAN = {MC: "Web", AOF: "Web", MAC: "Telephone", BP: "Web", DU: "Web", AA: "Telephone", AT: "App",
         VB: "Telephone", SV: "In person", DVN: "Email", UQ: "Email", OL: "Email", RL: "Web",
         SU: "Email", FR: "Web", WP: "Post", FPR: "Email"}
FTB, RM, HM, BTL, BR = "First-time buyer", "Remortgage", "Home mover", "Buy-to-let", "Broker"

MG = [
 (1,P,MC,2,FTB,"calculator said 300k, the AIP said 240k. why have a calculator"),
 (3,P,MC,3,HM,"calculator doesnt let you add a second applicants income properly"),
 (5,P,MC,4,FTB,"handy for a rough idea"),
 (8,P,MC,2,FTB,"calculator numbers way off what I was actually offered"),
 (11,P,MC,3,RM,"calculator still shows the old rates"),
 (1,P,AOF,5,FTB,"got my AIP in 10 minutes, estate agent was happy"),
 (2,P,AOF,4,HM,"quick aip"),
 (4,P,AOF,5,FTB,"AIP certificate instantly as a pdf, great"),
 (6,P,AOF,3,BTL,"aip form doesnt handle rental income well"),
 (7,P,AOF,5,RM,"easy"),
 (9,P,AOF,4,FTB,"decision in principle was fast, the rest not so much"),
 (11,P,AOF,5,HM,"AIP done over lunch"),
 (12,P,AOF,4,FTB,"aip simple enough"),
 (1,P,MAC,1,FTB,"on hold 45 mins to speak to an adviser"),
 (2,P,MAC,2,HM,"adviser call got cut off after waiting 30 mins"),
 (3,P,MAC,2,RM,"waited ages for an adviser, my rate nearly expired"),
 (4,P,MAC,4,FTB,"adviser was great once I got through"),
 (5,P,MAC,2,BTL,"long wait for mortgage advice"),
 (6,P,MAC,5,FTB,"booked a callback and the adviser rang within the hour, brilliant"),
 (7,P,MAC,5,HM,"adviser explained everything, callback bang on time"),
 (8,P,MAC,4,RM,"callback slot easy to book"),
 (9,P,MAC,5,FTB,"adviser Sarah was amazing, really patient with all my questions"),
 (10,P,MAC,5,HM,"callback was spot on"),
 (12,P,MAC,4,RM,"good advice, no pressure"),
 (2,P,BP,2,BR,"portal logs me out every 10 mins"),
 (4,P,BP,3,BR,"case notes disappear after saving"),
 (6,P,BP,2,BR,"cant upload docs over 5mb via the broker portal"),
 (9,P,BP,3,BR,"portal ok but no status on valuations"),
 (11,P,BP,1,BR,"valuation delays are killing my cases and the portal shows nothing"),
 (12,P,BP,2,BR,"timed out again"),
 (2,FA,DU,2,FTB,"upload keeps failing for my pdf payslips"),
 (3,FA,DU,3,HM,"asked for the same bank statements twice"),
 (4,FA,DU,2,BTL,"5mb limit, my tenancy pack is 12mb"),
 (5,FA,DU,4,RM,"upload worked fine"),
 (7,FA,DU,2,FTB,"asked for payslips again after I'd uploaded them"),
 (8,FA,DU,3,FTB,"no confirmation the docs were recieved"),
 (10,FA,DU,4,HM,"doc upload ok"),
 (12,FA,DU,2,FTB,"uploaded 3 times, still says 'missing documents'"),
 (2,FA,AA,2,FTB,"asked about every netflix and spotify sub, felt judged"),
 (4,FA,AA,4,HM,"affordability questions were fair but long"),
 (6,FA,AA,2,FTB,"didnt understand half the terms, what is 'committed expenditure'"),
 (8,FA,AA,4,RM,"assessment reasonable"),
 (10,FA,AA,2,FTB,"affordability jargon everywhere"),
 (12,FA,AA,3,BTL,"stress test on rental income confusing"),
 (1,FA,AT,2,HM,"tracker said 'in progress' for 2 weeks"),
 (3,FA,AT,3,FTB,"tracker useless, just rang instead"),
 (5,FA,AT,4,RM,"like being able to see progress in the app"),
 (8,FA,AT,2,FTB,"tracker stuck on 'valuation' forever"),
 (10,FA,AT,2,HM,"tracker hasnt changed in 10 days"),
 (12,FA,AT,1,FTB,"tracker says valuation booked, surveyor says it isnt"),
 # valuation: surveyor panel backlog from late October (W7)
 (1,V,VB,4,HM,"valuation booked within 3 days"),
 (2,V,VB,5,FTB,"easy to book the valuation"),
 (4,V,VB,4,RM,"valuation sorted quickly"),
 (5,V,VB,4,BTL,"ok"),
 (7,V,VB,2,FTB,"no surveyor available for 2 weeks"),
 (8,V,VB,1,FTB,"valuation cancelled twice, seller threatening to pull out"),
 (8,V,VB,2,HM,"waiting 3 weeks for a valuation slot"),
 (9,V,VB,1,FTB,"still no valuation date. chain is collapsing"),
 (9,V,VB,2,RM,"valuation delay means my fixed rate ends before the offer"),
 (10,V,VB,1,HM,"valuation rebooked for the third time"),
 (10,V,VB,2,BTL,"surveyor backlog, 4 weeks"),
 (11,V,VB,1,FTB,"nobody can tell me when the valuation will happen"),
 (11,V,VB,2,RM,"why does a remortgage even need a physical valuation"),
 (12,V,VB,1,FTB,"valuation still not booked, 5 weeks in"),
 (12,V,VB,2,HM,"valuation delays are a joke"),
 (2,V,SV,5,FTB,"surveyor was friendly and quick"),
 (3,V,SV,3,HM,"fine"),
 (6,V,SV,3,BTL,"surveyor 2 hours late"),
 (9,V,SV,2,FTB,"surveyor didnt turn up"),
 (11,V,SV,2,HM,"surveyor came, 10 mins, then no report for a week"),
 (12,V,SV,3,FTB,"visit ok once it finally happened"),
 (3,V,DVN,1,FTB,"down valued by 15k with no explanation"),
 (7,V,DVN,2,HM,"down valuation letter is just a number, no comparables"),
 (10,V,DVN,1,FTB,"down valuation, had to renegotiate, nobody called me"),
 (12,V,DVN,2,BTL,"valuation came in low, no way to challenge it"),
 # offer: automated offers from October
 (2,MO,UQ,2,HM,"underwriter asked the same question 3 times"),
 (5,MO,UQ,3,FTB,"queries came one at a time over 2 weeks"),
 (8,MO,UQ,4,RM,"underwriter questions were clear"),
 (11,MO,UQ,4,FTB,"one round of queries, done"),
 (1,MO,OL,2,FTB,"offer took 4 weeks after valuation"),
 (3,MO,OL,2,HM,"offer letter had my name spelt wrong"),
 (5,MO,OL,3,RM,"offer ok but slow"),
 (7,MO,OL,4,FTB,"offer came faster than expected"),
 (9,MO,OL,5,RM,"offer issued 2 days after valuation, impressed"),
 (10,MO,OL,5,HM,"offer letter clear and quick"),
 (12,MO,OL,4,FTB,"offer quick once the valuation finally happened"),
 (3,MO,RL,4,RM,"good that i could lock the rate"),
 (6,MO,RL,3,HM,"rate lock only 3 months, not enough"),
 (10,MO,RL,2,RM,"rate lock expired because of the valuation delay"),
 (12,MO,RL,2,RM,"had to reapply at a higher rate after the lock expired"),
 (2,C,SU,2,FTB,"my solicitor says the bank never replies"),
 (5,C,SU,3,HM,"no updates to the solicitor, had to chase myself"),
 (9,C,SU,2,FTB,"completion date moved, solicitor got no notice"),
 (11,C,SU,2,HM,"solicitor waiting on you for a week"),
 (1,C,FR,5,FTB,"funds released on time, got the keys at 1pm"),
 (4,C,FR,5,HM,"completion day was smooth"),
 (6,C,FR,4,RM,"funds arrived as planned"),
 (10,C,FR,2,HM,"completion pushed back because of the valuation mess"),
 (12,C,FR,3,FTB,"completed a week late"),
 (3,C,WP,4,FTB,"nice welcome pack, bit of a waste of paper tho"),
 (8,C,WP,3,HM,"welcome pack arrived after the first payment"),
 (4,C,FPR,2,FTB,"first payment was double, nobody explained why"),
 (7,C,FPR,3,RM,"first payment date confusing"),
 (11,C,FPR,4,HM,"reminder email useful"),
 (2,"","",None,FTB,"n/a"),
 (5,"","",3,HM,"."),
 (6,"","",None,RM,"my current account app keeps logging me out"),
 (8,"","",4,BTL,"no comments"),
 (10,"","",None,"","-"),
 (11,"","",5,FTB,"thanks!"),
 (12,"","",None,HM,"your adverts on tv are annoying"),
]

def ca_rows():
    out = []
    for n, (w, st, tp, sc, seg, text) in enumerate(CA, 1):
        out.append({"id": f"ca-{n:03d}", "date": day(w, n).isoformat(),
                    "journey": "Current account opening", "stage": st, "touchpoint": tp,
                    "channel": CHAN.get(tp, ""), "score": "" if sc is None else sc, "score_type": "nps",
                    "segment": seg, "comment": text, "_week": w})
    return out

def mg_rows():
    out = []
    for n, (w, st, tp, sc, seg, text) in enumerate(MG, 1):
        d = day(w, n)
        hh = 8 + (n * 7) % 12
        mm = (n * 13) % 60
        out.append({"ResponseID": f"R_{48210 + n * 7}", "Submitted": f"{d:%d/%m/%Y} {hh:02d}:{mm:02d}",
                    "Product": "Mortgage application", "Journey Step": st, "Interaction": tp,
                    "Contact Channel": MCHAN.get(tp, ""), "Overall Satisfaction": "" if sc is None else sc,
                    "Metric": "csat", "Customer Type": seg,
                    "Region": ["North", "Midlands", "London", "South East", "Scotland", "Wales"][n % 6],
                    "Verbatim Feedback": text, "_week": w, "_date": d})
    return out

# ---------------- KPIs (weekly, dated by Monday) ----------------
J1, J2 = "Current account opening", "Mortgage application"
KPIS = [
 # journey, stage, touchpoint, metric, unit, target, higher_is_better, 12 weekly values W1..W12
 (J1, "", "", "nps", "score", 40, "true", [38,39,37,40,41,42,43,36,31,28,27,29]),
 (J1, A, OAF, "application_completion_rate", "%", 75, "true", [68.2,69.0,68.5,70.1,70.4,71.2,71.8,72.0,71.5,72.3,72.9,73.4]),
 (J1, I, SIU, "id_verification_pass_rate", "%", 90, "true", [88.4,89.1,88.7,89.5,88.9,89.8,90.2,79.6,74.3,71.8,72.5,73.1]),
 (J1, I, MRQ, "manual_review_queue", "count", 150, "false", [140,132,151,138,129,135,127,310,482,655,610,574]),
 (J1, F, CD, "card_delivery_days", "days", 4, "false", [6.4,6.6,6.3,6.5,4.1,3.6,3.4,3.3,3.2,3.1,3.3,3.2]),
 (J1, F, CAC, "card_activation_rate", "%", 75, "true", [61.0,60.4,62.2,61.7,68.9,72.4,74.8,76.1,77.0,77.9,78.3,78.6]),
 (J1, S, ADL, "app_activation_rate", "%", 80, "true", [74.2,74.8,75.1,74.6,75.3,75.9,76.2,75.8,76.4,76.1,76.9,77.2]),
 (J1, "", "", "drop_off_rate", "%", 20, "false", [24.1,23.8,24.4,23.5,23.0,22.6,22.1,26.9,30.2,32.4,31.8,31.1]),
 (J2, "", "", "nps", "score", 30, "true", [27,29,28,30,31,29,26,22,19,17,18,16]),
 (J2, P, AOF, "aip_approval_rate", "%", 80, "true", [78.5,79.1,78.8,79.4,80.2,79.9,80.5,80.1,80.8,81.2,80.9,81.4]),
 (J2, P, MAC, "adviser_call_wait_time", "s", 240, "false", [420,445,410,395,380,300,260,215,190,185,180,175]),
 (J2, V, SV, "valuation_turnaround_days", "days", 7, "false", [6.2,6.0,6.5,6.3,6.1,6.4,7.8,9.6,11.2,12.5,13.1,13.4]),
 (J2, MO, OL, "offer_turnaround_days", "days", 18, "false", [21.5,21.0,20.6,20.2,19.5,19.1,18.4,17.9,17.5,17.2,16.8,16.5]),
 (J2, C, FR, "completion_on_time_rate", "%", 85, "true", [83.2,84.0,82.7,83.5,84.1,83.8,84.4,82.9,80.6,78.3,77.9,76.5]),
 (J2, "", "", "drop_off_rate", "%", 15, "false", [14.2,14.6,13.9,14.1,13.8,14.0,15.3,17.1,18.6,19.4,19.9,20.3]),
]

def main():
    ca = ca_rows()
    cols = ["id", "date", "journey", "stage", "touchpoint", "channel", "score", "score_type", "segment", "comment"]
    with open(os.path.join(K, "comments", "current-account-survey.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore"); w.writeheader(); w.writerows(ca)
    mg = mg_rows()
    cols = ["ResponseID", "Submitted", "Product", "Journey Step", "Interaction", "Contact Channel",
            "Overall Satisfaction", "Metric", "Customer Type", "Region", "Verbatim Feedback"]
    with open(os.path.join(K, "comments", "mortgage_feedback_export.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore"); w.writeheader(); w.writerows(mg)
    cols = ["date", "journey", "stage", "touchpoint", "metric", "value", "unit", "target", "higher_is_better"]
    for fname, j in (("current-account-weekly.csv", J1), ("mortgage-weekly.csv", J2)):
        rows = []
        for (jj, st, tp, m, unit, tgt, hib, vals) in KPIS:
            if jj != j:
                continue
            for d, v in zip(MONDAYS, vals):
                val = f"{v}%" if (unit == "%" and j == J2) else v   # mortgage file writes percents as "80.1%"
                rows.append({"date": d.isoformat(), "journey": jj, "stage": st, "touchpoint": tp, "metric": m,
                             "value": val, "unit": unit, "target": tgt, "higher_is_better": hib})
        with open(os.path.join(K, "kpis", fname), "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols); w.writeheader(); w.writerows(rows)
    print("comments", len(ca), len(mg), "kpi rows", sum(len(k[-1]) for k in KPIS))

if __name__ == "__main__":
    main()
