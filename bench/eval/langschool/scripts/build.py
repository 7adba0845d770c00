#!/usr/bin/env python3
"""Generate the Voxa Languages (langschool) survey comments and weekly KPI snapshots.

Reproducible: random.seed(20260309). Run from anywhere:
    python3 scripts/build.py
Writes
    knowledge/comments/lesson_feedback_2026q1.csv      in-house post-lesson / in-app survey (CSAT 1-5)
    knowledge/comments/typeform_nps_export.csv         vendor export (Typeform relationship NPS 0-10)
    knowledge/comments/typeform_nps_export.mapping.yaml  its column mapping
    knowledge/comments/b2b_admin_pulse.csv             quarterly pulse of HR / L&D admins (NPS 0-10)
    knowledge/kpis/first_course_weekly.csv
    knowledge/kpis/certify_renew_weekly.csv
The maps in knowledge/maps/ are hand-written.
"""
import csv
import datetime as dt
import os
import random

random.seed(20260309)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
COMMENTS = os.path.join(ROOT, "knowledge", "comments")
KPIS = os.path.join(ROOT, "knowledge", "kpis")

W1 = dt.date(2026, 1, 5)          # Monday of KPI week 1
WEEKS = 10                        # weeks 1..10 -> 2026-01-05 .. 2026-03-09
J1 = "Placement to first course"  # first-course.yaml
J2 = "Certificate and renewal"    # certify-and-renew.json

DEFAULT_SEG = {"Individual": 0.6, "Student": 0.2, "Corporate": 0.2}

# ---------------------------------------------------------------------------
# Themes: (key, journey, stage, touchpoint, files, n, sentiment, weeks, segments, texts)
#   files: letters of the surveys the theme shows up in (L = lesson feedback CSAT,
#          T = Typeform NPS export, B = B2B admin pulse NPS)
#   sentiment: neg / mild / pos  -> score distribution
#   weeks: (first, last) KPI week the comments fall into
# ---------------------------------------------------------------------------
T = []


def theme(key, journey, stage, tp, files, n, sent, weeks=(1, WEEKS), seg=None, texts=()):
    T.append(dict(key=key, journey=journey, stage=stage, tp=tp, files=files, n=n, sent=sent,
                  weeks=weeks, seg=seg or DEFAULT_SEG, texts=list(texts)))


