"""Generates knowledge/comments/citizen_survey_responses.csv (deterministic, seed fixed)."""
import csv, random, datetime as dt, os

random.seed(20260105)
P = "Residential parking permit"
B = "Missed bin collection report"
PD = "Permit delivery / digital permit"
LOC = {
 # parking
 "elig": (P, "Check eligibility", "Permit eligibility checker"),
 "zmap": (P, "Check eligibility", "Controlled parking zone map"),
 "faq": (P, "Check eligibility", "Permit FAQs page"),
 "help": (P, "Check eligibility", "Permits helpline call"),
 "signin": (P, "Apply online", "MyCouncil account sign-in"),
 "form": (P, "Apply online", "Online application form"),
 "vrm": (P, "Apply online", "Vehicle registration lookup"),
 "paper": (P, "Apply online", "Paper application form"),
 "upload": (P, "Upload proof of address", "Document upload"),
 "ctax": (P, "Upload proof of address", "Council tax record match"),
 "poa": (P, "Upload proof of address", "Proof of address check"),
 "fer": (P, "Upload proof of address", "Further evidence request email"),
 "S:poa": (P, "Upload proof of address", ""),
 "price": (P, "Payment", "Emissions-based price calculator"),
 "pay": (P, "Payment", "Card payment page"),
 "receipt": (P, "Payment", "Payment receipt email"),
 "refund": (P, "Payment", "Permit refund request"),
 "tracker": (P, "Approval", "Application status tracker"),
 "queue": (P, "Approval", "Manual review queue"),
 "decision": (P, "Approval", "Approval decision email"),
 "S:appr": (P, "Approval", ""),
 "activ": (P, PD, "Digital permit activation"),
 "anpr": (P, PD, "ANPR enforcement record"),
 "patrol": (P, PD, "Kerbside enforcement patrol"),
 "pcn": (P, PD, "Penalty charge notice challenge"),
 "printed": (P, PD, "Printed permit by post"),
 "S:pd": (P, PD, ""),
 "remind": (P, "Renewal", "Renewal reminder email"),
 "renew": (P, "Renewal", "Online renewal"),
 "vehchg": (P, "Renewal", "Change of vehicle request"),
 "S:ren": (P, "Renewal", ""),
 "X:visitor": (P, "", "Visitor permit vouchers"),
 # bins
 "bday": (B, "Check collection day", "Bin day lookup"),
 "disrupt": (B, "Check collection day", "Service disruption notice"),
 "bform": (B, "Report missed bin", "Missed bin online form"),
 "app": (B, "Report missed bin", "Council app report"),
 "ccc": (B, "Report missed bin", "Contact centre call"),
 "S:rep": (B, "Report missed bin", ""),
 "incab": (B, "Crew check", "In-cab crew record"),
 "notpres": (B, "Crew check", "Bin not presented notice"),
 "ret": (B, "Return collection", "Return collection visit"),
 "text": (B, "Return collection", "Collection update text"),
 "S:ret": (B, "Return collection", ""),
 "closed": (B, "Case closure", "Case closed email"),
 "complaint": (B, "Case closure", "Formal complaint"),
 "X:garden": (B, "", "Garden waste bin"),
}
NPS_KEYS = {"remind", "renew", "vehchg", "S:ren", "closed"}
SEG = {"H": "Homeowner", "R": "Private renter", "T": "Council tenant", "O": "Aged 65+"}

# (location key, score, text, segment code or None, schedule)
E = []
def add(key, score, text, seg=None, sched="u"):
    E.append((key, score, text, seg, sched))

