# Hand-written verbatims. Each row: (topic, journey, stage, touchpoint, sentiment, segment, text)
# journey: NC = New connection, FR = Fault repair. sentiment: N neg, n mild neg, M mixed, P pos, Z neutral
# segment: None = assigned at random by build.py; otherwise fixed because the text implies it.
NC, FR = "New connection", "Fault repair"
EB, OR, EA, RD, IN, GL, FB = ("Eligibility check", "Order", "Engineer appointment", "Router delivery",
                              "Installation", "Going live", "First bill")
RF, DG, RA, EV, RS, CP = ("Report fault", "Diagnosis", "Repair appointment", "Engineer visit",
                          "Resolution", "Compensation")
SB, ST, RE = "Small business", "Social tariff", "Residential"

V = []
def add(topic, j, s, t, sent, seg, text):
    V.append((topic, j, s, t, sent, seg, text))

# ---- A: first bill higher than expected / pro-rata confusion -------------------------------
A = "first_bill"
add(A, NC, FB, "First bill email", "N", None, "First bill was nearly double what I signed up for. Nobody mentioned I'd be charged for part of last month plus this month up front.")
add(A, NC, FB, "Pro-rata charges explainer", "N", None, "Bill was £61 when the package is £32 a month. Took me ages to work out it was pro-rata plus the router postage.")
add(A, NC, FB, "Pro-rata charges explainer", "n", None, "pro rata charges are confusing, just show me one number")
add(A, NC, FB, "First bill email", "N", None, "Why am I paying for days before my line was even live? Install was on the 14th and I've been billed from the 3rd.")
add(A, NC, FB, "First bill email", "N", None, "The first bill email just says 'your bill is ready' with a link that makes me log in, then reset my password, then it's a PDF I can't read on my phone.")
add(A, NC, FB, "", "N", None, "I was told there were no upfront costs. Then a £29.99 setup fee appears on the first bill. Feel misled.")
add(A, NC, FB, "Billing query call", "N", None, "Charged twice in the first month - once for the pro-rata bit and once for the full month. Had to ring up to get it explained.")
add(A, NC, FB, "Pro-rata charges explainer", "N", None, "First invoice was higher than quoted and the explainer page didn't help at all, it reads like it was written by lawyers")
add(A, NC, FB, "First bill email", "n", None, "Bill higher than expected. Otherwise fine.")
add(A, NC, FB, "", "N", None, "My 6 months half price offer wasn't applied on the first bill. Had to chase it.")
add(A, NC, FB, "", "N", ST, "I'm on the social tariff and the first bill took £47 out of my account which I wasnt expecting. That's my food shop for the week.")
add(A, NC, FB, "Direct Debit setup", "N", None, "The direct debit came out before I'd even had the bill email. Not on.")
add(A, NC, FB, "First bill email", "N", None, "Could not understand my first bill at all. Three different line items for what looks like the same thing?")
add(A, NC, FB, "Billing query call", "M", None, "The lady on the billing line was lovely and explained the part month charge, but it should have been clear in the first place.")
add(A, NC, FB, "Billing query call", "N", None, "Waited 25 mins on the billing line to be told 'that's just pro-rata'. Could have been in the email.")
add(A, NC, FB, "First bill email", "N", None, "recieved my first bill and it was wrong, they'd charged me for the 900Mb package not the 500")
add(A, NC, FB, "", "N", None, "Nobody explained pro-rata to me on the sales call. Got a shock when the first bill came.")
add(A, NC, FB, "First bill email", "n", None, "First bill £12 more than the price I was quoted and no explanation why")
add(A, NC, FB, "", "N", None, "I got billed for the landline add-on I specifically said I didn't want.")
add(A, NC, FB, "First bill email", "n", None, "Bill showed a £5 'paper bill fee' even though I chose e-billing.")
add(A, NC, FB, "Pro-rata charges explainer", "n", None, "pro-rata explainer has an example with made up numbers, would be much better to show MY numbers")
add(A, NC, FB, "Billing query call", "N", None, "The price on the website included the discount, the first bill didn't. Had to ring up twice.")
add(A, NC, FB, "First bill email", "M", None, "The first bill was confusing but the breakdown in the app helped once I found it")
add(A, NC, FB, "First bill email", "N", None, "Can't see how you got to £58.40. Please send a proper breakdown to my email tom.baines@example.com")
add(A, NC, FB, "", "N", None, "Why do I have to pay the first month in advance AND the part month? That's basically two bills in one")
add(A, NC, FB, "Direct Debit setup", "n", None, "Direct debit set up failed twice on the website, in the end I had to call")
add(A, NC, FB, "Direct Debit setup", "N", ST, "Was charged a late payment fee on my very first bill because the direct debit hadn't been set up yet. Your mistake not mine.")
add(A, NC, FB, "First bill email", "n", None, "First bill ok but the wording is all jargon - 'service period', 'proportional charge', 'adjustment'. Just say what it is.")
add(A, NC, FB, "Billing query call", "N", None, "billing is a shambles, 3 calls to sort my first bill out")
add(A, NC, FB, "", "N", None, "Overcharged on first bill, refund promised but not seen yet")
add(A, NC, FB, "", "N", ST, "I budget carefully and the first bill being bigger than the normal monthly price threw me right out. Please warn people.")
add(A, NC, FB, "Billing query call", "M", None, "first bill higher than expected but the billing line sorted it quick")
add(A, NC, FB, "First bill email", "N", None, "Your advert says £25 a month. My first bill says £44.16. Explain.")
add(A, NC, FB, "First bill email", "N", None, "Really confusing first bill, I honestly thought I'd been scammed")
add(A, NC, FB, "", "n", None, "I'd been told I'd get a credit for the delayed install, it wasn't on the first bill")
add(A, NC, FB, "", "N", None, "Pro rata + router delivery + setup fee = a first bill of nearly £80. Ridiculous when you advertise £30")
add(A, NC, FB, "Billing query call", "n", None, "Had to phone billing because the first bill charged me from the order date not the go-live date. Agent said it happens a lot!")
add(A, NC, FB, "First bill email", "N", ST, "the first bil was way more than i was told on the phone")