# ----- Journey 1: Placement to first course --------------------------------
theme("placement_audio", J1, "Placement test", "Online placement test", "LT", 10, "neg", texts=[
    "The listening part of the level test wouldn't play on my iPhone, had to reload 3 times",
    "audio in the entry test didn't load on safari, I just guessed the listening answers",
    "Level test listening clips are silent on my Mac. Chrome worked in the end.",
    "Closed the tab by accident during the level test and had to start from zero. No save?",
    "the quiz at the start froze on the listening section",
    "Placement test took me 35 minutes and the audio kept failing. Not a great first impression",
    "Couldn't pause the level test when my kid woke up, lost all progress",
    "listening questions in the test don't play on ipad",
    "Why can't I resume the placement test? Lost everything at question 30.",
    "level test way too long for a lunch break and the sound didnt work",
])
theme("placement_level", J1, "Placement test", "Online placement test", "LT", 8, "mild", texts=[
    "The level test put me in B2 but in the first lesson I was clearly lost. B1 would have been right",
    "Placed too high, I know grammar from school but can't speak. Test only checks grammar",
    "entry test said A2, my tutor moved me up after one lesson. bit pointless",
    "The test result didn't match my real level, speaking isn't tested at all",
    "I got B1 on the level test and B2 from my tutor, which one is right?",
    "Test was fine but the level felt off, first course was too hard",
    "Placement was too high for me, had to ask to change course",
    "Level test fine, quick enough. Result maybe a bit generous",
])
theme("speaking_check", J1, "Placement test", "Speaking check call", "LT", 6, "mild", texts=[
    "Had to wait 4 days for the speaking interview, no evening slots",
    "The speaking check with the assessor was nice but booking it took ages",
    "speaking call got rescheduled twice by you guys",
    "Only morning slots for the speaking test, I work 9-6",
    "Assessor was friendly, the oral check confirmed my level. Just wish it was sooner",
    "waited almost a week for the speaking interview after doing the test",
])
theme("result_email", J1, "Placement test", "Level result email", "T", 4, "mild", texts=[
    "My results email went to spam, thought the test had failed",
    "the email with my level just says B1 with no explanation of what I can do",
    "Never got the result email on my work address, only after I used gmail",
    "level email is very generic, tells me nothing",
])
theme("plan_confusion", J1, "Course and tutor match", "Plan picker", "LT", 12, "neg",
      seg={"Individual": 0.55, "Student": 0.35, "Corporate": 0.1}, texts=[
    "Packages vs subscription is so confusing. What is a credit? Do they expire?",
    "the prices page has 4 plans and I still don't know which one to pick",
    "I didn't understand lesson credits until I'd already paid",
    "Pricing is a maze. Flex, Monthly, Intensive... just tell me the price per lesson",
    "student discount only showed up after I typed my uni email, almost left before that",
    "Not clear whether the monthly plan rolls over unused lessons. Ended up buying the wrong one",
    "too many packages, had to ask the chat which plan to buy",
    "Price per lesson isn't shown anywhere, had to calculate it myself",
    "as a student the plans are expensive and the discount is hidden",
    "Confusing plans. I thought Intensive meant more hours per lesson",
    "The pricing page needs a simple table. Credits, rollover, subscription - what?",
    "bought the 8 lesson pack then found monthly was cheaper, annoyed",
    "plans page confusing, credits system not explained",
    "Honestly the packages are confusing, nearly gave up on signing up",
])
theme("tutor_timezone", J1, "Course and tutor match", "Tutor profiles and matching", "LT", 12, "neg",
      seg={"Individual": 0.7, "Student": 0.15, "Corporate": 0.15}, texts=[
    "I'm in Toronto and almost no tutors are free after my work day",
    "The teacher list shows times in CET, I'm in Singapore, had to do maths for every slot",
    "the tutor I matched with is booked for 3 weeks. why recommend her then?",
    "Few native tutors in the evenings for US time zones",
    "Matching quiz gave me 3 tutors, all fully booked",
    "Picking a tutor was hard - availability is shown in European time only",
    "No German tutors available in the evening for Mexico",
    "Loved the intro videos but the good teachers have no slots",
    "teacher availability in my time zone is terrible (Sydney)",
    "Tutor profiles look great but half of them are full until March",
    "Can't find a tutor at 7pm New York time, is that so hard",
    "the tutor search keeps showing people with zero availability",
])
theme("tutor_match_praise", J1, "Course and tutor match", "Tutor profiles and matching", "LT", 10, "pos",
      texts=[
    "The matching quiz found me a tutor who is perfect for business English",
    "Loved the teacher intro videos, made choosing really easy",
    "Picking a tutor was easy, reviews are really helpful",
    "Matching worked great, my tutor specialises in IELTS exactly like I needed",
    "The tutor recommendations were spot on",
    "Great that I can see reviews from other learners before picking a teacher",
    "Tutor matching is the best part of the sign up",
    "found a fantastic Spanish teacher in 5 minutes via the quiz",
    "intro videos of the tutors are a great idea",
    "The match quiz understood I needed a patient teacher. Spot on!",
    "choosing a tutor was quick and the profiles are detailed",
    "really liked being able to filter tutors by speciality",
])
theme("advisor_chat", J1, "Course and tutor match", "Learning advisor chat", "LT", 7, "pos", texts=[
    "The advisor on the chat explained the plans better than the website",
    "Chatted with Laura from advisors, she picked the right course for me",
    "sales chat was super helpful and not pushy",
    "Advisor helped me choose between business and general English. Thanks!",
    "chat with the learning advisor solved my plan confusion in 5 min",
    "Nice advisor on the chat, but it closes at 8pm",
    "Good advice from the chat team on which exam prep course to take",
])
theme("checkout_card", J1, "Checkout and scheduling", "Checkout", "LT", 12, "neg",
      seg={"Individual": 0.55, "Student": 0.25, "Corporate": 0.2}, texts=[
    "My card from a Brazilian bank was declined three times at the payment page",
    "No PayPal?? in 2026?",
    "Payment failed with 3D secure, no way to try another card without starting over",
    "Couldn't find where to put my company VAT number, had to email support",
    "card declined, bank says no attempt reached them",
    "payment page kept failing, finally paid with Apple Pay",
    "I need an invoice for my company and the checkout hides it under 'invoice options'",
    "Please add PayPal or bank transfer, my card doesn't work with your site",
    "Checkout rejected my Indian debit card",
    "Took 4 tries to pay. Almost gave up.",
    "the promo code from the email didn't apply at checkout",
    "my manager needs a PO invoice before approving and checkout doesnt do that",
])
theme("calendar_tz", J1, "Checkout and scheduling", "Lesson booking calendar", "LT", 11, "neg",
      seg={"Individual": 0.45, "Student": 0.15, "Corporate": 0.4}, texts=[
    "The booking calendar showed my lesson at the wrong time, I use a VPN at work",
    "Booked 18:00 and it was actually 13:00 for the tutor. Time zone mess.",
    "calendar uses my laptop time zone, which is the company VPN one. missed my first lesson",
    "My recurring slot disappeared when my tutor changed her hours",
    "Schedule page is confusing with time zones",
    "Booking the first lesson was a pain, wrong time shown",
    "Why can't I just set my time zone once? The calendar keeps guessing wrong",
    "recurring lesson vanished from my calendar, had to rebook",
    "The lesson calendar was 1 hour off after the clocks changed",
    "booking calendar is fine on my phone but wrong on my work laptop",
    "first lesson booked for the wrong time because of time zones",
])
theme("calendar_praise", J1, "Checkout and scheduling", "Lesson booking calendar", "L", 5, "pos", texts=[
    "Booked my first lesson for the next day, super quick",
    "Easy to book recurring slots with my tutor",
    "booking lessons is really simple",
    "Scheduling is easy and flexible, love it",
    "I like that I can book 25 min lessons on short notice",
])
theme("welcome_email", J1, "Checkout and scheduling", "Welcome email and onboarding", "T", 4, "mild", texts=[
    "Got three welcome emails on the same day and missed the tech check link",
    "onboarding emails were too many, I ignored them",
    "The welcome email was nice, but the app download link didn't work",
    "welcome mails fine, a bit much",
])
theme("video_freeze", J1, "Live lessons", "Video classroom", "LT", 22, "neg", weeks=(7, 10),
      seg={"Individual": 0.55, "Student": 0.15, "Corporate": 0.3}, texts=[
    "Video froze 4 times during my lesson since the update",
    "classroom keeps freezing, tutor's audio cuts out every few minutes",
    "Got kicked out of the lesson and couldn't rejoin the same link",
    "The new classroom is laggy on Chrome, never had this before February",
    "Lost 15 minutes of my lesson to a frozen screen",
    "video call dropped twice, the tutor had to send me a new link",
    "Since the new version the whiteboard freezes and the video stutters",
    "audio keeps dropping in the classroom, we ended up on WhatsApp",
    "Screen froze and then the lesson just ended. Is the platform broken?",
    "The new video classroom is much worse than the old one",
    "lag lag lag. new classroom update is terrible",
    "couldn't hear my tutor for half the lesson, video frozen",
    "Dropped out of the lesson 3 times, very frustrating",
    "frozen video again tonight, third lesson in a row",
    "The classroom crashes when the tutor shares slides",
    "My lesson kept freezing after the update, please fix",
    "Kicked out of the call mid-sentence, rejoin button does nothing",
    "video classroom unusable on my work laptop since last week",
    "sound cuts out and the picture freezes, new classroom is buggy",
    "Video freezing is ruining my lessons lately",
    "the call keeps dropping since the february update",
    "Frozen tutor, robotic voice, then disconnected. Every lesson this week.",
    "Since mid Feb the classroom freezes constantly",
    "Lesson was cut short because the video call crashed",
    "Classroom update broke something, constant lag",
    "we had to finish the lesson on Zoom because your classroom froze",
])
theme("video_ok_old", J1, "Live lessons", "Video classroom", "L", 6, "pos", weeks=(1, 6), texts=[
    "Classroom works smoothly, the whiteboard is handy",
    "no tech issues at all, video quality good",
    "I like the shared slides in the lesson room",
    "Video and sound were perfect",
    "lesson recordings are super useful for revision",
    "Classroom is simple, no install needed. Great.",
])
theme("tutor_praise", J1, "Live lessons", "Lesson with tutor", "LT", 28, "pos", texts=[
    "My tutor Marta is amazing, so patient and encouraging",
    "Best teacher I've ever had, lessons fly by",
    "Tutor corrects me without making me feel stupid. Love it",
    "Great lesson, I finally spoke for 40 minutes straight",
    "My teacher prepares the lessons around my job, super useful",
    "Daniel is a fantastic tutor, explains grammar really clearly",
    "lessons are fun and I'm actually speaking more",
    "the teacher is brilliant, very structured",
    "Tutor is friendly and really knows business English",
    "Excellent teacher, feels like a conversation not a class",
    "I love my Spanish tutor, she makes it fun",
    "Lessons with Tom are the highlight of my week",
    "very professional tutor, always prepared",
    "My confidence speaking German has gone way up thanks to my tutor",
    "great teacher, patient with my pronunciation",
    "Tutor adapts to what I need every week",
    "Super teacher!! my IELTS speaking improved a lot",
    "Amazing tutor, genuinely cares about my progress",
    "my teacher is the reason I keep renewing",
    "Really good lesson today, learned a lot of useful phrases for meetings",
    "Tutor was great, lots of speaking practice",
    "lovely teacher, very encouraging",
    "Excellent lesson as always",
    "The tutors here are much better than my old school",
    "Best part is the teacher. Patient and funny",
    "My tutor gives me real life situations to practise, brilliant",
    "Teacher explained the subjunctive in a way that finally clicked",
    "Five stars for my tutor Ana",
    "Brilliant tutor, every lesson is tailored",
    "Lessons are engaging and the tutor is super knowledgeable",
    "great tutor, love the lessons",
    "My tutor is fantastic. that's all.",
    "The teacher makes me talk a lot which is what I need",
    "I really enjoy my lessons, tutor is top",
])
theme("tutor_noshow", J1, "Live lessons", "Lesson with tutor", "LT", 9, "neg", texts=[
    "Tutor didn't show up for my 7am lesson, no message",
    "teacher was 15 min late and didn't extend the lesson",
    "Second no-show from my tutor this month",
    "Waited in the classroom for 20 minutes, nobody came",
    "My early morning tutor keeps starting late",
    "tutor no show and I still lost the credit until I complained",
    "Tutor talks more than I do. I want to practise speaking",
    "The teacher seemed unprepared and was late",
    "no-show at 6:30, got a refund of the credit but wasted my morning",
])
theme("late_cancel", J1, "Live lessons", "Reschedule and cancellation", "LT", 13, "neg",
      seg={"Individual": 0.45, "Student": 0.15, "Corporate": 0.4}, texts=[
    "Lost a lesson credit because my work meeting moved. 24h rule is too strict",
    "Had to cancel 20 hours before and lost the lesson, even though my tutor was fine with moving it",
    "The 24 hour cancellation policy is harsh for people with real jobs",
    "can't reschedule inside 24h in the app, only cancel and lose the credit",
    "Cancelled a class when I was sick and still got charged",
    "Please allow at least one late reschedule per month",
    "moving a lesson is impossible less than a day before. Lost 2 credits so far",
    "The cancellation rule makes me anxious about booking",
    "Tutor agreed to move the lesson but the system took my credit anyway",
    "24h rule is killing me, my shifts change all the time",
    "Lost credit for late cancel, support wouldn't help",
    "no way to reschedule last minute without losing money",
    "the cancel-a-class rules are unfair",
    "Wish I could swap a lesson to another day without losing it",
    "late cancellation policy is the worst thing about Voxa",
    "As a corporate learner my calendar changes daily, the 24h rule doesn't work for me",
])
theme("techcheck_firewall", J1, "Live lessons", "Pre-lesson tech check", "LT", 6, "neg",
      seg={"Individual": 0.2, "Student": 0.0, "Corporate": 0.8}, texts=[
    "Camera test said everything OK but the classroom doesn't load on our company network",
    "tech check passes, real lesson fails. Our IT says the ports are blocked",
    "The connection test is useless on my work laptop",
    "Pre-lesson test was green then the lesson wouldn't connect",
    "company firewall blocks the classroom, tech check didn't warn me",
    "mic test fine, actual lesson no sound on office wifi",
])
theme("homework_streak", J1, "Homework and practice", "Homework app", "LT", 18, "neg", weeks=(8, 10),
      seg={"Individual": 0.6, "Student": 0.3, "Corporate": 0.1}, texts=[
    "The new homework app update wiped my 85 day streak!!",
    "Lost my streak after updating the app, so demotivating",
    "voice homework stuck on uploading forever",
    "Since the update the app won't upload my voice recordings",
    "app 3.0 reset my streak to zero, please restore it",
    "Homework app crashes when I record my answer",
    "recording homework doesn't save anymore",
    "Updated the app and my homework history is gone",
    "The new homework app is confusing, can't find my tutor's tasks",
    "streak gone after the update. why would I keep going now",
    "Voice task upload fails every time on Android",
    "Homework app keeps logging me out since the new version",
    "my 120 day streak disappeared overnight",
    "I can't submit speaking homework, spinner forever",
    "new app design is worse, homework buried in menus",
    "lost streak + lost homework. new app is a mess",
    "app update broke voice recordings",
    "the homework app keeps saying upload failed",
    "Streak reset after the update, this was my main motivation",
    "can't send my recordings to my tutor since the app update",
    "app updated and all my progress streak is gone",
    "Homework uploads failing on iPhone since last week",
])
theme("homework_ok", J1, "Homework and practice", "Homework app", "L", 8, "pos", weeks=(1, 7), texts=[
    "Homework app is really handy on the train",
    "I do my homework every day on the app, love the streaks",
    "the app makes homework quick and easy",
    "Voice homework is a great idea, tutor hears my pronunciation",
    "my streak keeps me motivated",
    "homework tasks are short and useful",
    "like the daily reminders from the app",
    "app homework is perfect for my commute",
])
theme("flashcards", J1, "Homework and practice", "Vocabulary flashcards", "LT", 10, "pos", texts=[
    "The flashcards from my lessons are brilliant",
    "Love that the word cards are made from my own lessons",
    "flashcards are my favourite feature",
    "Spaced repetition cards really help me remember vocabulary",
    "vocab cards are addictive in a good way",
    "The vocabulary cards are so useful before meetings",
    "best feature is the flashcards, no need for another app",
    "I review the flashcards every morning, great",
    "word cards from class = genius",
    "flashcards would be perfect if the new words appeared the same day",
    "really like the vocabulary trainer",
    "The flashcard app part is excellent",
])
theme("hw_feedback_slow", J1, "Homework and practice", "Tutor homework feedback", "LT", 9, "mild", texts=[
    "My tutor takes a week to correct my essays",
    "Homework corrections come after the next lesson, too late to be useful",
    "No feedback on my last 3 homeworks",
    "feedback on written homework is slow",
    "Corrections are great when they come, but they come late",
    "tutor never marks my homework",
    "Wish homework feedback came within 2 days",
    "still waiting for corrections from last week",
    "the voice feedback from my tutor is excellent but slow",
])
theme("progress_stuck", J1, "Homework and practice", "Progress dashboard", "LT", 7, "mild", texts=[
    "The progress page barely moves, I feel like I'm not improving",
    "progress bars stuck at 40% for weeks",
    "Dashboard doesn't show what I actually learned",
    "I don't understand the sub-skill graphs on the progress page",
    "progress dashboard is demotivating, nothing changes",
    "Would love milestones on the progress page",
    "My progress page says I've done 12 lessons but I've done 16",
])