# ---- Topic 1: proof of address rejected / evidence (largest complaint topic)
add("poa", 1, "Uploaded my tenancy agreement twice and both times it was rejected. Your own website says tenancy agreements are accepted!", "R")
add("poa", 1, "Rejected my bank statement because it was 'more than 3 months old' - it was from last month. Nobody checks properly.", "R")
add("poa", 1, "I've lived here 4 years and still had to prove my address three times. Ridiculous.", "H")
add("poa", 1, "Proof of address is a nightmare if you rent. Bills are in the landlords name, council tax isn't set up yet, what am I supposed to send?", "R")
add("poa", 1, "documents rejected no reason given", "R")
add("poa", 2, "Different answer every time I rang about which documents you accept.", "R")
add("poa", 1, "Sent a utility bill, told it had to be council tax. Sent council tax, told it had to be in my name only not joint. Exhausting", "H")
add("poa", 2, "My partner and I both live here but only one of us is on the council tax so the other one's permit got refused.", "R")
add("poa", 1, "The proof of address check took 9 days and then they asked for something else.", "R")
add("poa", 3, "Fine in the end but the evidence part took longer than everything else put together.", "H")
add("poa", 4, "Accepted my documents first time, no complaints.", "H")
add("poa", 1, "why do i need to prove my adress when you send me the council tax bill to this adress every month??", "H")
add("poa", 1, "Rejected my payslip as proof of address. What else does a renter have?", "R")
add("poa", 1, "Tenancy agreement signed by both of us and the letting agent, still not good enough apparently.", "R")
add("poa", 3, "Officer rang me to explain what was missing which I appreciated, but it should have been clear on the website.", "R")
add("poa", 1, "Absolutely shambolic. Four weeks without a permit because of a 'document issue' nobody would explain.", "R")
add("poa", 2, "Evidence requirements are stricter than opening a bank account.", "H")
add("ctax", 2, "Moved in 3 weeks ago, council tax account not set up yet so the automatic check failed and I was stuck.", "R")
add("ctax", 1, "It said my details didn't match council tax. My name has a hyphen, that's the only difference.", "H")
add("ctax", 5, "The automatic council tax check worked and I didn't need to upload anything. Great.", "H")
add("ctax", 1, "I'm a lodger, I don't pay council tax, so apparently I can't prove I live here. Brilliant system.", "R")
add("ctax", 2, "Council tax match failed because the flat number is written differently (Flat B vs 2nd floor flat).", "R")
add("upload", 1, "Upload kept failing. Photo from my phone was too big I think but it didn't say.", "R")
add("upload", 2, "Couldn't upload from my iPhone at all, had to email the photo to myself and convert it on a laptop.", "H")
add("upload", 2, "5MB limit in 2026? Every phone photo is bigger than that.", "R")
add("upload", 1, "Upload page just spun and spun.", None)
add("upload", 2, "uploaded 3 docs, only 1 showed up on the application", "R")
add("upload", 5, "Easy to upload, took a picture and done.", "H")
add("fer", 1, "Got an email saying 'further evidence needed'. Which evidence? Why? No idea. And I can't reply to it.", "R")
add("fer", 1, "The email came from a no-reply address so I had to phone and wait 40 minutes to ask what they wanted.", "R")
add("fer", 2, "Further evidence email gave no detail whatsoever. Please tell people what is wrong with their documents.", "H")
add("fer", 1, "Asked for more evidence 3 times, each time for a different document.", "R")
add("fer", 1, "Second request for evidence arrived after I'd already uploaded what they asked. Does anyone read these?", "R")
add("fer", 1, "Email said documents unreadable. They were PDFs straight from my bank.", "T")
add("S:poa", 2, "Proof of address part is the worst bit of the whole thing.", "T")
add("S:poa", 1, "As a private renter I felt like I was being treated as a suspect.", "R")
add("S:poa", 1, "Rejected again. Given up and parking in the next street.", "R")
add("S:poa", 1, "Letting agent letter not accepted. The letting agent is literally the only person who can confirm I live here.", "R")
add("S:poa", 2, "Please just publish ONE list of what documents you accept and stick to it", "H")
add("S:poa", 2, "My mum is 82 and couldn't work out how to send the proof of address online. Had to go in person.", "O")
add("S:poa", 1, "Took five goes to get my documents accepted.", "R")
add("S:poa", 3, "The evidence step was fine for me as a homeowner, but my neighbour who rents had a terrible time.", "H")
add("S:poa", 1, "Please sort out the proof of address rules. Contact me on rachel.okafor@example.com if you want details.", "R")
add("S:poa", 1, "tenancy agreement rejected because it wasnt signed on every page?? it's a 30 page document", "R")
add("S:poa", 1, "Paid the £95 and then was told my documents weren't acceptable. Should check documents before taking money.", "T")
add("S:poa", 2, "Proof of address was rejected because the bill was addressed to 'the occupier'.", "R")
add("S:poa", 2, "Lost a week because of the document check.", "H")
add("S:poa", 2, "We moved from another zone in the same borough and had to prove everything from scratch.", "R")