# ---- B: fault line hold times --------------------------------------------------------------
B = "hold_times"
add(B, FR, RF, "Fault line call", "N", None, "Waited 52 minutes on hold to report my internet was down. Then got cut off.")
add(B, FR, RF, "Fault line call", "N", None, "Hold time on the fault line is a joke. Over half an hour every time.")
add(B, FR, RF, "Fault line call", "N", SB, "I run a small cafe and my card machine runs on the broadband. 40 mins on hold while customers walked out.")
add(B, FR, RF, "", "N", None, "Couldn't get through on the phone for 45 mins, and the status page said no issues in my area when half the street was off")
add(B, FR, RF, "", "N", None, "Took three attempts to get through to report the fault, each time 30+ minutes waiting")
add(B, FR, RF, "Fault line call", "n", None, "Phone queue for faults is far too long. Offer a callback!")
add(B, FR, RF, "Fault line call", "n", None, "The 'we're experiencing high call volumes' message has been playing for about 3 months now I think")
add(B, FR, RF, "Fault line call", "M", None, "Once I got through the advisor was great but the wait was 38 minutes")
add(B, FR, RF, "", "N", None, "No internet, so I can't use your chat or app to report it. Phone is the only option and it's an hour's wait. Think about it.")
add(B, FR, RF, "Fault line call", "N", SB, "Business line down for the whole morning and I was stuck on hold for most of it. We pay for business broadband, I expected priority.")
add(B, FR, RF, "Fault line call", "N", None, "hold music for 47 mins. Awful.")
add(B, FR, RF, "", "N", None, "Been a customer 2 months. Fault on day 3, and your phone line kept me waiting 55 minutes.")
add(B, FR, RF, "Live chat", "N", None, "Tried live chat, was told to call the fault line. Fault line wait was 40 mins.")
add(B, FR, RF, "Fault line call", "n", None, "Why is there no callback option when the queue is 30+ mins?")
add(B, FR, RF, "", "N", None, "Hold times are unacceptable for an essential service. My mum is elderly and relies on the internet for her alarm.")
add(B, FR, RF, "Fault line call", "N", None, "Waited ages on the phone just to be told to turn it off and on again.")
add(B, FR, RF, "", "N", None, "I work from home and lost half a day's pay, most of it on hold to you")
add(B, FR, RF, "Fault line call", "N", None, "Spent 1hr 10 on hold in total, over two calls.")
add(B, FR, RF, "Fault line call", "n", None, "A queue position announcement would help, you just sit there not knowing")
add(B, FR, RF, "Fault line call", "M", None, "The advisor sorted it in 5 mins, it was the 35 min wait before that which was the problem")
add(B, FR, RF, "", "N", SB, "I have a shop and lost card payments for a full day. Phoned at 9, got through at 9:50.")
add(B, FR, RF, "Fault line call", "n", None, "Wait time to report a fault was massive")
add(B, FR, RF, "Live chat", "N", None, "Phone wait terrible. Chat bot useless. Eventually got a person on chat after an hour.")
add(B, FR, RF, "Fault line call", "N", None, "Rang to report no connection, 42 minute wait, then they said it'd been fixed already")
add(B, FR, RF, "Fault line call", "N", None, "ring me back on 07700 900461 please, I'm not waiting on hold again")
add(B, FR, RF, "", "N", SB, "hold time hold time hold time. That's all I have to say")
add(B, FR, RF, "Fault line call", "M", None, "Fault line took forever to answer. Got there in the end.")
add(B, FR, RF, "Fault line call", "N", SB, "As a business customer we were promised a dedicated support line. Its the same queue as everyone else and 35 mins+")
add(B, FR, RF, "", "N", None, "Not great. 50 minute wait to report a fault.")
add(B, FR, RF, "Fault line call", "N", None, "Please sort your phone queues out, I gave up twice before getting through")