# ----- Journey 2: Certificate and renewal ----------------------------------
theme("monthly_report", J2, "Progress review", "Monthly progress report", "LT", 8, "mild", texts=[
    "The monthly report looks auto generated, no comment from my tutor",
    "progress email every month is generic",
    "Monthly report says I learned 300 words, not sure what that means",
    "my report had an empty tutor comment again",
    "I like the monthly report but it doesn't tell me what to do next",
    "progress report email is nice to have",
    "the monthly summary is useful to show my boss",
    "monthly report is too generic to be useful",
])
theme("levelup_test", J2, "Progress review", "Level-up test", "T", 5, "mild", texts=[
    "The level up test had the same questions as my placement test",
    "Wish I could do the level-up test whenever I want, not every 3 months",
    "level up test was quick and fair",
    "Same questions again in the level test, I remembered the answers",
    "Passed the level-up test, nice to see progress",
])
theme("progress_call", J2, "Progress review", "Tutor progress call", "T", 5, "pos", texts=[
    "The quarterly call with my tutor helped me set a clear goal",
    "progress call was really motivating",
    "Loved the review call, we changed my course to business English",
    "tutor progress call is a great idea",
    "Quarterly check-in with my teacher was useful",
])
theme("proctor_fail", J2, "Certification", "Proctored exam", "LT", 12, "neg",
      seg={"Individual": 0.4, "Student": 0.2, "Corporate": 0.4}, texts=[
    "ProctorLock wouldn't install on my work laptop, had to reschedule the exam",
    "The exam software kept saying my face wasn't visible, had to restart twice",
    "Proctoring app blocked by company IT, exam day ruined",
    "webcam check failed in my room, restarted the exam and lost 20 minutes",
    "The online exam proctoring is a nightmare on Mac",
    "exam kicked me out halfway, support said to rebook",
    "why do I need to install a program to take the exam?",
    "The proctored exam froze during the speaking part",
    "Couldn't start the certificate exam, ID check failed 5 times",
    "exam software needs admin rights, I don't have those at work",
    "exam proctor software is so stressful",
    "Nobody told me I'd need to install software for the test",
])
theme("exam_booking", J2, "Certification", "Exam booking", "T", 4, "mild", texts=[
    "only weekday exam slots, I had to take a day off",
    "exam booking was simple enough",
    "Please add weekend exam dates",
    "Booking the certificate exam was easy",
])
theme("cert_delay", J2, "Certification", "Digital certificate", "LT", 14, "neg", weeks=(3, 10), texts=[
    "Passed the exam 10 days ago, still no certificate",
    "My certificate took over a week, I needed it for a job application",
    "Still waiting on my certificate, support says it's in manual review",
    "Certificate has my name wrong - the accents are broken",
    "certificate delayed, my visa appointment is next week!",
    "my name has two surnames and the certificate only shows one",
    "Took 8 days to get the PDF certificate",
    "where is my certificate? exam was two weeks ago",
    "The certificate arrived late and with a typo in my name",
    "certificate still 'processing' after 6 days",
    "Need my certificate for my employer and it's taking forever",
    "slow certificate, otherwise great exam",
    "I was told 48h for the certificate, it's been a week",
    "Certificate PDF shows strange symbols instead of ñ",
])
theme("cert_praise", J2, "Certification", "Digital certificate", "LT", 7, "pos", texts=[
    "Love the LinkedIn badge, got two messages from recruiters",
    "Certificate looks professional and has a QR code, great",
    "Shared my certificate on LinkedIn straight away",
    "the certificate was accepted by my employer without question",
    "proud of my B2 certificate, nice design",
    "Got my certificate in 2 days, very smooth",
    "The verification QR code is a nice touch",
])
theme("renewal_reminder", J2, "Renewal", "Renewal reminder email", "LT", 9, "neg", texts=[
    "Got charged for renewal with only 3 days warning",
    "The renewal email came too late to switch plans",
    "didn't get any renewal reminder, just a charge",
    "Renewal email doesn't show the new price clearly",
    "Reminder came 3 days before, I was on holiday",
    "renewal notice buried in promotions tab",
    "Please send the renewal reminder earlier",
    "I would have downgraded if the reminder came earlier",
    "surprise renewal charge, not cool",
])
theme("price_increase", J2, "Renewal", "Auto-renew billing", "LT", 15, "neg", weeks=(8, 10),
      seg={"Individual": 0.6, "Student": 0.35, "Corporate": 0.05}, texts=[
    "My renewal price went up 15% with no real explanation",
    "The new 2026 prices are too high, I've been here 2 years and lost my loyalty discount",
    "Renewed and got charged way more than last time",
    "price increase at renewal is a shock, thinking of leaving",
    "Why did my monthly plan suddenly cost 20 euros more?",
    "loyalty discount removed at renewal?? seriously",
    "As a student I can't afford the new renewal price",
    "The price jump made me cancel",
    "Renewal price hike, nobody told me",
    "new prices are too expensive for what it is",
    "I was fine paying the old price but this increase is too much",
    "charged the new higher price without warning",
    "The renewal cost more than a new customer pays. Makes no sense",
    "price went up and lessons didn't get better",
    "not renewing at this new price",
    "Renewal charged at 2026 price, I signed up at the old one",
    "price increase + lost discount = goodbye",
])
theme("double_charge", J2, "Renewal", "Auto-renew billing", "LT", 7, "neg", texts=[
    "I was charged twice for my renewal",
    "My card expired and my lessons were blocked without any email",
    "double charge on renewal, refund took 10 days",
    "Payment failed on renewal and I only found out when I couldn't book",
    "auto-renew took money twice this month",
    "Card expired, no warning, account frozen",
    "two charges on my statement for one renewal",
])
theme("credit_expiry", J2, "Renewal", "Lesson credit rollover", "LT", 13, "neg",
      seg={"Individual": 0.55, "Student": 0.2, "Corporate": 0.25}, texts=[
    "I lost 3 unused lessons when my plan renewed",
    "Unused credits expired without warning, that's money gone",
    "why don't unused lessons roll over? I paid for them",
    "My credits disappeared at renewal",
    "Lessons I couldn't take because of a tutor no-show expired anyway",
    "credits expiring is the main reason I'm thinking of leaving",
    "Please let unused lessons carry over to next month",
    "lost 4 lessons at renewal, nobody warned me",
    "The expiry of lesson credits is very unfair",
    "I was ill for 2 weeks and lost all my remaining credits",
    "Expired credits again. I'll buy the flex pack instead",
    "no rollover of unused lessons on monthly is a dealbreaker",
    "My unused lessons vanished on the 1st",
    "credit expiry rules are hidden and harsh",
    "I had 2 lessons left and they just expired",
    "unused credits should roll over at least once",
])
theme("hr_dashboard", J2, "Corporate licence renewal", "HR admin dashboard", "B", 14, "neg",
      seg={"Corporate": 1.0}, texts=[
    "I can't export attendance from the admin portal, so I can't report to my director",
    "Admin dashboard doesn't show which seats are unused",
    "No CSV export of learner progress, I copy numbers by hand",
    "HR portal is too basic for a 200-seat programme",
    "I need a monthly usage report I can forward, the dashboard doesn't do it",
    "Hard to see who actually attends lessons",
    "We pay for 80 seats and I have no idea how many are used",
    "The admin dashboard is slow and I can't filter by department",
    "can't reassign a seat when someone leaves the company",
    "Please add an Excel export to the HR dashboard",
    "My management asks for ROI and the portal gives me nothing to show",
    "dashboard shows lessons booked but not lessons attended",
    "Inviting employees in bulk is not possible",
    "Usage data in the admin portal is a week behind",
])
theme("qbr_praise", J2, "Corporate licence renewal", "Quarterly business review", "B", 8, "pos",
      seg={"Corporate": 1.0}, texts=[
    "Our account manager's quarterly review is really useful",
    "The QBR gave me the numbers I needed for the renewal decision",
    "Great partnership, account manager is proactive",
    "Quarterly review with Voxa helps us plan next year's budget",
    "Account management is excellent, always responsive",
    "the quarterly business review is the most valuable part of the service",
    "Our employees love the tutors, and the QBR shows it",
    "Very happy with the programme overall, learners are enthusiastic",
])
theme("po_invoice", J2, "Corporate licence renewal", "Licence renewal and invoicing", "B", 8, "neg",
      seg={"Corporate": 1.0}, texts=[
    "Invoice came without our PO number, finance rejected it",
    "renewal quote arrived after our budget deadline",
    "We had to ask three times for a corrected invoice",
    "The renewal process for seats is slow and manual",
    "Invoices need the PO number or our AP team won't pay",
    "The renewal paperwork took a month",
    "Quote for next year came too late, we almost lost the budget",
    "invoice address wrong again at renewal",
])
theme("corp_learner_sched", J1, "Live lessons", "Reschedule and cancellation", "B", 4, "mild",
      seg={"Corporate": 1.0}, texts=[
    "Our staff complain that the 24h cancellation rule doesn't fit their meeting schedules",
    "Employees lose lessons because meetings move, which hurts utilisation",
    "the late cancellation policy makes my employees give up",
    "Learners tell me they lose credits when work gets busy",
])
theme("corp_classroom", J1, "Live lessons", "Video classroom", "B", 4, "neg", weeks=(7, 10),
      seg={"Corporate": 1.0}, texts=[
    "Since February several employees say the video lessons freeze",
    "Our IT got tickets about the classroom dropping calls",
    "learners report the new classroom crashing on our network",
    "Video problems in lessons this month, staff are frustrated",
])
theme("support_praise", J2, "Support and cancellation", "Support chat", "LT", 10, "pos", weeks=(1, 7), texts=[
    "Support chat sorted my billing issue in 10 minutes",
    "The support team is super friendly and quick",
    "Great help from support with my certificate",
    "Chat support answered within minutes, thank you",
    "support solved my problem fast",
    "Really helpful support agent, Jonas I think",
    "quick response from the chat team",
    "Support was kind and refunded my lost lesson",
    "Help chat is excellent",
    "fast and friendly support",
    "the support people are lovely",
    "Got a human answer on chat very quickly",
])
theme("support_slow", J2, "Support and cancellation", "Support chat", "LT", 10, "neg", weeks=(6, 10), texts=[
    "Waited 9 hours for a reply on chat about my frozen lesson",
    "support chat is slow lately",
    "No answer from support all weekend",
    "It took a day to get a reply about my video problems",
    "support is overwhelmed since the classroom update",
    "waiting forever for support to answer",
    "chat said 6h wait time",
    "Support used to be fast, now it's really slow",
    "slow response from support about my missing streak",
    "Opened a ticket about the classroom, no reply after 2 days",
])
theme("help_centre", J2, "Support and cancellation", "Help centre", "T", 5, "mild", texts=[
    "Help articles show the old classroom, not the new one",
    "FAQ didn't answer my credit question",
    "Help centre is easy to search",
    "the help articles are out of date",
    "Found the answer in the FAQ, good",
])
theme("cancel_flow", J2, "Support and cancellation", "Cancellation flow", "LT", 10, "neg", texts=[
    "There's no cancel button, I had to chat to cancel",
    "Cancelling my subscription was way too hard",
    "why do I have to talk to someone to cancel?",
    "The retention offer when cancelling felt pushy",
    "I just wanted to pause for a month, only option was to cancel via chat",
    "Hard to cancel, feels like a trap",
    "cancelling took 3 messages to support",
    "Please add a pause option, I'm travelling for 6 weeks",
    "cancel flow is hidden",
    "had to argue with the chat to cancel my plan",
])
theme("winback", J2, "Support and cancellation", "Win-back offer", "T", 4, "mild", texts=[
    "Got an email offering 2 free lessons to come back, might do it",
    "The come back offer ignored why I left (bad tutor)",
    "win back email was a nice gesture",
    "free lessons offer to return, but prices are still too high",
])