# ---- Topic 2: slow approval / tracker (improving over time)
add("queue", 1, "Applied on the 2nd, still waiting on the 20th. Your website says 5 working days.", None, "dec")
add("queue", 1, "Three weeks waiting for someone to look at my application. In the meantime I'm paying for the car park.", None, "dec")
add("queue", 2, "Took ages.", None, "dec")
add("queue", 2, "Application sat in a queue for 12 days. When it was finally looked at it was approved in minutes.", None, "dec")
add("queue", 2, "The decision took far too long, I had to buy visitor vouchers to cover the gap.", None, "dec")
add("queue", 1, "Slow. Very slow.", None, "dec")
add("queue", 1, "Waiting over a fortnight for a decision on a permit I've had for 6 years at the same address.", "H", "dec")
add("queue", 5, "It was approved within 2 days, much quicker than I expected.", None, "inc")
add("queue", 3, "Approval took about a week, acceptable I suppose.", None)
add("queue", 1, "Why does it take 10 days to approve a parking permit? It's not a mortgage application.", None, "dec")
add("queue", 2, "I was told there's a backlog. There's always a backlog.", None, "dec")
add("queue", 4, "Quick decision this time, thank you.", None, "inc")
add("tracker", 1, "Tracker said 'Received' for 11 days. No idea if anyone had even opened it.", None, "dec")
add("tracker", 2, "The status page is useless, just says under review with no date.", None, "dec")
add("tracker", 3, "Would be nice to know roughly when a decision will be made.", None)
add("tracker", 3, "Status never changed, then suddenly approved. A text would have been good.", None)
add("tracker", 2, "Status tracker showed 'Refused' for a day and then 'Approved'. Gave me a heart attack.", None)
add("tracker", 2, "could not find where to check my application status, its buried in the account", "O")
add("tracker", 4, "Being able to check the status online is handy.", None)
add("tracker", 1, "Status stuck on received. Rang up, helpline said they can't see it either.", None, "dec")
add("decision", 5, "Approval email was clear and told me exactly when the permit started.", None)
add("decision", 4, "Got the approval email on a Sunday night saying it started Monday. Good.", None)
add("decision", 1, "Refused with a reference to 'section 4.2 of the permit policy'. Just tell me in English.", "R")
add("decision", 1, "The refusal email didn't say how to appeal.", "R")
add("decision", 5, "Got approved and the email was nice and simple.", None)
add("S:appr", 2, "The wait for approval is the thing that needs fixing most.", None, "dec")
add("S:appr", 1, "10 working days with no permit, 2 parking tickets. Not happy.", None, "dec")
add("S:appr", 2, "Approval stage is a black box.", None, "dec")
add("S:appr", 3, "Took a while but got there.", None)
add("S:appr", 1, "I applied three weeks before my old permit ran out and it still wasn't approved in time.", "H", "dec")
add("S:appr", 5, "Applied on monday approved by wednesday, no complaints", None, "inc")
add("S:appr", 1, "I had to chase the approval twice. Ring me on 07700 900123 if someone actually wants to know what happened.", "H", "dec")
add("S:appr", 3, "It's slow, but staff were polite when I chased.", None)
add("S:appr", 4, "Honestly expected worse. About 5 days start to finish.", None, "inc")

# ---- Topic 3: payment failures / double charges (mostly January, before the fix)
add("pay", 1, "Payment page timed out at the bank verification step and I had to start the whole application again.", None, "early")
add("pay", 1, "I was charged twice. Still waiting for the refund.", None, "early")
add("pay", 1, "Card payment failed three times, then worked on the fourth. Then I saw 2 payments on my statement.", None, "early")
add("pay", 2, "Payment screen froze. Didn't know if it had gone through or not.", None, "early")
add("pay", 3, "Would be easier with Apple Pay, please add it.", None)
add("pay", 4, "Paying was straightforward.", None, "late_ok")
add("pay", 1, "3D secure page never loaded. Tried on phone and laptop.", None, "early")
add("pay", 1, "Payment error 'transaction could not be completed' but money left my account", None, "early")
add("pay", 1, "Took my money twice!!!", None, "early")
add("pay", 4, "payment bit was fine", None, "late_ok")
add("pay", 5, "Payment went through first time, no issues.", None, "late_ok")
add("pay", 2, "Had to phone to pay in the end because the online payment kept failing.", "O", "early")
add("price", 1, "£210 for a permit for a diesel car?! Nobody told me about the surcharge until I got to pay.", "H")
add("price", 1, "The price calculator said one amount and I was charged another.", "H")
add("price", 2, "Didn't understand why my second car costs nearly double. Explain it better.", "H")
add("price", 3, "Price is steep but at least the calculator showed it clearly.", None)
add("price", 4, "Emissions banding makes sense, I'm glad the electric car permit is cheap.", "H")
add("refund", 1, "Refund for the duplicate payment took 5 weeks.", None, "early")
add("refund", 1, "Filled in the refund form and heard nothing for a month.", None, "early")
add("refund", 4, "Refund came back quicker than I thought, about a week.", None)
add("receipt", 2, "The receipt email made it look like my permit was approved. It wasn't, it was still being checked.", None)
add("receipt", 4, "Got my receipt straight away.", None)