# ---- C: repeat faults / not really fixed ----------------------------------------------------
C = "repeat_fault"
add(C, FR, EV, "Repair engineer visit", "N", None, "Engineer came, said it was fixed, it dropped again the same evening.")
add(C, FR, RS, "Reopened fault", "N", None, "Third fault in six weeks, same problem every time. The ONT light goes red and nobody can tell me why.")
add(C, FR, RS, "Fault closure text", "N", None, "Fault closed by text while my broadband was still down. Had to start all over again.")
add(C, FR, EV, "Repair engineer visit", "N", None, "Engineer replaced the router, but the issue is clearly on the line. Back to square one two days later.")
add(C, FR, EV, "Repair engineer visit", "N", None, "I've now had 4 engineer visits for the same intermittent dropout. Each one says it's fine while he's here.")
add(C, FR, RS, "Fault closure text", "N", None, "Got a text saying 'your fault has been resolved' - it hadn't. Reopened it, got a new ticket number and had to explain everything again.")
add(C, FR, RS, "Reopened fault", "N", None, "Connection keeps dropping at night. Reported it, fixed, happened again. Reported again. Same.")
add(C, FR, RS, "Reopened fault", "N", SB, "Repeat faults are killing my business, we rely on VoIP phones. Can someone senior look at this line?")
add(C, FR, EV, "Repair engineer visit", "N", None, "The engineer was polite but didnt actually fix anything, fault came back next day")
add(C, FR, RS, "", "N", None, "Fixed for a week then back to square one")
add(C, FR, RS, "Reopened fault", "N", None, "Each time I reopen the fault it's like I'm a new customer. No history, no continuity.")
add(C, FR, RS, "Service restored check call", "N", None, "The check call rang me to see if it was working - it wasn't, and they just booked another engineer for 5 days time")
add(C, FR, RS, "", "N", None, "The drop outs started again 3 days after the repair")
add(C, FR, EV, "External network repair", "N", None, "Engineer said the fault was in the street and someone else would come. No one came, and the fault was closed.")
add(C, FR, RS, "Reopened fault", "N", None, "Same fault reported 3 times now. Ridiculous.")
add(C, FR, EV, "Repair engineer visit", "N", None, "I'm working from home and it's dropped out every afternoon for a month. Two visits, no fix.")
add(C, FR, RS, "", "n", None, "Speed fine after the visit then dropped back down to 30Mb a week later")
add(C, FR, EV, "Repair engineer visit", "M", None, "The engineer was good and I think it's properly fixed this time - 3rd time lucky")
add(C, FR, RS, "Reopened fault", "N", None, "fault keeps coming back and nobody seems to own it")
add(C, FR, RS, "", "N", None, "Repaired, then broken again within 48 hrs. Do you actually test after the repair?")
add(C, FR, RS, "Fault closure text", "N", None, "My closure text came before the engineer had even left my drive, and he told me it wasn't fixed")
add(C, FR, RS, "Reopened fault", "N", SB, "Small office here, our line has failed 3 times since September, each repair lasts a few days")

