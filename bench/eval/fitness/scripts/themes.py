"""Comment themes: where they happen, how many per file, polarity, date window, and hand-written texts.

counts = (nps_survey, csat_pulse, app_reviews)
window = (first_date, last_date) ISO, or None for the whole period.
seg = forced segment or None.
"""
J1, J2 = "join-and-start", "member-lifecycle"

T = []


def th(key, j, stage, tp, ch, pol, counts, texts, window=None, seg=None, clubs=None, trend=None):
    T.append(dict(key=key, journey=j, stage=stage, touchpoint=tp, channel=ch, pol=pol, counts=counts,
                  texts=texts, window=window, seg=seg, clubs=clubs, trend=trend))


# ---------------- Joining and getting started ----------------
th("website_price", J1, "Discover and compare", "Website club pages", "web", "neg", (6, 0, 0), [
    "website says from £19.99 but {club} was £31.99 when i actually went to join",
    "Couldn't find the actual price for my club without putting all my details in first. Just show the price!",
    "timetable on the website is wrong, turned up for a {cls} class that hasnt run since the summer",
    "The 'from' price on the website is misleading. Nobody pays that.",
    "club page said open til 11 but it shuts at 10 on fridays",
    "price on the site and price at the desk were different, consultant said the website is 'a guide'",
    "web page for {club} still lists a sauna that's been closed for months",
    "took ages to work out what the difference between standard and premium actually is from the website",
    "website price was misleading tbh",
])
th("club_tour_good", J1, "Discover and compare", "Club tour", "in person", "pos", (5, 4, 0), [
    "{cons} showed me round, no pressure at all, really helpful",
    "Had a tour of {club} before joining. Friendly, honest about busy times. That's why I joined.",
    "the tour was great, they let me look at the changing rooms and everything",
    "nice tour, got a proper feel for the place",
    "Consultant answered all my questions on the tour and didn't push me into premium",
    "good tour, clean club, joined the same day",
])
th("day_pass", J1, "Discover and compare", "Free day pass", "in club", "mix", (4, 0, 0), [
    "free day pass was good but why do you need my card details for a free pass?? felt sneaky",
    "Used the day pass, liked the gym, but got 3 sales calls the next day",
    "day pass fine, gym was rammed though",
    "had to give card details for the free day pass, nearly didnt bother",
])
th("online_join_issues", J1, "Sign up", "Online join form", "web", "neg", (8, 0, 0), [
    "promo code wouldnt apply on the join form, ended up paying the full joining fee",
    "Join form crashed at the payment step on my phone twice. Had to do it on a laptop.",
    "joining fee of £25 only showed up on the very last page. not impressed",
    "tried to join online 3 times, kept saying 'something went wrong'",
    "The online form kept timing out on the direct debit page",
    "promo code from instagram ad didnt work, chat said to join in club instead??",
    "form asked for my address twice and then lost everything when i went back",
    "why is the joining fee hidden until the end",
    "online sign up was a nightmare on mobile",
], window=("2026-09-01", "2026-10-20"))
th("online_join_easy", J1, "Sign up", "Online join form", "web", "pos", (6, 0, 0), [
    "joined online in about 5 mins, really easy",
    "Sign up online was quick and the price was clear from the start",
    "easy to join on my phone, promo code went straight through",
    "Online joining was straightforward. Got my PIN a few minutes later.",
    "super easy to sign up, no faff",
    "new join form is much better than when my partner joined in sept",
], window=("2026-10-12", "2026-11-29"))
th("in_club_pressure", J1, "Sign up", "In-club sign-up", "in person", "neg", (4, 3, 0), [
    "waited 25 mins at reception to sign up then got a hard sell on premium",
    "Consultant was pushy about the 12 month contract, I just wanted rolling monthly",
    "had to come back the next day to join because the only consultant was on a tour",
    "signing up in club took forever, the tablet kept freezing",
    "felt pressured into premium when i asked for standard",
    "sign up in club was slow, 3 people waiting and one person on the desk",
])
th("student_rate", J1, "Sign up", "In-club sign-up", "in person", "neg", (5, 0, 0), [
    "had to bring my student card into the club to get the student rate, cant do it online",
    "Student price isn't available online, why??",
    "student membership doesnt cover the summer holidays so i have to rejoin and pay the joining fee again",
    "my uni email wasnt accepted for the student discount",
    "student rate only off-peak, lectures finish at 4 so i cant use it",
], seg="Student")
th("dd_setup", J1, "Sign up", "Direct debit setup", "web", "neg", (3, 0, 0), [
    "bank details kept getting rejected even though they were right",
    "Direct debit setup failed and nobody told me, found out when my PIN stopped working",
    "took 3 goes to set up the direct debit",
])
th("corporate_discount", J1, "Sign up", "Direct debit setup", "web", "neg", (4, 0, 0), [
    "my employer discount wasnt applied, paying full price for 2 months now",
    "Joined through the work scheme but the corporate discount never showed on my direct debit",
    "corporate discount code accepted at sign up but I'm still charged the normal rate",
    "we were told 20% discount through work, its not on my payments",
], seg="Corporate")
th("pin_late", J1, "Sign up", "Welcome email and access PIN", "email", "neg", (4, 0, 0), [
    "didnt get my pin for 2 days so couldnt get in",
    "Welcome email went to spam and there was no PIN in it anyway",
    "turned up for my first session and had no PIN, desk had to let me in",
    "PIN email arrived the day after i joined, wasted a trip",
    "no welcome email at all, had to ring up to get my membership number",
])
th("induction_slots", J1, "Induction and first visit", "Induction booking", "app", "neg", (13, 4, 0), [
    "no induction slots for 2 weeks at {club}",
    "Had to wait 10 days for an induction. Paid for a month and couldn't use half of it.",
    "induction booking in the app only shows slots at 2pm on weekdays, i work!!",
    "cant get an induction at {club} for love nor money",
    "induction got cancelled the morning of and the next slot was 9 days later",
    "Tried to book the induction, nothing available until the 3rd week",
    "why is it so hard to get an induction slot",
    "waited nearly 2 weeks for the induction, then the coach was off sick",
    "no induction slots this side of christmas apparently",
    "the app says no availability for inductions every time i look",
    "booked my induction for the 20th, joined on the 4th. not great",
    "I joined to get fit not to wait for an induction",
    "induction slots are like gold dust at {club}",
    "waiting list for inductions is ridiculous",
], trend="rising")
th("induction_coach_great", J1, "Induction and first visit", "Induction session with a coach", "in person", "pos",
   (9, 8, 0), [
    "{coach} was brilliant in my induction, showed me everything and i didnt feel silly",
    "Really good induction. Coach took time to explain the machines and set me up properly.",
    "induction was fab, {coach} was so patient with me",
    "Great induction, felt confident using the gym straight after",
    "loved the induction, very welcoming for a beginner",
    "coach at my induction was amazing, explained everything twice without making me feel thick",
    "induction with {coach} was the best part of joining",
    "thorough induction, good safety tips, no sales talk",
    "Induction was clear and friendly. Would recommend.",
    "honestly the induction made me stick with it",
    "{coach} gave me a plan to follow after the induction, really useful",
    "fab induction, nervous beforehand but no need",
])
th("induction_pt_pitch", J1, "Induction and first visit", "Induction session with a coach", "in person", "neg",
   (6, 4, 0), [
    "induction was basically a 40 min PT sales pitch",
    "Spent more of the induction hearing about PT packages than learning the machines",
    "coach at induction kept pushing personal training, i said no 3 times",
    "induction felt rushed and salesy",
    "Induction was 20 mins of kit and 25 mins of 'have you thought about a PT'",
    "not a fan of the sales pitch in the induction",
])
th("app_link", J1, "Induction and first visit", "Member app setup", "app", "neg", (4, 0, 5), [
    "app wouldnt link to my membership number, had to ask at the desk",
    "Can't log in to the app with my membership number, says not recognised",
    "took 4 days before the app recognised my membership",
    "app setup failed, support email never replied",
    "App says 'account not found'. I have been a member 2 weeks.",
    "linking my membership in the app is broken",
])
th("workout_plan", J1, "Induction and first visit", "First workout plan", "app", "pos", (3, 0, 0), [
    "the starter plan in the app is great, easy to follow",
    "Coach put a plan in the app for me after my induction, love it",
    "workout plan was simple and just what i needed",
])
th("checkin_call", J1, "First 30 days", "30-day check-in call", "phone", "pos", (3, 0, 0), [
    "nice to get a call after a month to check how i was getting on",
    "The 30 day call was a nice touch, booked me a progress review",
    "got a check in call, appreciated it",
])
th("first_class_free", J1, "First 30 days", "First class free pass", "in club", "pos", (4, 0, 0), [
    "free reformer class in my first month was brilliant, now hooked",
    "Used my free class pass on pilates, loved it",
    "first class free was a good way to try something new",
    "free class pass was great but took a while to find how to use it",
])
th("onboarding_emails", J1, "First 30 days", "Onboarding email series", "email", "neg", (3, 0, 0), [
    "too many emails in the first month, unsubscribed",
    "The welcome emails are very generic, nothing about what I actually said my goals were",
    "emails are just adverts for PT",
])
th("progress_review", J1, "First 30 days", "Progress review session", "in person", "pos", (2, 3, 0), [
    "progress review was really motivating, coach changed my plan round",
    "Good progress review, nice to see I'd improved",
    "review session at 30 days kept me going",
    "great review with {coach}",
])