# ---- Topic 4 (emerging): PCNs because the digital permit is not on the enforcement record
add("anpr", 1, "Got a PCN outside my own house with a valid permit. The warden said my car wasn't on his system.", None, "late")
add("anpr", 1, "Two tickets in one week even though my permit was approved and paid. Sort your system out.", None, "late")
add("anpr", 1, "My digital permit doesn't show on the enforcement system. Third time I've had to appeal a fine.", None, "late")
add("anpr", 1, "Permit approved on the 3rd, fined on the 5th. Apparently the 'system didn't update'.", None, "late")
add("anpr", 1, "The enforcement record is wrong. My reg is right on my account but they say no permit.", None, "late")
add("anpr", 1, "PCN with a valid permit. Again. This has happened to half our street this month.", None, "late")
add("pcn", 1, "I now have to appeal a parking ticket for a permit I paid for. Why is it my job to fix your mistake?", None, "late")
add("pcn", 1, "Appealed the PCN, got an automatic reply saying it could take 8 weeks. For your error.", None, "late")
add("pcn", 1, "Challenge form wanted a photo of my permit. It's a digital permit, there is nothing to photograph!", None, "late")
add("pcn", 1, "fined twice, appealed twice, no reply yet", None, "late")
add("pcn", 2, "Ticket was cancelled after I appealed but it took hours of my time.", None, "late")
add("pcn", 1, "Penalty charge notice on my windscreen this morning despite permit being live on my account. Furious.", None, "late")
add("activ", 1, "Permit start date was Monday but it only went live on Wednesday. Got ticketed on Tuesday.", None, "late")
add("activ", 1, "My digital permit took 3 days to activate. Was told it's instant.", None, "late")
add("activ", 1, "Account says active, wardens say not active. Which one is it?", None, "late")
add("activ", 2, "Activation seems broken at the moment, my neighbour had the same issue.", None, "late")
add("patrol", 2, "The enforcement officer was polite but said he couldn't do anything as I wasn't on his handheld.", None, "late")
add("patrol", 1, "Warden wouldn't even look at my approval email on my phone.", None, "late")
add("S:pd", 1, "Since the new permit system went in I've had nothing but problems with tickets.", None, "late")
add("S:pd", 1, "Permit shows on my account but I still got a parking fine. Call me 07700 900461.", None, "late")
add("S:pd", 2, "Digital permits are a great idea when they work. This month they clearly don't.", None, "late")
add("S:pd", 1, "Received a PCN for parking in my own bay. Absolutely unacceptable.", None, "late")
add("S:pd", 1, "virtual permit not showing for wardens. got a ticket. not happy", None, "late")
add("S:pd", 1, "Whole street getting tickets this week, everyone has permits. Something has gone wrong.", None, "late")
add("S:pd", 1, "Had to take a day off work to sort out a fine for a permit I already have.", None, "late")
add("S:pd", 1, "Parking ticket despite valid permit - second one this month", None, "late")
add("anpr", 2, "Got a ticket the day my permit started, it was cancelled when I appealed.", None, "base")
add("pcn", 3, "PCN cancelled quickly once I showed my permit reference. Fair enough.", None, "base")
add("activ", 3, "Permit took a day longer than expected to show but no harm done.", None, "base")
add("patrol", 2, "Warden gave me a ticket while I was unloading outside my house. Permit was valid.", None, "base")
add("S:pd", 2, "Had a fine on day one of my new permit. Appeal was upheld.", None, "base")
add("anpr", 2, "Changed my car and the old registration was still on the enforcement list, so I got a ticket.", None, "base")