# ---- D: wayleave / landlord permission delays ----------------------------------------------
D = "wayleave"
add(D, NC, EA, "Wayleave request", "N", None, "Living in a flat, waited 7 weeks for landlord permission (wayleave?) and nobody told me about this when I ordered.")
add(D, NC, EA, "Wayleave request", "N", None, "The wayleave process is a black hole. My managing agent says they never got the letter.")
add(D, NC, EA, "Wayleave request", "N", None, "Order on hold for landlord permission. I have asked for updates three times, no one knows anything.")
add(D, NC, EA, "", "n", None, "Why didn't the checker tell me it'd need freeholder consent? Would have planned differently.")
add(D, NC, EA, "Wayleave request", "n", RE, "I'm a landlord and got sent a wayleave form that was 9 pages long. Simplify it.")
add(D, NC, EA, "Wayleave request", "N", None, "Been waiting over a month for 'wayleave approval'. Still no install date.")
add(D, NC, EA, "", "n", None, "The block I live in needs building permission apparently. Could have been told on day one.")
add(D, NC, EA, "Wayleave request", "n", None, "wayleave delay, nobody keeping me updated")
add(D, NC, EA, "Wayleave request", "M", None, "Install pushed back 6 weeks because the building management company hadn't signed. Fine, but tell me!")
add(D, NC, EA, "Wayleave request", "M", None, "Wayleave sorted in the end, the provisioning team chased my landlord for me which I appreciated")
add(D, NC, EA, "Wayleave request", "N", None, "Flat conversion, landlord lives abroad, wayleave letter went to the wrong address")
add(D, NC, EA, "Wayleave request", "N", None, "Waiting on landlord consent since August. Might just cancel.")
add(D, NC, EA, "Wayleave request", "N", None, "I gave you the freeholder's details at the start and it still took 5 weeks to get permission")
add(D, NC, EA, "", "n", None, "No-one explained what a wayleave is or why I need one. Just a message saying 'awaiting wayleave'.")

# ---- E: install no-shows / short-notice cancellations (EMERGING) ----------------------------
E_EARLY, E_LATE = "noshow_early", "noshow_late"
add(E_EARLY, NC, IN, "Install visit", "N", None, "Took the day off work for the install, engineer never turned up. No call, no text.")
add(E_EARLY, NC, IN, "Install visit", "N", None, "No show from the engineer. Again.")
add(E_EARLY, NC, IN, "", "N", None, "Engineer was supposed to come Tuesday, then Friday, then nothing. Really poor.")
add(E_EARLY, NC, EA, "Rescheduling call", "n", None, "Appointment cancelled at short notice with no reason given")
add(E_EARLY, NC, IN, "Install visit", "N", None, "The engineer turned up without a ladder and had to rebook. Then the rebooked one didn't turn up at all")
add(E_EARLY, NC, IN, "Install visit", "N", None, "Really disappointed. Missed install appointment and nobody can tell me why.")
add(E_EARLY, NC, IN, "", "N", None, "No engineer, no call, no apology.")
add(E_EARLY, NC, EA, "", "n", None, "The install got moved without anyone asking me")
add(E_EARLY, NC, IN, "Engineer on-my-way text", "N", None, "The engineer phoned to say he wasn't coming 10 minutes before the slot ended")
add(E_LATE, NC, IN, "Install visit", "N", None, "Install cancelled the night before by text. Rebooked for 2 weeks later.")
add(E_LATE, NC, IN, "Install visit", "N", None, "Engineer didn't show. When I rang they said the appointment had been 'rescheduled' - news to me.")
add(E_LATE, NC, IN, "Install visit", "N", None, "Waited in all day for the 8-1 slot, nobody came. Then a text at 2pm saying sorry we missed you. I was IN.")
add(E_LATE, NC, IN, "", "N", None, "second cancelled install now. I'm running out of holiday days.")
add(E_LATE, NC, IN, "Engineer on-my-way text", "N", None, "The on-my-way text said 10 minutes away. He never arrived and the text never updated.")
add(E_LATE, NC, IN, "Install visit", "N", None, "Cancelled my installation on the morning itself citing 'resource issues'")
add(E_LATE, NC, IN, "", "N", None, "My install has been moved three times now. My old provider's contract has ended and I have no internet.")
add(E_LATE, NC, EA, "Rescheduling call", "N", None, "Engineer no-show and when I called the rescheduling line I was told the earliest date is 3 weeks away")
add(E_LATE, NC, EA, "Appointment reminder text", "N", None, "They cancelled my install by SMS at 7am on the day. I'd rearranged childcare for it.")
add(E_LATE, NC, IN, "Install visit", "N", None, "engineer never turned up and no one let me know. dissapointed")
add(E_LATE, NC, IN, "Install visit", "N", None, "No-show on install day, then another no-show on the rebooked day. Starting to think it's a scam.")
add(E_LATE, NC, EA, "Appointment reminder text", "N", None, "Why send a reminder text the day before if you're going to cancel the same morning?")
add(E_LATE, NC, IN, "Install visit", "N", SB, "I run a hair salon and moved our opening hours for the install. Nobody came.")
add(E_LATE, NC, EA, "Rescheduling call", "n", None, "rescheduling call was friendly but the new date is mid December. That's 5 weeks without broadband.")
add(E_LATE, NC, IN, "Install visit", "N", None, "Install day came and went. Nobody. When I chased, they said there was an 'issue with the job'")
add(E_LATE, NC, IN, "Install visit", "N", None, "booked install slot, engineer no show, had to take another day off")
add(E_LATE, NC, IN, "", "N", None, "Twice now the install has been cancelled the day before. I'd told my old provider to leave so now I'm on mobile data.")
add(E_LATE, NC, IN, "Engineer on-my-way text", "N", None, "Got the 'engineer on the way' text at 8am. At 1pm got 'we need to rearrange'.")
add(E_LATE, NC, IN, "Install visit", "N", None, "Install cancelled because of 'capacity' in our area. Why sell it if you can't install it?")
add(E_LATE, NC, IN, "Install visit", "N", None, "3 weeks waiting for the appointment and then they cancel on the day. Awful.")
add(E_LATE, NC, IN, "Install visit", "N", None, "Was told an engineer would come between 8 and 1. No-one came and I couldn't get an answer on the phone either")
add(E_LATE, NC, IN, "", "N", None, "Cancelled, rebooked, cancelled again. I've lost all faith.")
add(E_LATE, NC, IN, "Install visit", "N", None, "Missed install appt. Please call me on 07700 900783 to rebook, I can't get through.")
add(E_LATE, NC, IN, "Install visit", "N", None, "I'm disabled and arranged for my carer to be here for the install. No show. Really upset.")
add(E_LATE, NC, EA, "Rescheduling call", "N", None, "Had to chase for a new install date after the no-show, nobody contacted me")
add(E_LATE, NC, IN, "Install visit", "N", None, "short notice cancelation of my install, no explanation")
add(E_LATE, NC, IN, "Install visit", "n", None, "Engineer didnt turn up. Rescheduled for next week, we'll see...")