# ---------------- Membership lifecycle ----------------
th("class_full", J2, "Class booking", "Class booking in app", "app", "neg", (10, 0, 6), [
    "spin classes are fully booked within a minute of release at 7am",
    "impossible to get on {cls} after work, always full",
    "Every evening class is full by 7.02am. Need more classes or a fairer system.",
    "set an alarm for 7am to book {cls} and it was still full",
    "classes at {club} are always full, there's never space after 5",
    "can never get a class i want, paying for something i cant use",
    "the 6pm {cls} is gone in seconds",
    "more classes please!! 18 on the waitlist for {cls} again",
    "class booking is a lottery",
    "Fully booked, fully booked, fully booked. Every time.",
    "peak time classes are impossible",
    "i've given up trying to book {cls}",
])
th("premium_priority", J2, "Class booking", "Class booking in app", "app", "neg", (5, 0, 0), [
    "premium is meant to give me priority booking a day early but classes are still full",
    "What is the point of premium priority booking if {cls} is full on day 8 as well",
    "paid for premium mainly for the priority booking, doesnt seem to make any difference",
    "priority booking for premium members clearly isnt working",
    "premium priority window is a joke, sold out in minutes",
], seg="Premium")
th("app_bug_v52", J2, "Class booking", "Class booking in app", "app", "neg", (9, 0, 10), [
    "since the last app update my bookings just disappear",
    "App says I'm booked but I wasn't on the instructor's list. Happened twice since the update.",
    "new update logs me out every time i open it",
    "after the update the app shows the wrong club's timetable",
    "latest update is terrible, booked {cls} and it vanished from my bookings",
    "app keeps crashing on the booking screen since last week's update",
    "Since the update I get 'booking failed' but then it charges a no-show fee for the class",
    "updated the app and now i cant book anything, just spins",
    "what happened with the app update?? nothing works",
    "version 5.2 broke booking for me",
    "bookings disappearing since the update, lost my spot in {cls}",
    "app update has made booking classes so much worse",
], window=("2026-11-10", "2026-11-29"))
th("waitlist_notif", J2, "Class booking", "Waitlist notifications", "push", "neg", (6, 0, 6), [
    "didnt get the waitlist notification then got a no show fee for a class i didnt know i was in",
    "Waitlist alerts have stopped working, got auto-booked with no notification",
    "no waitlist notifications since the update, missed 2 classes",
    "waitlist push came through 20 minutes after the class started",
    "not getting waitlist notifications anymore",
    "got charged £5 for a waitlist class i never got told about",
], window=("2026-11-10", "2026-11-29"))
th("no_show_fee", J2, "Class booking", "Late cancel and no-show fee", "app", "neg", (5, 0, 5), [
    "£5 fee for cancelling 4 hours before is harsh",
    "Got a no-show fee when the instructor didn't even take a register",
    "late cancel fee when my kid was ill, no flexibility at all",
    "6 hour cancellation window is too long",
    "charged a no show fee but i was there!",
    "the no show fee thing is a money grab",
])
th("app_timetable_good", J2, "Class booking", "App class timetable", "app", "pos", (4, 0, 8), [
    "app is really easy to use for booking classes",
    "Love the app, can see every class at every club",
    "timetable in the app is clear, filters by instructor which is great",
    "best gym app i've used",
    "app works well, easy to find classes",
    "Clean app, quick to book, reminders are handy",
    "simple app does what it needs to",
    "like being able to see the timetable for all clubs",
], window=("2026-09-01", "2026-11-09"))
th("equipment", J2, "Training in club", "Gym floor and equipment", "in club", "neg", (9, 6, 0), [
    "cable machine out of order for 3 weeks at {club}",
    "squat racks always taken 5-7pm, people sitting on their phones on them",
    "Two treadmills broken again. Signs up for weeks.",
    "gym is rammed after work, cant get on anything",
    "broken kit never gets fixed at {club}",
    "too busy at peak, feels like they oversell memberships",
    "leg press been broken for a month",
    "need more benches, queue for everything at 6pm",
    "half the bikes in the spin studio dont work properly",
    "Equipment at {club} is tired and a lot of it is out of order",
    "smith machine broken AGAIN",
], clubs=["Birmingham Digbeth"] * 5 + [None])
th("instructors", J2, "Training in club", "Group exercise classes", "in club", "pos", (12, 10, 0), [
    "{coach}'s HIIT class is the best thing about this gym",
    "instructors are amazing, especially {coach} on a tuesday",
    "Love the classes. {coach} is so motivating.",
    "spin with {coach} is worth the membership alone",
    "great variety of classes and the instructors really know their stuff",
    "{cls} class is brilliant, always leave buzzing",
    "the class instructors make this place",
    "Yoga on a Sunday is my favourite hour of the week",
    "classes are fab, friendly atmosphere",
    "{coach} remembers everyones names and pushes you just enough",
    "Best group classes I've been to at any gym",
    "love {cls}, great music and great instructor",
    "classes are really good when you can get on them",
    "{coach} is a legend",
])
th("showers", J2, "Training in club", "Changing rooms and showers", "in club", "neg", (7, 7, 0), [
    "showers cold again at {club}",
    "changing rooms are dirty by the evening, hair everywhere",
    "Only 2 of the 6 showers working in the mens",
    "no hot water in the womens changing room for a week",
    "lockers broken, had to carry my bag round the gym",
    "showers are freezing, reported it 3 times",
    "changing rooms smell awful after 6pm",
    "Cold showers for the third week running at {club}. Fix it.",
], clubs=["Sheffield Kelham"] * 5 + [None])
th("front_desk", J2, "Training in club", "Front desk team", "in club", "pos", (6, 6, 0), [
    "front desk staff always friendly, know my name",
    "Reception team at {club} are lovely",
    "the staff on the desk sorted my PIN in 2 minutes, great service",
    "friendly staff, always say hello",
    "{cons} on reception is a star",
    "Staff are brilliant, really welcoming",
    "desk team are so helpful",
    "great staff at {club}",
])
th("offpeak_gates", J2, "Training in club", "Entry gates and access", "in club", "neg", (7, 0, 0), [
    "off peak now ends at 4pm instead of 5, cant get there from work by 4",
    "Gates locked me out at 4.05pm. Off-peak used to be until 5pm, nobody told me.",
    "changing off peak to 4pm without asking us is out of order",
    "got turned away at the gates at 4pm, off peak hours changed with no notice",
    "the 4pm cut off for off peak makes my membership pointless",
    "why did off peak hours change to 4pm?",
    "4pm off-peak cutoff is ridiculous, thinking of leaving",
], window=("2026-10-01", "2026-11-29"), seg="Off-Peak")
th("gates_qr", J2, "Training in club", "Entry gates and access", "in club", "neg", (3, 0, 3), [
    "qr code wont scan at the gates half the time",
    "Gate scanner doesn't read the app QR, queue behind me every morning",
    "qr entry is unreliable, have to use my pin",
])
th("pt_taster", J2, "Personal training", "PT taster session", "in person", "pos", (3, 4, 0), [
    "free PT taster was great, learnt loads in 30 mins",
    "Taster session with {coach} was really useful",
    "PT taster was good, no hard sell",
    "enjoyed the taster, might sign up",
])
th("pt_pushy", J2, "Personal training", "PT package purchase", "in person", "neg", (6, 0, 0), [
    "PT prices arent on the website, had to sit through a sales chat to find out",
    "Only sell PT in blocks of 10 paid up front, can't afford that in one go",
    "trainer was very pushy about buying a package after the taster",
    "why cant i just buy one PT session",
    "PT is expensive and the pricing isnt clear",
    "asked about PT prices 3 times before anyone gave me a number",
    "£450 up front for 10 sessions is a lot, would do 5",
])
th("pt_sessions", J2, "Personal training", "PT sessions", "in person", "pos", (6, 4, 0), [
    "my PT {coach} has changed my life honestly",
    "PT sessions are worth every penny, down 2 stone",
    "Great personal trainer, really knows nutrition too",
    "{coach} is the best PT, so encouraging",
    "love my PT sessions",
    "PT has helped my back pain loads",
])
th("double_dd", J2, "Billing and payments", "Monthly direct debit", "bank", "neg", (9, 0, 0), [
    "taken twice this month!! who do i even speak to",
    "Charged twice on the 1st. Bank shows two payments from Ridgeline.",
    "double payment this month, left me overdrawn",
    "my membership came out twice in november",
    "been charged twice, is this the new payment company?",
    "two direct debits taken this month and a 'payment failed' email?? make it make sense",
    "charged twice for november, still no refund",
    "double charged, took 40 mins to get through to someone",
    "why was i charged twice",
    "2 payments taken on the 2nd. sort it out",
], window=("2026-11-02", "2026-11-29"))
th("failed_fee", J2, "Billing and payments", "Failed payment and arrears", "email", "neg", (5, 0, 0), [
    "£15 admin fee because the payment failed on THEIR side",
    "Payment failed, got locked out of the gym and charged £15. No warning.",
    "the failed payment fee is a rip off",
    "my card changed, they didnt retry, just added a £15 fee",
    "£15 for a failed payment is outrageous",
])
th("price_rise", J2, "Billing and payments", "Price change notice", "email", "neg", (5, 0, 0), [
    "price going up £3 a month with only 2 weeks notice",
    "Another price rise, second one this year",
    "got an email saying my price is going up, nothing new for it",
    "price increase email was buried in a newsletter",
    "£3 more a month and the showers still dont work",
    "paying more for the same busy gym",
], window=("2026-10-01", "2026-11-05"))
th("billing_support", J2, "Billing and payments", "Billing support", "phone", "neg", (6, 5, 0), [
    "45 mins on hold to member services",
    "Web chat closed at 5pm, phone queue 30+ minutes",
    "nobody answers the phone about billing",
    "rang 4 times about a wrong payment, each time told someone would call back",
    "member services are impossible to reach",
    "chat bot just goes in circles",
    "billing team took 3 weeks to sort a refund",
])
th("freeze_rules", J2, "Freeze membership", "Freeze request in app", "app", "neg", (8, 0, 5), [
    "can only freeze with a doctors note, i'm travelling for work for 2 months",
    "£7.50 a month to freeze?? for nothing",
    "Freeze request got rejected because my 'evidence' wasn't good enough",
    "wanted to freeze for a month after an operation, took 3 weeks to approve",
    "freezing should be free, other gyms do it",
    "the freeze form in the app wont let me upload a photo of my note",
    "freeze only for medical reasons is too strict",
    "charged the freeze fee AND the full month",
    "cant freeze for pregnancy without a letter?? really",
    "freeze option in the app is hidden and confusing",
])
th("freeze_reactivation", J2, "Freeze membership", "Freeze end and reactivation", "email", "neg", (3, 0, 0), [
    "membership restarted a week early after my freeze",
    "No email before my freeze ended, just started charging again",
    "freeze ended and my PIN didnt work",
])
th("cancel_hard", J2, "Cancel membership", "Cancellation request", "web", "neg", (16, 5, 0), [
    "had to go into the club to cancel, why cant i do it online",
    "30 days notice to cancel is ridiculous",
    "Cancelling is deliberately hard. The form is hidden under account > settings > more.",
    "took me 3 attempts to cancel, form kept erroring",
    "told on the phone i had to cancel in person at the club",
    "cancellation process is awful, never coming back",
    "why is cancelling so hard when joining took 5 mins",
    "couldnt find where to cancel in the app at all",
    "sent my cancellation email twice and no reply",
    "cancel form said submitted but nothing happened",
    "made to wait 30 days and pay another month just to cancel",
    "Worst cancellation process I've come across",
    "moving away and still had to come in to cancel",
    "I emailed to cancel, was told emails don't count",
    "cancelling was a nightmare",
    "they make it so difficult to cancel",
    "cancellation should be in the app",
    "finally cancelled after 3 weeks of trying",
])
th("retention_call", J2, "Cancel membership", "Retention call", "phone", "neg", (4, 0, 0), [
    "retention call was pushy, i said no twice and they kept going",
    "Got a call offering 50% off to stay after I cancelled. Why not offer that before?",
    "the save call was fine but i'd already made my mind up",
    "retention team rang 3 times in one day",
    "felt like a hostage negotiation trying to leave",
])
th("charged_after_cancel", J2, "Cancel membership", "Cancellation confirmation", "email", "neg", (5, 0, 0), [
    "no confirmation email and charged again after cancelling",
    "Got charged the month after my cancellation date",
    "never got a cancellation confirmation so dont know if it went through",
    "cancelled in sept, still being charged",
    "confirmation email had the wrong end date",
    "charged after my end date, still waiting for the refund",
])
th("general_praise", J2, "Training in club", None, "in club", "pos", (6, 0, 0), [
    "great gym, good value for money",
    "Really happy with my membership, clean and friendly",
    "best gym ive been a member of",
    "good club, good classes, good people",
    "Love Ridgeline, would recommend to anyone",
    "decent gym for the price",
    "very happy overall",
    "good atmosphere, not intimidating",
])