# ---- Praise: digital permit; printed permit (older residents)
add("activ", 5, "Digital permit was live the next morning, nothing to display, brilliant.", None, "base")
add("activ", 5, "Love that there is no paper permit to lose anymore.", None, "base")
add("activ", 5, "Got an email and the permit was active the same day. Simple.", None, "base")
add("activ", 5, "Virtual permit is so much easier than the old paper one.", None, "base")
add("activ", 4, "no more scraping old permits off the windscreen, great", None, "base")
add("activ", 4, "Digital permit works well, never had an issue.", None, "base")
add("activ", 5, "Permit active immediately after approval.", None, "base")
add("printed", 2, "I asked for a paper permit because I don't trust the digital one. It took two weeks to come.", "O")
add("printed", 2, "I'm 79 and I want something I can see in my car window. The digital thing worries me.", "O")
add("printed", 5, "Printed permit arrived in 4 days, thank you.", "O")
add("printed", 1, "Still waiting for my paper permit after 12 days.", "O")
add("printed", 3, "Would prefer a paper permit, had to ring to ask for one.", "O")
add("printed", 4, "The paper permit came in the post quickly and was easy to put up.", "O")
add("S:pd", 5, "Digital permit - brilliant idea.", None, "base")
add("S:pd", 4, "Once it was issued everything was fine.", None, "base")

# ---- Eligibility, zone map, FAQs, helpline
add("elig", 5, "Eligibility checker was really clear, told me my zone straight away.", None)
add("elig", 5, "Quick and easy to find out if I could get a permit.", None)
add("elig", 5, "The checker is great, took 30 seconds.", None)
add("elig", 5, "Very clear.", None)
add("elig", 4, "Easy to check my address was in zone D.", None)
add("elig", 1, "Checker said I was eligible, then after applying I was told our building is car-free. Should have said at the start!", "R")
add("elig", 1, "My new build flat didn't come up in the address search at all.", "R")
add("elig", 4, "Good, simple tool", None)
add("elig", 5, "Told me I was eligible in a few clicks", None)
add("elig", 3, "The elegibility bit was fine, the rest not so much", None)
add("zmap", 2, "Zone map is almost impossible to use on a phone.", None)
add("zmap", 2, "Couldn't tell from the map whether my end of the road is zone B or C.", "H")
add("zmap", 4, "Map was useful to see where I can park.", None)
add("zmap", 2, "The colours on the zone map all look the same to me (I'm colour blind).", None)
add("faq", 1, "The FAQs say tenancy agreements are fine. Your team says they aren't. Which is it?", "R")
add("faq", 4, "FAQs answered my question about second permits.", "H")
add("faq", 2, "prices on the FAQ page are out of date", "H")
add("help", 1, "Waited 45 minutes on the phone to be told 'it's with the team'.", None)
add("help", 5, "The lady on the phone was lovely and sorted it out for me.", "O")
add("help", 5, "Helpful adviser, explained everything patiently.", None)
add("help", 1, "Cut off twice after holding for 20 minutes.", None)
add("help", 2, "Phone line is only open 9-5 which is no good when you work.", None)
add("help", 3, "Staff on the helpline were really helpful, but they couldn't see my application.", None)
add("help", 5, "Very kind man on the phone helped me apply, I don't use computers.", "O")
add("help", 1, "Rang 3 times, nobody could tell me anything", None)
add("help", 1, "Tried to ring about my PCN, queue was over an hour this week.", None, "late")
add("help", 1, "Couldn't get through on the phone at all this week, gave up.", None, "late")

# ---- Apply online
add("form", 5, "Form was straightforward and quick.", None)
add("form", 5, "Applied in about 10 minutes, really easy.", None)
add("form", 1, "Timed out while I went to find my V5 and lost everything.", None)
add("form", 3, "The online form is fine but it needs a save button.", None)
add("form", 5, "Clear form, good questions, no jargon.", None)
add("form", 1, "Logged me out half way through. Had to start again.", None)
add("form", 5, "easy peasy", None)
add("form", 3, "Application itself was simple, the problems came later.", "R")
add("form", 3, "Too many pages for what it is.", None)
add("form", 4, "Good", None)
add("signin", 2, "Why do I need yet another account? I already have one for council tax.", "H")
add("signin", 1, "Verification code took 20 minutes to arrive and had expired by then.", None)
add("signin", 2, "Code went to my spam folder.", None)
add("signin", 3, "Creating the account was the hardest part, the rest was fine.", "O")
add("signin", 1, "Couldnt log in, password reset didnt work", None)
add("vrm", 1, "My car is a lease car so it's registered to the lease company. The form just said 'vehicle not found for applicant'.", None)
add("vrm", 1, "Company car - rejected at the vehicle check, had to send a letter from my employer by post.", "H")
add("vrm", 2, "Bought my car last week, DVLA hadn't updated so I couldn't apply.", None)
add("vrm", 1, "Motability car, same problem as everyone else with a lease.", "O")
add("vrm", 5, "Vehicle details came up automatically, nice touch.", None)
add("paper", 1, "I filled in the paper form. Three weeks later still nothing.", "O")
add("paper", 1, "My original documents were never sent back.", "O")
add("paper", 4, "Paper form was easy to fill in, my son posted it for me.", "O")

