"""Comment themes: (touchpoint, sentiment, weight, tag, templates[, start, end]).
sentiment: pos / neu / neg. Dates are ISO strings limiting when a theme occurs (emerging problems)."""

AGENTS = ["Priya", "Tom", "Megan", "Josh", "Aisha"]
CLERKS = ["Dan", "Sophie", "the clerk", "the inventory lady", "the clerk from Clerkwise"]
PMS = ["Karen", "Olu", "my property manager", "the property manager", "Rachel"]

J1_THEMES = [
    (None, "pos", 2, "general", [
        "Whole process from viewing to moving in took under 3 weeks, really smooth",
        "good experience overall, would recommend ashdown & finch to friends",
        "friendly team, found us a lovely house",
    ]),
    (None, "neg", 2, "general", [
        "the whole process was chaotic, different person every time i called",
        "way too many emails asking for the same things",
        "fees and deposits add up to a lot, and nobody explained the timeline",
    ]),
    # Property search
    ("Rightmove listing", "pos", 3, "photos", [
        "Found the flat on rightmove, photos and floorplan were accurate which is rare",
        "listing had everything i needed, epc, floorplan, council tax band. made shortlisting easy",
        "Rightmove advert was spot on, the place looked exactly like the pictures",
    ]),
    ("Rightmove listing", "neg", 4, "already-let", [
        "Called about a flat on rightmove and was told it went {days} days ago. why is it still up??",
        "half the properties on rightmove were already let agreed when i rang. total waste of time",
        "the listing was still live a week after it was let. i took a day off work to view it and it was gone",
        "rightmove said available, the negotiator said its under offer. happened twice",
    ]),
    ("Zoopla listing", "neg", 2, "already-let", [
        "zoopla showed the old rent, turned out it was {n}0 pounds more a month",
        "Saw it on Zoopla, enquired, told it had gone. Please update your ads",
    ]),
    ("Zoopla listing", "pos", 1, "photos", [
        "zoopla listing was clear and the video link worked",
    ]),
    ("Agency website search", "pos", 2, "alerts", [
        "the email alerts from your website are quicker than rightmove, got in first for our place",
        "website search is simple and the saved search alert meant we saw the house the morning it went up",
    ]),
    ("Agency website search", "neu", 1, "alerts", [
        "website is ok, the map search is a bit clunky on mobile",
    ]),
    ("Enquiry response", "neg", 7, "slow-reply", [
        "Sent an enquiry on a friday and nobody got back to me until tuesday",
        "took {days} days to get a reply to my enquiry, by then it was gone",
        "had to ring the branch 3 times before anyone called back about the viewing",
        "enquired through rightmove, no reply at all. only heard back when i phoned",
        "really slow to reply to enquiries at weekends which is exactly when people are looking",
        "automated email said someone would call within the hour. nobody did",
        "We enquired about 4 properties over a weekend. Got one reply, on the Wednesday, by which time 3 of them were let. Other agents in Bristol called back the same day.",
        "no reply to my enquiry",
    ]),
    ("Enquiry response", "pos", 4, "quick-reply", [
        "{agent} called me back within 20 mins of my enquiry, really impressed",
        "quick reply to my zoopla enquiry and offered 3 viewing slots straight away",
        "Got a call back the same afternoon, very helpful and honest about the area",
        "response to enquiries has been much faster than other agents we tried",
    ]),
    # Viewing
    ("Viewing booking", "pos", 3, "easy-booking", [
        "booking the viewing online took 2 minutes and i got a text confirmation",
        "loved being able to pick a slot online instead of phone tag",
    ]),
    ("Viewing booking", "neg", 2, "no-confirmation", [
        "never got the confirmation text so wasn't sure the viewing was on",
        "booked online but the slot didnt exist, the branch had no record of it",
    ]),
    ("Accompanied viewing", "pos", 6, "friendly-agent", [
        "{agent} was lovely, knew the area and answered all our questions honestly",
        "viewing was relaxed, {agent} didn't rush us and pointed out the damp in the bathroom which i appreciated",
        "Great viewing, agent was on time and knew the building well",
        "{agent} stayed extra time so we could measure up for furniture. thank you",
        "really friendly negotiator, didnt feel like a hard sell at all",
    ]),
    ("Accompanied viewing", "neg", 5, "cancelled-late", [
        "viewing cancelled 30 mins before, I'd already left work",
        "agent turned up 25 minutes late and then rushed us round in 5 mins",
        "it was a block viewing with about {n}5 people, couldnt even see the kitchen properly",
        "second viewing got cancelled by text the morning of. no apology",
        "negotiator didnt know anything about the property, couldnt tell us bills or council tax",
    ]),
    ("Video tour", "pos", 3, "video", [
        "we were relocating from manchester so the live video call viewing was a life saver",
        "the video tour was thorough, we applied without visiting and it was exactly as shown",
        "moving from abroad, {agent} did a video walk round on whatsapp. brilliant",
    ]),
    ("Video tour", "neu", 1, "video", [
        "video was fine but quite dark, hard to see the condition of the bedroom",
    ]),
    ("Post-viewing follow-up", "neu", 2, "follow-up", [
        "got a follow up call the next day, bit pushy but fine",
        "follow up email was useful, it had the application link",
    ]),
    ("Post-viewing follow-up", "neg", 1, "follow-up", [
        "no follow up after the viewing at all, had to chase to apply",
    ]),
    # Application and referencing
    ("Online application form", "neg", 3, "form-timeout", [
        "application form timed out and i lost everything, had to do it twice",
        "the online form is really long and it logged me out half way",
        "form kept rejecting my previous address because it was abroad",
    ]),
    ("Online application form", "pos", 1, "form", [
        "application form was straightforward, done in 10 mins",
    ]),
    ("Tenant referencing", "neg", 12, "referencing-slow", [
        "referencing took {days} days, we were told 3. nearly lost the flat",
        "Keystone asked for my payslips twice, i'd already uploaded them",
        "no updates at all during referencing, i had to chase every day",
        "im self employed and referencing was a nightmare, they wanted 2 years accounts AND bank statements AND a guarantor",
        "referencing was the worst part. slow, repetitive and nobody could tell me where it was up to",
        "waited over a week for references, my old landlord said they'd never been contacted",
        "the referencing company kept emailing my employer at the wrong address, took ages",
        "why do i need to send the same documents to you AND keystone?",
        "my move date got pushed back because referencing wasn't done. had to pay for an extra week at my old place",
        "I submitted everything on the Monday, Keystone said it would be 48 hours. By the following Friday nothing, and when I rang the branch they said they cant see the status either. In the end it took {days} days and I had to get my employer to email them directly.",
        "referencing still not done after {days} days",
        "the referencing portal asked me to re-upload bank statements 3 times because they were 'unclear'. they were pdfs straight from my bank",
    ]),
    ("Tenant referencing", "pos", 3, "referencing-fast", [
        "referencing was done in 2 days, much quicker than i expected",
        "references went through really quick, {agent} kept me updated",
        "surprisingly painless referencing, all online",
    ]),
    ("Guarantor referencing", "neg", 3, "guarantor", [
        "my dad was my guarantor and they asked him for the same stuff 3 times",
        "guarantor referencing added another week on top",
        "guarantor form was confusing, my mum rang the office twice",
    ]),
    ("Right to rent check", "pos", 2, "right-to-rent", [
        "right to rent check with my share code was quick and easy",
        "right to rent in branch took 5 mins",
    ]),
    ("Right to rent check", "neu", 1, "right-to-rent", [
        "had to come into the branch for the right to rent check, bit inconvenient but fine",
    ]),
    # Holding deposit and offer
    ("Holding deposit payment", "pos", 3, "deposit-easy", [
        "paying the holding deposit was easy, card payment link worked first time",
        "holding deposit paid in a minute and i got a receipt straight away",
    ]),
    ("Holding deposit payment", "neg", 1, "deposit-unclear", [
        "wasnt clear if the holding deposit comes off the first month or not",
    ]),
    ("Holding deposit payment", "neg", 9, "payment-link", [
        "the holding deposit payment link expired before i even opened it, had to ask for a new one twice",
        "payment page for the holding deposit kept erroring, in the end my card was charged twice",
        "link to pay the holding deposit said expired after like an hour. someone else nearly got the flat",
        "new payment page wont accept my card, says declined but my bank says no attempt was made",
        "paid the holding deposit and the system says unpaid, now being chased for it",
        "payment link expired overnight and the office was shut. stressful",
    ], "2026-11-09", "2026-11-29"),
    ("Offer confirmation email", "pos", 2, "offer", [
        "offer email was clear with everything written down",
        "liked that the confirmation email listed the special conditions we agreed",
    ]),
    ("Offer confirmation email", "neg", 1, "offer", [
        "offer email had the wrong start date on it",
    ]),
    ("Tenancy agreement e-signing", "pos", 3, "e-sign", [
        "e-signing the tenancy was simple, all 3 of us signed from our phones",
        "signing online was quick",
    ]),
    ("Tenancy agreement e-signing", "neg", 2, "e-sign", [
        "the tenancy agreement came through the night before move in, no time to read it properly",
        "docusign email went to my spam and nobody told me, nearly delayed the move",
    ]),
    # Move-in
    ("Move-in monies payment", "neu", 2, "move-in-money", [
        "paid the move in monies by transfer, had to send proof of payment separately",
        "fine but the bank details came in a pdf, felt a bit nervous about scams",
    ]),
    ("Deposit protection certificate", "neu", 1, "dps", [
        "got the deposit protection certificate a few weeks after",
    ]),
    ("Deposit protection certificate", "neg", 1, "dps", [
        "still havent had my deposit certificate after a month",
    ]),
    ("Inventory check-in", "pos", 10, "thorough-inventory", [
        "{clerk} was really thorough at the check in, photographed every scratch",
        "the inventory check in was brilliant, walked round with me and noted everything",
        "Check-in clerk was friendly and really detailed, makes me feel safe about the deposit",
        "inventory was the most thorough ive ever had, even tested every socket",
        "{clerk} explained how the inventory works and what to report if we disagreed. very reassuring",
        "Inventory check in took nearly 2 hours but honestly worth it, every room photographed, meter readings done, smoke alarms tested. Best move in weve had.",
    ]),
    ("Inventory check-in", "neg", 3, "inventory-late", [
        "inventory report came {days} days after move in, by then we'd unpacked everything",
        "the inventory missed the stain on the sofa, worried i'll get charged",
        "still waiting for the check in report a week later",
    ]),
    ("Key collection", "pos", 6, "keys-smooth", [
        "picking up keys was smooth, everything ready when we arrived",
        "keys handed over on time, {agent} even left us a welcome card",
        "key collection was quick and they'd got all the fobs and meter readings ready",
    ]),
    ("Key collection", "neg", 2, "keys-hours", [
        "could only collect keys in branch hours, had to take half a day off",
        "keys were missing the bike store fob, had to go back",
    ]),
    ("Welcome pack", "pos", 2, "welcome", [
        "the welcome email with bin days and utilities was really useful",
        "welcome pack made it easy to set up energy and council tax",
    ]),
    ("Welcome pack", "neu", 1, "welcome", [
        "welcome pack ok but the portal login in it didnt work at first",
    ]),
]