# ---- minor: One Touch Switch / porting ----------------------------------------------------
S = "switching"
add(S, NC, GL, "One Touch Switch", "N", None, "My old provider kept billing me for a month after I switched. I thought One Touch Switch meant I didn't have to do anything?")
add(S, NC, GL, "One Touch Switch", "N", None, "Switch over was meant to be seamless, I had no internet for 2 days between the old line stopping and the new one going live.")
add(S, NC, GL, "One Touch Switch", "N", None, "Old provider cut me off the day before the install, which then got moved. No broadband for a week.")
add(S, NC, GL, "One Touch Switch", "n", None, "The One Touch Switch thing didn't cancel my old contract, still paying them.")
add(S, NC, GL, "", "n", None, "Got a leaving letter from my old provider with an exit fee nobody warned me about")
add("praise_switch", NC, GL, "One Touch Switch", "P", None, "Switching was easy, didn't have to phone my old provider at all")
add(S, NC, GL, "One Touch Switch", "n", None, "Had to ring the old provider anyway because the switch order never went through")
add(S, NC, GL, "Number porting", "n", None, "My landline number didn't come across. Been told it takes 10 days.")

# ---- minor: router delivery ----------------------------------------------------------------
R = "router_delivery"
add(R, NC, RD, "Router dispatch", "N", None, "Router didn't arrive before the install so the engineer had to leave it half done")
add(R, NC, RD, "Delivery tracking text", "n", None, "Courier left the router with a neighbour I've never met")
add(R, NC, RD, "Delivery tracking text", "n", None, "Tracking text said delivered, it wasn't")
add("praise_misc", NC, RD, "Router dispatch", "P", None, "Router came next day, well packaged, no issues")
add(R, NC, RD, "Router dispatch", "N", None, "The router was delivered to the old address on my account somehow")
add(R, NC, RD, "Router dispatch", "n", None, "Had to sign for the router, so had to take a morning off just for that")

# ---- minor: address not found ----------------------------------------------------------------
X = "address"
add(X, NC, EB, "Postcode checker", "n", None, "My flat isn't on the address list even though the building has fibre. Had to fill in a form and wait.")
add(X, NC, EB, "Postcode checker", "N", None, "Postcode checker said not available, then a week later I got a leaflet saying it was. Which is it?")
add(X, NC, EB, "Address not listed enquiry", "n", None, "Address not listed enquiry took 10 days to come back with an answer")
add(X, NC, EB, "Postcode checker", "n", None, "The checker listed flat 1 to 6, I'm in flat 7.")
add(X, NC, EB, "Postcode checker", "n", None, "New build house, checker didn't recognise the postcode at all")
add(X, NC, EB, "", "N", None, "Said full fibre was available at my address, but after I ordered they said we're actually not in the build area yet.")