# ---- Renewal (NPS 0-10)
add("renew", 10, "Renewed in two minutes. Couldn't be easier.", None)
add("renew", 9, "Renewal was really easy, all my details were already there.", None)
add("renew", 9, "Quick renewal, no fuss.", None)
add("renew", 8, "Much better than the old system.", None)
add("renew", 10, "Renewed online in seconds.", None)
add("renew", 7, "Easy to renew, price has gone up a lot though.", "H")
add("renew", 9, "Simple.", None)
add("renew", 2, "Had to prove my address AGAIN at renewal. Nothing has changed in 5 years.", "R")
add("renew", 6, "Renewal was good but it asked for proof of address again for some reason.", "R")
add("renew", 10, "Very easy process, thank you", "O")
add("renew", 8, "Fine", None)
add("renew", 9, "Quick and painless", None)
add("renew", 7, "renewal ok but why cant it just auto renew?", None)
add("renew", 6, "Price went up £40 because my car is diesel. Renewing was easy though.", "H")
add("renew", 10, "Smooth.", None)
add("renew", 10, "Love how quick the renewal is now.", None)
add("renew", 9, "Renewed for 12 months no problems.", None)
add("renew", 9, "Everything worked first time.", None)
add("remind", 0, "Never got a reminder and my permit ran out. Got a ticket the next day.", None)
add("remind", 3, "Reminder went to an old email address I can't change on the account.", None)
add("remind", 5, "Only got the 7 day reminder, not the 28 day one.", None)
add("remind", 2, "No reminder at all. Used to get a letter.", "O")
add("remind", 8, "The reminder email was useful.", None)
add("remind", 6, "Please send a text reminder as well, emails get lost.", None)
add("remind", 3, "Didn't receive any reminder, found out when I checked by chance.", None)
add("remind", 5, "Reminder email looked like spam, nearly deleted it.", None)
add("remind", 9, "reminder came, clicked the link, done", None)
add("remind", 0, "No renewal reminder, permit lapsed, PCN. Great service.", None)
add("vehchg", 9, "Changed my car on the account easily.", None)
add("vehchg", 1, "Vehicle change took until the next day and I got a ticket that morning.", None)
add("vehchg", 8, "Updating my new reg was quick.", None)
add("vehchg", 4, "Couldn't change vehicle online, had to call.", "O")
add("vehchg", 9, "New car added without any hassle.", None)
add("S:ren", 8, "Service is good overall.", None)
add("S:ren", 3, "Renewal itself ok but I'd never recommend your parking service to anyone.", None)
add("S:ren", 7, "Decent service, the council is trying.", None)
add("S:ren", 0, "Renewed on time and STILL got a PCN this week because my permit isn't on the wardens' system.", None, "late")
add("S:ren", 1, "Renewal went through but the permit isn't showing for enforcement. Fined.", None, "late")
add("S:ren", 0, "My renewed permit doesn't seem to be live. Got a ticket on the first day.", None, "late")
add("S:ren", 3, "Would have given 9 for the renewal but the parking fine since has ruined it.", None, "late")
add("S:ren", 2, "Renewal fine, enforcement system not. Two PCNs.", None, "late")
add("S:ren", 10, "Easy, quick, cheap for an electric car.", "H")
add("S:ren", 10, "I have recommended this to my neighbours.", None)

# ---- touchpoints no map names
add("X:visitor", 3, "Visitor vouchers should be digital too, the scratch cards are so old fashioned.", None)
add("X:visitor", 2, "Couldn't buy visitor permits online, the link is broken.", None)
add("X:visitor", 2, "Visitor permits ran out quickly, you only get 50 a year.", "O")
add("X:garden", 1, "Garden waste bin missed again, I pay extra for that service.", "H")
add("X:garden", 2, "Garden waste collection missed twice this month.", "H")