# Generic / unplaced comments (no touchpoint; journey-level NPS reasons)
theme("general_pos", J1, None, None, "T", 8, "pos", texts=[
    "Great school, I've learned more in 3 months than in 2 years elsewhere",
    "Good value and flexible",
    "Flexible lessons that fit my life",
    "I recommend Voxa to all my colleagues",
    "Really happy overall",
    "Best online language school I've tried",
    "love it",
    "Good tutors, good app, good price",
    "very flexible, perfect for shift work",
    "my English improved a lot, thanks",
    "excellent overall experience",
    "Everything works well, keep it up",
    "good",
    "I enjoy learning with Voxa",
])
theme("general_neg", J2, None, None, "T", 6, "neg", texts=[
    "too expensive for what you get",
    "Used to love it, now tech problems and higher prices",
    "Quality has gone down this year",
    "not worth the money anymore",
    "Too many small annoyances",
    "meh",
])

JUNK = ["", "-", "n/a", "N/A", ".", "  "]
CONTACT = [
    ("Please call me on +44 7700 900123 about my lost credits, nobody answers the chat", J2, "Renewal", "Lesson credit rollover", "neg"),
    ("email me at jonas.keller@example.com, my certificate still hasn't arrived", J2, "Certification", "Digital certificate", "neg"),
    ("My number is 0151 496 0734, I want to talk to someone about the price increase", J2, "Renewal", "Auto-renew billing", "neg"),
    ("Contact me at m.rossi@example.org please, the video classroom froze again", J1, "Live lessons", "Video classroom", "neg"),
    ("Great tutor! If you need a testimonial, reach me at anna.b@example.net or +49 151 23456789", J1, "Live lessons", "Lesson with tutor", "pos"),
]