# ---- minor: compensation ---------------------------------------------------------------------
K = "compensation"
add(K, FR, CP, "Automatic compensation credit", "N", None, "Was told I'd get automatic compensation for the delayed repair, nothing on my bill.")
add("praise_misc", FR, CP, "Automatic compensation credit", "M", None, "Compensation for the missed engineer appointment was a £30 credit. Fair enough.")
add(K, FR, CP, "Complaint escalation", "N", None, "I had to make a formal complaint to get compensation that's supposed to be automatic")
add(K, FR, CP, "Complaint escalation", "N", None, "Complaint escalation took 3 weeks to even acknowledge")
add(K, FR, CP, "Automatic compensation credit", "n", None, "Credited for 4 days with no service, I was out for 6.")
add("praise_misc", FR, CP, "Complaint escalation", "P", None, "Complaints team apologised and sorted the compensation quickly, appreciated it")

# ---- P1: install engineer praise ----------------------------------------------------------------
P1 = "praise_engineer"
for tp, sent, seg, text in [
    ("Install visit", "P", None, "The engineer was brilliant. Explained everything, tidied up after himself and even helped set up the printer."),
    ("Install visit", "P", None, "Fantastic install, engineer drilled neatly, hid the cable along the skirting and was done in 2 hours."),
    ("Install visit", "P", None, "Engineer Dave was friendly and professional. Nothing was too much trouble."),
    ("Install visit", "P", None, "Really impressed with the installer, he put the ONT exactly where I asked"),
    ("Install visit", "P", None, "Great installation, very tidy, no mess"),
    ("Install visit", "P", None, "Lovely engineer, took his shoes off without being asked!"),
    ("Install visit", "P", None, "The engineer called ahead, arrived on time and was finished by lunch."),
    ("Install visit", "P", None, "Install was quick and painless. 10/10"),
    ("Install visit", "P", None, "engineer was great, explained what the boxes do and tested speeds on my laptop before he left"),
    ("Civils and duct work", "P", None, "Had to have some digging done outside for the duct, the team were quick and put the paving back perfectly"),
    ("Install visit", "P", None, "Superb service from the install engineer. He found a blocked duct and cleared it rather than rebooking."),
    ("Install visit", "P", None, "Excellent"),
    ("Install visit", "P", None, "Install engineer was polite, efficient and very knowledgeable"),
    ("Install visit", "P", None, "Really happy, the engineer worked round my baby's nap time"),
    ("Install visit", "P", None, "Good install, engineer clearly knew what he was doing"),
    ("Install visit", "P", SB, "The install engineer went above and beyond, ran the cable to my office at the back of the house"),
    ("Install visit", "P", None, "Arrived in the slot, done in 90 mins, all working. Can't ask for more."),
    ("Install visit", "P", None, "Installer was really nice and patient with my dad who had lots of questions"),
    ("Install visit", "P", None, "Very professional engineer, left the place spotless"),
    ("Install visit", "P", None, "Top notch install"),
    ("Install visit", "P", None, "Smooth install, engineer was friendly, speeds are great"),
    ("Civils and duct work", "P", None, "The civils crew had to dig across the front garden but they re-turfed it and you'd never know"),
    ("Install visit", "P", None, "Engineer explained the difference between the ONT and the router, which no one had told me"),
    ("Install visit", "P", None, "Brilliant engineer, very helpful, thanks!"),
    ("Install visit", "M", None, "Great install. The only thing is the wait for the appointment was a bit long."),
    ("Install visit", "P", None, "Install went well, engineer was efficent and tidy"),
    ("", "P", None, "Really pleased with how the installation went, no fuss at all"),
    ("Install visit", "P", None, "The engineer set up the wifi on all our devices, great service"),
    ("Install visit", "P", None, "Friendly installer, everything working within the hour"),
    ("Install visit", "P", None, "the installer was so helpful, a credit to the company"),
]:
    add(P1, NC, IN, tp, sent, seg, text)