# ---- Missed bin journey
add("bday", 5, "Bin day checker is really handy.", None)
add("bday", 2, "Lookup said Tuesday, it was Wednesday because of the bank holiday.", None, "bh")
add("bday", 5, "Easy to find my collection day.", None)
add("bday", 4, "calendar download would be nice", None)
add("bday", 2, "Shows the wrong day after christmas, every year.", None, "bh")
add("disrupt", 2, "The disruption notice said 'some rounds in the north'. Is that me or not?", None)
add("disrupt", 3, "Would have been good to know the round was delayed before I reported it.", None)
add("disrupt", 4, "Good to see updates on the website when the crews were behind.", None)
add("bform", 5, "Reporting online was quick and easy.", None)
add("bform", 5, "Took a minute to report, great.", None)
add("bform", 2, "Form wouldn't let me report until the next day. The bin was missed that morning!", None)
add("bform", 1, "It said 'a report cannot be made for this address' and nothing else.", "T")
add("bform", 4, "Simple form, good.", None)
add("bform", 5, "Reported online, got a reference straight away.", None)
add("app", 1, "App logged me out and lost my report.", None)
add("app", 5, "Used the app, added a photo of the full bin. Very easy.", None)
add("app", 1, "app keeps crashing", None)
add("ccc", 5, "Phoned, got through quickly, the adviser booked a return collection.", "O")
add("ccc", 1, "Half an hour on hold to report a bin. Not good enough.", None)
add("ccc", 5, "Helpful staff on the phone.", "O")
add("ccc", 2, "On hold for ages after the bank holiday.", None, "bh")
add("S:rep", 2, "Shouldn't have to report it at all. Just collect the bins.", "T")
add("incab", 1, "Crew marked the whole street as collected but our side was never done.", "T", "dec")
add("incab", 2, "They said the bin was blocked by a car. It wasn't.", None)
add("notpres", 1, "Told my bin was 'not presented'. It was out at 6am, I have a doorbell camera video to prove it.", "H")
add("notpres", 1, "Got a not presented email. My bin was on the kerb all day.", "T")
add("notpres", 1, "'Not presented' is a lie, and there's no way to challenge it except a formal complaint.", None)
add("notpres", 4, "Not presented notice was fair, I did forget to put it out.", None)
add("notpres", 2, "Contamination sticker on my recycling for one crisp packet. Come on.", None)
add("ret", 5, "Return collection was next day, brilliant.", None, "inc")
add("ret", 5, "They came back the same afternoon, very impressed.", None, "inc")
add("ret", 5, "Bin was emptied the day after I reported it. Thank you.", "O", "inc")
add("ret", 4, "Quick return visit, no complaints.", None, "inc")
add("ret", 4, "Came back within 2 days as promised.", None, "inc")
add("ret", 5, "Good service from the crew on the return visit.", None)
add("ret", 5, "Sorted quickly.", None, "inc")
add("ret", 5, "Returned next day, thanks!!", None, "inc")
add("ret", 5, "Reported it on Monday, collected Tuesday, great.", None)
add("ret", 1, "Missed again on the return visit. Third time this month.", "T", "dec")
add("ret", 1, "Return collection never happened. Bin has been full for a week.", None, "dec")
add("ret", 1, "Reported missed bin, told it would be collected in 2 days, it's now day 5.", "T", "dec")
add("ret", 1, "They came back and emptied my neighbour's bin and not mine.", None, "dec")
add("ret", 1, "Assisted collection missed again. I'm disabled, I can't take the bin out myself.", "O", "dec")
add("ret", 1, "Food waste bin missed 3 weeks in a row now. Every time I report, every time 'return booked', nothing.", "T", "dec")
add("ret", 1, "My mother is on assisted collection and they keep forgetting her.", "O", "dec")
add("ret", 1, "we get missed every other week on this road, return crew never turns up", "T", "dec")
add("ret", 1, "Recycling missed, reported, missed again on the return.", None, "dec")
add("ret", 2, "Still waiting for the return visit.", None, "dec")
add("ret", 2, "Return crew came but only took the recycling, not the general waste that was also missed.", None, "dec")
add("ret", 1, "The estate bins were left overflowing for 8 days.", "T", "dec")
add("ret", 1, "Communal bins on our block are missed constantly.", "T", "dec")
add("ret", 2, "Took 4 days to come back, smell was awful.", None, "dec")
add("S:ret", 2, "Missed bins are far too common on our street.", "T", "dec")
add("text", 1, "Text said 'collected' but the bin was still full.", None)
add("text", 4, "Nice to get a text when it was booked.", None)
add("text", 3, "Got a text that the bin had been emptied - it hadn't, crew came 2 hours later.", None)
add("text", 5, "Texts kept me updated, good.", None)
add("closed", 0, "Case closed but my bin was never emptied. Zero.", "T", "dec")
add("closed", 9, "Good service, bin collected the next day.", None)
add("closed", 10, "Quick and easy, thank you.", None)
add("closed", 1, "Closed my case without collecting. Had to report again.", None, "dec")
add("closed", 9, "Really efficient, I'd recommend the online reporting.", None)
add("closed", 8, "Fine.", None)
add("closed", 7, "Bin got done in the end.", None)
add("closed", 4, "Problem fixed, but it'll happen again next week, it always does.", "T")
add("closed", 8, "They sorted it.", None)
add("closed", 10, "excellent, thanks to the crew", "O")
add("closed", 9, "Happy with how it was handled.", None)
add("closed", 0, "Third missed collection this month, case closed like nothing happened.", "T", "dec")
add("closed", 2, "Why do you close the case before checking?", None)
add("closed", 9, "Very good.", None)
add("closed", 6, "It was fine but shouldn't have been missed in the first place.", None)
add("closed", 9, "Efficient service.", None)
add("closed", 10, "Sorted within a day, thanks.", None, "inc")
add("closed", 9, "Reported, collected, done.", None)
add("closed", 3, "Missed bins are a regular thing here, the service is going downhill.", "T")
add("closed", 8, "Always get a good response when I report.", "O")
add("closed", 7, "n/a", None)
add("closed", 0, "Email said resolved, bin still full.", None)
add("closed", 10, "Can't fault it.", None)
add("closed", 9, "The crew was friendly when they came back.", None)
add("closed", 9, "Collected the next morning, no complaints.", None)
add("complaint", 1, "Had to make a formal complaint to get anything done. Standard letter back after 3 weeks.", "T")
add("complaint", 1, "Complaint response didn't address anything I raised.", None)
add("complaint", 4, "Complaint handled well, someone actually called me.", None)