SEGCUSTOMER = {
    "Corporate": ["Kestrel Logistics", "Nordhafen Bank", "Alvora Pharma", "Brightline Retail", "Meridian Consulting",
                  "Solenne Foods", "Tarragon Engineering"],
}


def nps_score(sent):
    if sent == "neg":
        return random.choices(range(0, 9), weights=[3, 3, 6, 8, 9, 10, 8, 4, 1])[0]
    if sent == "mild":
        return random.choices(range(3, 11), weights=[1, 2, 5, 7, 9, 8, 3, 1])[0]
    return random.choices([6, 7, 8, 9, 10], weights=[1, 2, 6, 12, 16])[0]


def csat_score(sent):
    if sent == "neg":
        return random.choices([1, 2, 3, 4], weights=[9, 10, 5, 1])[0]
    if sent == "mild":
        return random.choices([1, 2, 3, 4, 5], weights=[1, 5, 9, 7, 2])[0]
    return random.choices([3, 4, 5], weights=[1, 6, 14])[0]


def rand_date(weeks):
    w = random.randint(weeks[0], weeks[1])
    day = W1 + dt.timedelta(days=7 * (w - 1) + random.randint(0, 6))
    t = dt.time(random.randint(7, 22), random.randint(0, 59))
    return dt.datetime.combine(day, t)