# ---- P2: speed / going live praise ------------------------------------------------------------
P2 = "praise_speed"
for tp, sent, seg, text in [
    ("Service activation", "P", None, "Getting 920Mb on a wired connection, exactly as promised. Night and day compared to my old copper line."),
    ("", "P", None, "Speeds are amazing, whole family streaming at once with no buffering"),
    ("Service activation", "P", None, "Went live the same afternoon as the install. Super fast."),
    ("Wi-Fi setup in app", "P", None, "Wifi setup in the app took 2 minutes, really simple"),
    ("", "P", None, "Upload speed is a game changer for working from home"),
    ("", "P", None, "Speed is brilliant, I'm getting more than the minimum guaranteed"),
    ("", "P", None, "Finally no more buffering on the telly"),
    ("Wi-Fi setup in app", "P", None, "App walked me through the router setup, I was online before the engineer had packed up"),
    ("", "P", None, "Fast and reliable so far, very happy"),
    ("Wi-Fi setup in app", "P", None, "The speed test in the app shows 500+ every time"),
    ("", "P", None, "Gaming ping has dropped massively, love it"),
    ("Service activation", "P", None, "Connection has been rock solid since going live"),
    ("Service activation", "P", None, "Service activated within an hour of the install, great"),
    ("Wi-Fi setup in app", "M", None, "The app setup for wifi was ok but it kept asking me to log in again"),
    ("", "P", None, "Quick, as advertised"),
    ("", "P", None, "Really fast broadband, would recommend to anyone"),
    ("Wi-Fi setup in app", "P", None, "Speeds good, the wifi pod helps upstairs"),
    ("", "P", SB, "My business runs on cloud software, the upload speed has made everything quicker"),
    ("", "P", None, "so much faster than before"),
    ("Service activation", "P", None, "Great speeds. Wish I'd switched years ago."),
]:
    add(P2, NC, GL, tp, sent, seg, text)

# ---- P3: easy ordering ---------------------------------------------------------------------------
P3 = "praise_order"
for st, tp, sent, seg, text in [
    (OR, "Online checkout", "P", None, "Ordering online was really straightforward, took about 5 minutes"),
    (EB, "Postcode checker", "P", None, "Checked my postcode, picked a package, done. Easiest switch I've ever made."),
    (OR, "Sales call", "P", None, "Sales call was helpful, the advisor didn't push me into the most expensive package"),
    (OR, "Online checkout", "P", None, "Clear pricing on the website, no hidden extras at checkout"),
    (OR, "Order confirmation email", "P", None, "Checkout was quick and the confirmation email told me exactly what happens next"),
    (OR, "Online checkout", "P", None, "Simple order process"),
    (EB, "Postcode checker", "P", None, "The postcode checker was instant and showed me all the speeds available"),
    (OR, "Online checkout", "P", None, "Really easy to order and pick an install date in one go"),
    (OR, "Online checkout", "P", ST, "Signing up was painless. The social tariff eligibility check was quick too."),
    (OR, "Sales call", "P", None, "Sales advisor was brilliant, explained the difference between 500 and 900 properly"),
    (OR, "Order confirmation email", "P", None, "Order confirmation came straight away with all the details"),
    (OR, "Online checkout", "P", None, "Great online ordering experience"),
    (OR, "Credit check", "M", None, "Order was easy but the credit check questions were a bit intrusive"),
    (OR, "Online checkout", "P", None, "Easy peasy to order"),
    (OR, "", "P", None, "quick order, good price"),
]:
    add(P3, NC, st, tp, sent, seg, text)

# ---- P4: remote fix / support praise ------------------------------------------------------------
P4 = "praise_remote_fix"
for st, tp, sent, seg, text in [
    (DG, "Remote line test", "P", None, "Reported the fault in the app, they ran a line test and fixed it remotely within an hour. Brilliant."),
    (RF, "Live chat", "P", None, "Technician on chat reset something on the network side and it came straight back. Great service."),
    (DG, "Remote line test", "P", None, "Remote line test found the issue straight away, no engineer needed"),
    (DG, "Guided troubleshooting", "P", None, "The troubleshooting steps actually worked, a router reset sorted it"),
    (RF, "App fault reporting", "P", None, "Reporting the fault in the app was really easy, got updates by text too"),
    (DG, "Area outage text", "P", None, "Got an outage text before I'd even noticed, and another when it was fixed. That's how it should be."),
    (DG, "Guided troubleshooting", "P", None, "The tech support guy was really knowledgeable and fixed it over the phone"),
    (RF, "Live chat", "P", None, "Live chat was quick and the agent was friendly"),
    (DG, "", "P", SB, "Quick diagnosis, engineer booked for the next day, fixed. Good for a business customer."),
    (RF, "Service status page", "P", None, "Service status page showed the outage and an ETA, which turned out to be accurate"),
    (DG, "Remote line test", "P", None, "Line test done while I was on the phone, problem found and fixed in 10 minutes"),
    (RF, "App fault reporting", "P", None, "App fault reporting is so much better than ringing up"),
]:
    add(P4, FR, st, tp, sent, seg, text)