WEEK0 = dt.date(2026, 1, 5)
NW = 13
def pick_week(s):
    if s == "late": return random.choice([10, 11, 12])
    if s == "base": return random.randint(0, 8)
    if s == "early": return random.choices(range(5), weights=[3, 3, 4, 3, 2])[0]
    if s == "bh": return random.choice([0, 1])
    if s == "dec": return random.choices(range(NW), weights=[13 - i for i in range(NW)])[0]
    if s == "inc": return random.choices(range(NW), weights=[i + 1 for i in range(NW)])[0]
    if s == "late_ok": return random.randint(4, 12)
    return random.randint(0, NW - 1)

def pick_seg(journey):
    if journey == B:
        w = {"H": 40, "R": 25, "T": 20, "O": 15}
    else:
        w = {"H": 45, "R": 30, "T": 12, "O": 13}
    return random.choices(list(w), weights=list(w.values()))[0]

WARDS = ["Abbey", "Castle", "Eastfield", "Northgate", "Riverside", "St Mark's", "Westbrook"]
def survey_name(key, journey, stage):
    if journey == B:
        return "Missed bin case closure (NPS)" if key == "closed" else "Missed bin report survey"
    if stage == "Renewal": return "Permit renewal survey (NPS)"
    if stage in ("Approval", PD, ""): return "Permit issued survey"
    return "Permit application survey"

rows = []
for key, score, text, seg, sched in E:
    j, st, tp = LOC[key]
    w = pick_week(sched)
    d = WEEK0 + dt.timedelta(days=7 * w + random.randint(0, 6))
    segcode = seg or pick_seg(j)
    rows.append(dict(date=d.isoformat(), journey=j, stage=st, touchpoint=tp,
                     score=score, score_type="nps" if key in NPS_KEYS else "csat",
                     segment=SEG[segcode], comment=text,
                     ward=random.choice(WARDS), survey_name=survey_name(key, j, st)))
random.shuffle(rows)
rows.sort(key=lambda r: r["date"])
for i, r in enumerate(rows):
    r["id"] = f"CSR-{26000 + 17 + i * 3}"
cols = ["id", "date", "journey", "stage", "touchpoint", "score", "score_type", "segment", "comment", "ward", "survey_name"]
out = os.path.join(os.path.dirname(__file__), "..", "knowledge", "comments", "citizen_survey_responses.csv")
with open(out, "w", newline="", encoding="utf-8") as f:
    wr = csv.DictWriter(f, fieldnames=cols)
    wr.writeheader()
    wr.writerows(rows)
print(len(rows), "rows")