def pick_seg(seg):
    keys = [k for k, v in seg.items() if v > 0]
    return random.choices(keys, weights=[seg[k] for k in keys])[0]


def customer_for(seg, file):
    if not seg:
        return ""
    if seg == "Corporate" and file in "LB":
        return random.choice(SEGCUSTOMER["Corporate"])
    return "L-%05d" % random.randint(10000, 99999)


LANG = ["English", "English", "English", "Spanish", "German", "French", "Italian"]

rows = {"L": [], "T": [], "B": []}
for th in T:
    texts = th["texts"][:]
    random.shuffle(texts)
    for i in range(th["n"]):
        text = texts[i % len(texts)]
        if i >= len(texts):  # second use of a variant: light variation so it is not a copy
            text = random.choice(["", "Again: ", "Still: "]) + text[0].lower() + text[1:]
        file = random.choice(th["files"])
        seg = pick_seg(th["seg"])
        rows[file].append(dict(theme=th["key"], journey=th["journey"], stage=th["stage"], tp=th["tp"],
                               text=text, sent=th["sent"], when=rand_date(th["weeks"]), seg=seg))

for text, j, st, tp, sent in CONTACT:
    f = random.choice("LT")
    rows[f].append(dict(theme="contact", journey=j, stage=st, tp=tp, text=text, sent=sent,
                        when=rand_date((2, 10)), seg="Individual"))