J2_THEMES = [
    (None, "pos", 2, "general", [
        "been renting with ashdown & finch for 3 years, generally happy",
        "good agency overall, the property management team are friendly",
        "no real issues during the tenancy",
    ]),
    (None, "neg", 2, "general", [
        "communication during the tenancy has been poor from start to finish",
        "feels like once you've signed nobody cares",
        "too many different people handling our tenancy, we never know who to contact",
    ]),
    # Repairs
    ("Tenant portal repair report", "pos", 5, "portal-easy", [
        "reported the leak on the portal with photos, really easy",
        "love being able to log repairs in the app instead of calling",
        "portal is simple, took a photo of the broken extractor fan and it was logged in a minute",
        "Reporting the boiler issue on the portal was quick and i could see the status",
    ], "2026-08-31", "2026-11-12"),
    ("Tenant portal repair report", "neg", 2, "portal-no-update", [
        "logged a repair on the portal and it just says received for {days} days",
        "portal says job closed but nobody has been",
    ]),
    ("Tenant portal repair report", "neg", 9, "photo-upload", [
        "since the portal update i cant upload photos, it just spins",
        "tried to report a leak, the photo upload fails every time and then it logs me out",
        "the app keeps logging me out when i try to submit a repair. had to ring in the end",
        "portal update has broken photo uploads. tried on phone and laptop",
        "new portal won't let me attach pictures of the mould, says file error",
        "cant submit a repair since last week, upload error and then it loses the description",
        "Portal keeps signing me out mid report. very frustrating when the shower is leaking",
    ], "2026-11-09", "2026-11-29"),
    ("Tenant portal repair report", "neg", 4, "photo-upload", [
        "photo upload on the portal broken, gave up and emailed the pics",
        "why does the new portal log you out every 2 minutes",
        "uploading a video of the leak just fails. portal was better before the update",
    ], "2026-11-09", "2026-11-29"),
    ("Contractor appointment", "neg", 11, "no-show", [
        "contractor didnt turn up, i'd taken the day off work",
        "waited in all day for the plumber. no show, no call",
        "the contractor came without the right part so now we wait another week",
        "third visit for the same boiler fault. still no hot water properly",
        "they gave me an 8-6 window and then didnt come. again",
        "contractor turned up unannounced at 7.30am, no text beforehand",
        "waiting {days} days for the landlord to approve a £90 repair is ridiculous",
        "engineer said it needs a new part, nobody has booked the follow up",
        "Boiler has been playing up for 3 weeks. First contractor came, said it was the pump, left. Nobody ordered the part. Second contractor came {days} days later and said the same thing. We have a baby and no reliable heating. Unacceptable.",
        "contractor no show. again",
        "appointment text said tuesday am, plumber rang at 4pm saying he couldnt make it",
    ]),
    ("Contractor appointment", "pos", 3, "good-contractor", [
        "plumber came next day and fixed it first time, great",
        "contractor was polite, cleaned up after himself and explained the fix",
        "electrician was on time and sorted the fuse box quickly",
    ]),
    ("Out-of-hours emergency line", "pos", 6, "emergency-fast", [
        "rang the emergency line at 2am with water coming through the ceiling, someone was out within the hour",
        "out of hours team were brilliant when we got locked out",
        "emergency line answered straight away and talked me through turning off the water",
        "boiler died on a sunday night, the out of hours line got an engineer out monday morning. impressed",
    ]),
    ("Out-of-hours emergency line", "neg", 1, "emergency", [
        "emergency line said no heating isnt an emergency. it was 3 degrees",
    ]),
    ("Repair completion update", "neu", 2, "completion", [
        "got a text saying the job was done, fine",
        "completion survey came before the job was actually finished",
    ]),
    ("Repair completion update", "neg", 2, "completion", [
        "job marked as complete on the portal but the window still doesnt close",
        "they closed my repair without telling me",
    ]),
    # Rent and tenancy management
    ("Rent payment reminders", "pos", 2, "rent", [
        "rent reminders are handy and the receipt comes same day",
        "like the text reminder before rent day",
    ]),
    ("Rent payment reminders", "neg", 1, "rent", [
        "got a late rent reminder even though i paid on time, bit alarming",
    ]),
    ("Property manager contact", "neg", 5, "pm-unresponsive", [
        "emailed {pm} 3 times about the damp, no reply",
        "property manager changed twice this year and nobody told us",
        "nobody answers the property management phone line",
        "it takes days to get an answer to a simple question",
    ]),
    ("Property manager contact", "pos", 3, "pm-helpful", [
        "{pm} is great, always replies the same day",
        "property manager sorted the parking permit issue really quickly",
        "{pm} has been really helpful with the neighbour noise issue",
    ]),
    ("Periodic inspection", "neu", 2, "inspection", [
        "inspection was fine, bit short notice though",
        "inspector was in and out in 10 mins, not sure what it was for",
    ]),
    # Renewal
    ("Renewal offer", "neg", 5, "renewal-late", [
        "renewal email came 5 weeks before the end, not enough time to look elsewhere",
        "we only got the renewal offer after chasing",
        "renewal offer arrived really late and gave us 7 days to decide",
    ]),
    ("Renewal offer", "pos", 3, "renewal-easy", [
        "renewing was easy, offer came 3 months early and we signed online",
        "nice to be offered a rolling contract option as well as 12 months",
    ]),
    ("Rent review", "neg", 6, "rent-increase", [
        "rent going up {n}5 a month with no explanation of why",
        "the rent increase is way above what similar flats on the street go for",
        "asked for the comparables to justify the increase, never received them",
        "rent review felt like take it or leave it",
        "increase of nearly 10 percent and the bathroom still isnt fixed",
        "rent increase with 2 months notice and no explanation, we are looking elsewhere now",
    ]),
    ("Rent review", "neu", 1, "rent-increase", [
        "increase was fair enough given the market, they did send comparables",
    ]),
    ("Renewal agreement signing", "pos", 2, "renewal-sign", [
        "signing the renewal online took 2 minutes",
        "easy e-sign for the renewal",
    ]),
    # Move-out
    ("Notice to leave", "neu", 2, "notice", [
        "gave notice by email and got a confirmation a few days later",
        "notice was accepted ok but i had to ask what date the tenancy actually ends",
    ]),
    ("Notice to leave", "pos", 1, "notice", [
        "handing in notice was easy, they confirmed the end date the same day",
    ]),
    ("End of tenancy guide", "pos", 2, "guide", [
        "the end of tenancy guide was useful, told us exactly the cleaning standard expected",
        "checklist for moving out was really clear",
    ]),
    ("Check-out inspection", "neu", 2, "checkout", [
        "check out was quick, clerk didnt say much",
        "check out inspection was done after we left so no chance to discuss anything",
    ]),
    ("Check-out inspection", "neg", 2, "checkout", [
        "check out clerk noted marks that were on the check in report",
        "check out was rescheduled twice",
    ]),
    # Deposit return
    ("Deductions proposal", "neg", 10, "cleaning-charges", [
        "£{n}50 for professional cleaning when we had it cleaned ourselves, with receipts",
        "they want to charge us for repainting a wall that was marked at check in",
        "deductions sent with no photos or quotes, just a list of numbers",
        "charged for wear and tear after 3 years, thats not how it works",
        "cleaning charge is unfair, the oven was dirty when we moved in and the inventory says so",
        "deductions proposal came {days} days after we moved out and we had 5 days to respond",
        "the deposit deductions felt like the landlord was getting the place refurbished on us",
        "We lived there 4 years and left it spotless. The deductions list had £{n}20 for cleaning, £80 for a missing lightbulb and redecoration of the hallway. No photos, no quotes. When I asked for evidence I was told to raise a dispute if I wasnt happy.",
        "deductions are a joke",
    ]),
    ("Deductions proposal", "pos", 1, "deductions-fair", [
        "deductions were small and explained with photos, no complaints",
    ]),
    ("Deposit return payment", "neg", 5, "slow-return", [
        "still waiting for my deposit {days} days after moving out",
        "took nearly a month to get the deposit back, kept being told its with accounts",
        "deposit return is really slow, i needed that money for my next place",
    ]),
    ("Deposit return payment", "pos", 4, "fast-return", [
        "got my full deposit back within a week, thank you",
        "deposit back in 6 days, really pleased",
        "whole deposit returned quickly, no hassle at all",
        "deposit came back faster than with any other agent ive rented with",
    ]),
    ("Deposit dispute", "neg", 4, "dispute", [
        "had to raise a dispute with TDS over the cleaning charge. took months",
        "the dispute process is stacked against tenants, your evidence pack was late",
        "raised a dispute, nobody from the deposits team would talk to me about it",
    ]),
    ("Deposit dispute", "neu", 1, "dispute", [
        "the adjudicator sided with us in the end, shouldnt have needed a dispute though",
    ]),
]

SUFFIX = ["", "", "", "", " thanks", " cheers", ".", "!", " tbh", " overall ok", " not impressed", " x"]
PREFIX = ["", "", "", "", "", "", "", "honestly ", "overall ", "tbh ", "to be fair ", "well ", "so ", "hi, ", "Not gonna lie "]