# ---- misc, short and mixed --------------------------------------------------------------------
M_ = "misc"
for j, st, tp, sent, seg, text in [
    (NC, "", "", "Z", None, "ok"),
    (NC, IN, "", "Z", None, "Fine"),
    (FR, "", "", "P", None, "no complaints"),
    (FR, "", "", "N", None, "awful"),
    (NC, "", "", "P", None, "Good service overall"),
    (FR, RS, "", "n", None, "Could be better"),
    (NC, GL, "", "Z", None, "nothing to add"),
    (NC, "", "", "P", None, "all good"),
    (FR, "", "", "N", None, "Rubbish."),
    (NC, "", "", "M", None, "7/10, some hiccups but got there"),
    (NC, GL, "", "P", None, "Happy so far, early days"),
    (NC, EA, "Appointment booking", "n", None, "The appointment booking page only showed slots 3 weeks out"),
    (NC, EA, "Appointment booking", "M", None, "Booking the install online was simple but the first available slot was too far away"),
    (NC, EA, "Appointment reminder text", "P", None, "Reminder text the day before the install was useful"),
    (NC, IN, "Engineer on-my-way text", "P", None, "Engineer on-my-way text with the tracking map was handy"),
    (NC, OR, "Credit check", "n", None, "Credit check failed because I've just moved to the UK, had to pay a deposit"),
    (NC, OR, "Order confirmation email", "n", None, "Order confirmation email went to spam"),
    (NC, EB, "Speed estimate page", "M", None, "Speed estimate said 'up to 900' - I get 600 on wifi. Wired is fine."),
    (NC, EB, "Speed estimate page", "n", None, "The speed estimate page is a bit misleading, wifi speed is never going to match it"),
    (FR, RA, "Replacement router dispatch", "P", None, "Replacement router arrived the next day after the fault, good"),
    (FR, RA, "Replacement router dispatch", "N", None, "Replacement router took 5 days, no internet the whole time"),
    (FR, RA, "Repair slot booking", "N", SB, "Repair slot offered was 4 days away. For a total loss of service that's too long, we're a business."),
    (FR, RA, "Repair slot booking", "P", None, "Booking the repair was easy, chose a slot that suited me"),
    (FR, RA, "Appointment update text", "P", None, "Appointment update texts kept me informed, engineer arrived when it said"),
    (FR, RA, "Appointment update text", "n", None, "Got 3 different texts with 3 different appointment times for the repair"),
    (FR, EV, "External network repair", "P", None, "The external repair crew fixed the damaged cable on the pole within a day"),
    (FR, EV, "External network repair", "N", None, "Road works cut our cable, took 6 days to get the external repair done"),
    (FR, EV, "Missed appointment rebooking", "N", None, "Engineer didn't turn up for the repair, rebooking took another 4 days"),
    (FR, RF, "Service status page", "N", None, "Status page said no known issues while my whole road was down"),
    (FR, DG, "Guided troubleshooting", "N", None, "Troubleshooting had me unplugging things for 40 minutes before they'd book an engineer"),
    (FR, RS, "Fault closure text", "P", None, "The fault closure text asked me to confirm it was fixed, which was a nice touch"),
    (NC, GL, "Number porting", "P", None, "Number porting went smoothly, kept my old number"),
    (NC, FB, "Direct Debit setup", "P", None, "Direct debit setup was simple"),
    (NC, FB, "Billing query call", "P", None, "Billing line sorted my query in minutes"),
    (NC, "", "", "P", ST, "Good price for what you get, the social tariff is a lifeline"),
    (FR, "", "", "Z", None, "Not bad"),
    (NC, IN, "Install visit", "M", None, "Engineer was fine, but the whole process from order to live took 5 weeks"),
    (FR, EV, "Repair engineer visit", "P", None, "Repair engineer was quick and found the fault in the wall box straight away"),
    (FR, EV, "Repair engineer visit", "P", None, "Engineer fixed it first time, very polite"),
    (FR, RS, "Service restored check call", "P", None, "Nice to get a call a couple of days later to check everything was still ok"),
]:
    add(M_ if sent not in "P" else "praise_misc", j, st, tp, sent, seg, text)

# ---- touchpoints that no map names ----------------------------------------------------------------
U = "unmapped"
add(U, NC, GL, "Digital voice adapter", "n", None, "Digital voice adapter for my landline was confusing, the phone didn't work until I plugged it into the router not the wall")
add(U, NC, "", "Moving home", "N", None, "Moved house and had to re-order as a new connection, surely there's a way to just move my account?")
add(U, FR, RF, "WhatsApp support", "N", None, "Tried the WhatsApp support number, no reply for 2 days")
add(U, NC, OR, "Refer a friend", "n", None, "Referral code didn't work at checkout, and my friend didn't get his reward either")