junk_i = 0
for f, k in (("L", 3), ("T", 3), ("B", 1)):
    for _ in range(k):
        junk_i += 1
        # junk rows come with blank hidden fields (survey opened from a forwarded link)
        rows[f].append(dict(theme="junk", journey=None, stage=None, tp=None,
                            text=JUNK[junk_i % len(JUNK)], sent=random.choice(["mild", "pos"]),
                            when=rand_date((1, 10)), seg=""))

CHANNEL = {}
import json, yaml  # noqa: E401  (maps give the channels)
with open(os.path.join(ROOT, "knowledge", "maps", "first-course.yaml")) as fh:
    for s in yaml.safe_load(fh)["stages"]:
        for t in s["touchpoints"]:
            CHANNEL[t["name"]] = t.get("channel", "")
with open(os.path.join(ROOT, "knowledge", "maps", "certify-and-renew.json")) as fh:
    for s in json.load(fh)["stages"]:
        for t in s["touchpoints"]:
            CHANNEL[t["name"]] = t.get("channel", "")

os.makedirs(COMMENTS, exist_ok=True)
os.makedirs(KPIS, exist_ok=True)

# --- L: in-house lesson / in-app feedback, canonical columns, CSAT 1-5 ---------
L = sorted(rows["L"], key=lambda r: r["when"])
with open(os.path.join(COMMENTS, "lesson_feedback_2026q1.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["id", "date", "journey", "stage", "touchpoint", "channel", "score", "score_type",
                "segment", "customer", "course_language", "comment"])
    for i, r in enumerate(L, 1):
        w.writerow(["LF-%04d" % i, r["when"].strftime("%Y-%m-%dT%H:%M"), r["journey"] or "", r["stage"] or "",
                    r["tp"] or "", CHANNEL.get(r["tp"], "") if r["tp"] else "", csat_score(r["sent"]), "csat",
                    r["seg"], customer_for(r["seg"], "L"), random.choice(LANG), r["text"]])

# --- T: Typeform NPS export, vendor column names + mapping file ---------------
TT = sorted(rows["T"], key=lambda r: r["when"])
with open(os.path.join(COMMENTS, "typeform_nps_export.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["Response ID", "Submitted At", "Form", "Score Type",
                "How likely are you to recommend Voxa Languages to a friend or colleague?",
                "What is the main reason for your score?", "Learner type", "Journey", "Step", "Touchpoint",
                "Course language", "Network ID"])
    for r in TT:
        rid = "".join(random.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(12))
        form = "Voxa relationship NPS Q1-2026"
        # realistic mess: the survey tool sometimes lowercases the step/touchpoint hidden fields
        stage = r["stage"] or ""
        tp = r["tp"] or ""
        if random.random() < 0.15:
            stage, tp = stage.lower(), tp.lower()
        w.writerow([rid, r["when"].strftime("%d/%m/%Y %H:%M"), form, "nps", nps_score(r["sent"]), r["text"],
                    r["seg"], r["journey"] or "", stage, tp, random.choice(LANG),
                    "%010x" % random.getrandbits(40)])
with open(os.path.join(COMMENTS, "typeform_nps_export.mapping.yaml"), "w", encoding="utf-8") as fh:
    fh.write(
        "# Column mapping for the Typeform relationship-NPS export (downloaded as CSV from the Typeform Results tab)\n"
        "kind: comments\n"
        "date_format: \"%d/%m/%Y %H:%M\"\n"
        "columns:\n"
        "  id: Response ID\n"
        "  date: Submitted At\n"
        "  score: \"How likely are you to recommend Voxa Languages to a friend or colleague?\"\n"
        "  score_type: Score Type\n"
        "  comment: What is the main reason for your score?\n"
        "  segment: Learner type\n"
        "  journey: Journey\n"
        "  stage: Step\n"
        "  touchpoint: Touchpoint\n")

# --- B: B2B admin pulse (HR / L&D admins), canonical columns, NPS ---------------
B = sorted(rows["B"], key=lambda r: r["when"])
with open(os.path.join(COMMENTS, "b2b_admin_pulse.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["id", "date", "journey", "stage", "touchpoint", "score", "score_type", "segment", "customer",
                "seats", "comment"])
    for i, r in enumerate(B, 1):
        cust = random.choice(SEGCUSTOMER["Corporate"])
        w.writerow(["B2B-P-%03d" % i, r["when"].strftime("%Y-%m-%d"), r["journey"] or "", r["stage"] or "",
                    r["tp"] or "", nps_score(r["sent"]), "nps", r["seg"], cust if r["seg"] else "",
                    random.choice([25, 40, 60, 80, 120, 200]), r["text"]])

# ---------------------------------------------------------------------------
# KPI snapshots (one row per metric per week). Trajectories are the stories; a
# little seeded jitter is added to the flat ones.
# ---------------------------------------------------------------------------
K1 = [
    # metric, stage, touchpoint, unit, target, higher_is_better, values w1..w10, jitter
    ("placement_test_completion_rate", "Placement test", "Online placement test", "%", 80, True,
     [74.1, 73.8, 74.6, 75.0, 74.2, 74.9, 75.3, 74.7, 75.1, 74.8], 0.0),
    ("course_purchase_conversion_rate", "Course and tutor match", "Tutor profiles and matching", "%", 12, True,
     [8.4, 8.9, 9.3, 9.8, 10.2, 10.7, 11.1, 11.6, 12.0, 12.5], 0.0),
    ("checkout_abandonment_rate", "Checkout and scheduling", "Checkout", "%", 20, False,
     [26.3, 25.8, 27.1, 26.5, 25.9, 26.8, 27.4, 26.2, 26.9, 27.2], 0.0),
    ("time_to_first_lesson", "Checkout and scheduling", "Lesson booking calendar", "days", 3, False,
     [4.6, 4.4, 4.5, 4.1, 3.9, 3.8, 3.6, 3.7, 3.5, 3.4], 0.0),
    ("video_call_drop_rate", "Live lessons", "Video classroom", "%", 1.5, False,
     [1.1, 1.2, 1.0, 1.3, 1.1, 1.2, 3.9, 5.2, 5.8, 6.1], 0.0),
    ("tutor_no_show_rate", "Live lessons", "Lesson with tutor", "%", 1.0, False,
     [1.8, 1.7, 1.9, 1.6, 1.8, 1.7, 1.5, 1.6, 1.4, 1.5], 0.0),
    ("homework_completion_rate", "Homework and practice", "Homework app", "%", 65, True,
     [68.2, 67.5, 68.9, 69.4, 68.1, 69.0, 68.6, 57.3, 52.8, 49.6], 0.0),
    ("nps", "", "", "score", 45, True, [41, 42, 40, 43, 44, 42, 38, 34, 31, 29], 0.0),
    ("csat", "", "", "%", 88, True, [86.0, 85.5, 86.4, 87.0, 86.2, 86.8, 83.1, 80.4, 79.2, 78.5], 0.0),
]
K2 = [
    ("certificate_issue_time", "Certification", "Digital certificate", "days", 2, False,
     [2.1, 2.6, 3.0, 3.4, 3.9, 4.3, 4.8, 5.2, 5.9, 6.4], 0.0),
    ("payment_failure_rate", "Renewal", "Auto-renew billing", "%", 3, False,
     [4.2, 4.0, 4.4, 4.1, 4.3, 3.9, 4.2, 4.5, 4.1, 4.3], 0.0),
    ("renewal_rate", "Renewal", "", "%", 70, True,
     [71.4, 70.8, 71.9, 70.5, 71.2, 70.9, 70.3, 64.8, 61.2, 58.7], 0.0),
    ("corporate_seat_utilisation", "Corporate licence renewal", "HR admin dashboard", "%", 75, True,
     [61.2, 60.5, 59.8, 60.9, 61.5, 60.2, 59.4, 58.8, 59.1, 58.3], 0.0),
    ("support_first_response_time", "Support and cancellation", "Support chat", "hours", 4, False,
     [5.2, 4.9, 5.5, 4.8, 5.1, 4.6, 6.3, 7.8, 8.4, 8.1], 0.0),
    ("nps", "", "", "score", 35, True, [30, 29, 31, 30, 29, 28, 27, 22, 18, 16], 0.0),
    ("csat", "", "", "%", 85, True, [81.3, 80.9, 81.8, 81.1, 80.6, 81.4, 80.2, 77.5, 75.9, 74.8], 0.0),
]


def write_kpis(path, journey, spec):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["date", "journey", "stage", "touchpoint", "metric", "value", "unit", "target", "higher_is_better"])
        for wk in range(WEEKS):
            day = W1 + dt.timedelta(days=7 * wk)
            for metric, stage, tp, unit, target, hib, vals, jit in spec:
                v = vals[wk] + (random.uniform(-jit, jit) if jit else 0)
                w.writerow([day.isoformat(), journey, stage, tp, metric, ("%g" % round(v, 1)), unit, target,
                            "true" if hib else "false"])


write_kpis(os.path.join(KPIS, "first_course_weekly.csv"), J1, K1)
write_kpis(os.path.join(KPIS, "certify_renew_weekly.csv"), J2, K2)

print("comments: L=%d T=%d B=%d total=%d" % (len(L), len(TT), len(B), len(L) + len(TT) + len(B)))
print("kpi rows: %d" % (WEEKS * (len(K1) + len(K2))))
