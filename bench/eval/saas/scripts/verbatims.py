# Hand-written verbatims for the Planwise survey comments.
# Each group: (journey, stage, touchpoint, defaults) -> list of (sentiment, text, options)
# sentiment: n = negative, m = mixed, p = positive
# options: seg, plan, region, when (E = emerging last 3 weeks, early = before Nov, nov = in Nov),
#          st (score type), score (fixed score)

TP = "Trial to paid"
SE = "Support escalation"

GROUPS = []

def g(journey, stage, touchpoint, rows, **defaults):
    GROUPS.append((journey, stage, touchpoint, defaults, rows))

# ---------------- Trial to paid ----------------
g(TP, "Trial sign-up", "Pricing page", [
    ("n", "Pricing page made it look like SSO was in Business. It isn't, it's Enterprise only. Found that out on day 12 of the trial.", dict(seg="Enterprise")),
    ("m", "The monthly/annual toggle on pricing is confusing, I thought $8 was per month per seat and it's actually the annual price.", {}),
    ("n", "couldnt find anywhere what happens to our projects when the trial ends. do they get deleted??", {}),
    ("p", "Pricing is clear and cheaper than what we pay for Asana today.", {}),
    ("m", "Fair pricing for small teams but the jump from Business to Enterprise is huge just to get SAML.", dict(seg="Enterprise")),
    ("n", "Too pricey for a 4 person agency tbh", dict(seg="Startup")),
    ("p", "liked that I could start without a credit card", {}),
])
g(TP, "Trial sign-up", "Sign-up form", [
    ("n", "Why do you need my phone number and company size just to try the thing?", {}),
    ("n", "It wouldn't accept my gmail address. I'm a freelancer, I don't have a 'work email'.", dict(seg="Startup")),
    ("m", "Sign up was ok, a few too many fields.", {}),
    ("p", "Signed up in about a minute, nice.", {}),
    ("n", "form kept saying password too weak with no hint what it wanted", {}),
    ("p", "quick", {}),
    ("p", "The new shorter sign-up is much better than when I tried you last year.", dict(when="nov")),
])
g(TP, "Trial sign-up", "Email verification", [
    ("n", "Verification code took 9 minutes to arrive. I almost gave up.", {}),
    ("n", "Our Mimecast held the verification email. IT had to release it, so day one of the trial was gone.", dict(seg="Mid-market")),
    ("m", "magic link expired before I got back to my laptop, had to request another. minor but annoying", {}),
    ("n", "never got the verification mail, had to use google sign in instead", {}),
])
g(TP, "Trial sign-up", "Google and Microsoft sign-in", [
    ("p", "Google sign-in just worked, no passwords, love that.", {}),
    ("n", "Microsoft login showed a scary 'needs admin approval' screen and our IT said no. Stuck.", dict(seg="Enterprise")),
    ("p", "Signing in with our Microsoft 365 accounts made it painless for the team.", {}),
    ("m", "SSO with Google fine, but it created a second workspace for me for some reason", {}),
])
g(TP, "Trial sign-up", "", [
    ("p", "Easy to get going.", {}),
    ("n", "14 days isn't long when half the team is on holiday.", dict(seg="Startup")),
    ("m", "Getting in was easy, figuring out which plan we'd need was not.", {}),
])

g(TP, "Onboarding", "Welcome wizard", [
    ("n", "The setup wizard asked me 5 questions and then gave me the exact same empty workspace as my colleague who answered differently. Whats the point.", {}),
    ("m", "Wizard is fine but let me skip it, I already knew what I wanted.", {}),
    ("p", "Loved the setup questions, the workspace was ready for a marketing team right away.", {}),
    ("n", "Can't skip the wizard. I clicked back by mistake and lost everything I typed.", {}),
    ("m", "ok", {}),
])
g(TP, "Onboarding", "Template gallery", [
    ("p", "The sprint planning template saved me an afternoon. Had our first sprint up before lunch.", {}),
    ("p", "Templates are brilliant. The client onboarding one is basically our process already.", {}),
    ("p", "Great templates!!", {}),
    ("p", "We used the marketing calendar template and just renamed things. Super fast start.", {}),
    ("m", "Templates are good but very American - Thanksgiving on the content calendar, mm/dd dates. Minor.", dict(region="EMEA")),
    ("p", "the template gallery is the best part of the trial honestly", {}),
    ("p", "Picked the bug tracking template and the team got it without any explanation.", {}),
    ("p", "I like that templates come with example tasks so you see how it's meant to work, then you can clear them out in one click.", {}),
    ("m", "nice templates, wish there were more for construction / field work", {}),
    ("p", "Templates made onboarding 5 people painless", {}),
    ("p", "Template for OKRs is exactly what we needed for our planning cycle.", {}),
    ("p", "The event planning template is great, our ops team loves it.", {}),
    ("p", "Templates 10/10", dict(score=10)),
    ("p", "Honestly the templates sold it to my boss. She saw a finished-looking project in 10 minutes.", {}),
    ("p", "good selection of templates, the agency retainer one in particular", dict(seg="Startup")),
    ("m", "Template gallery is lovely but half of them need Business features to work properly.", {}),
])
g(TP, "Onboarding", "Jira and Trello import", [
    ("n", "Imported 3 Jira projects and every subtask came through as a normal task. 400+ items to fix by hand.", {}),
    ("n", "The Jira importer dropped all our custom fields. Story points, components, gone.", {}),
    ("n", "Trello import lost all the attachments. Cards came over, files didn't.", {}),
    ("n", "Import from Jira timed out twice with 12k issues and there's no progress bar so I had no idea if it was still running.", dict(seg="Mid-market")),
    ("n", "importer is the weak spot. subtasks flattened, epics became tags?? we cant migrate like this", {}),
    ("m", "We'd move the whole engineering org over if the Jira import kept the hierarchy. Right now it doesn't.", dict(seg="Mid-market")),
    ("n", "CSV import choked on our date format (dd/mm/yyyy) and set every due date to January.", dict(region="EMEA")),
    ("n", "Jira import didn't bring over the comment history. Our devs rely on that.", {}),
    ("n", "Had to run the Trello import three times because it kept duplicating cards.", {}),
    ("n", "The import mapped all users to me. Every single task is assigned to me now lol", {}),
    ("m", "Jira -> Planwise migration is the one thing stopping us buying. Everything else is great.", {}),
    ("n", "Import ran for 40 mins and then failed with 'Something went wrong'. No log, no detail.", {}),
    ("m", "Attachments missing after Trello import. Labels fine though.", {}),
    ("n", "Custom fields from Jira dropped silently. Would have been nice to at least get a warning.", {}),
    ("n", "lost all subtasks on import", {}),
    ("n", "import is broken for jira server, only cloud works apparently. should say that upfront", dict(seg="Mid-market")),
    ("n", "Our workflows have 7 statuses, import squashed them into To do / Doing / Done.", {}),
    ("n", "Imported from Jira, links between issues (blocks / is blocked by) are gone. Those dependencies are the whole point.", {}),
    ("m", "The CSV importer is fine for simple lists but anything with parent/child breaks.", {}),
    ("n", "Tried the import on a test project first, glad I did - it mangled the sprint data.", {}),
    ("n", "import is terible, we gave up and started from scratch", {}),
    ("n", "Support told me subtask import is 'on the roadmap'. We need it now, not on the roadmap.", dict(seg="Mid-market")),
    ("n", "Honestly the import cost us two days of the trial.", {}),
    ("n", "We're 300 people on Jira. Without a clean import with history this is a non-starter.", dict(seg="Mid-market")),
    ("m", "Trello boards imported nicely but checklists inside cards became plain text.", {}),
    ("m", "import worked for small projects. big ones no.", {}),
    ("m", "Everything about the trial was good except migrating our data from Jira, which was painful.", {}),
    ("n", "Epic links lost, fix versions lost. I'd have to rebuild our release plan by hand.", dict(seg="Mid-market")),
    ("n", "The Jira import asks for an API token but doesn't say which permissions it needs. Took us an hour with IT.", {}),
    ("n", "imported tasks have no due dates. all of them.", {}),
    ("n", "Pls fix the jira import, it's the only reason we havent upgraded", {}),
    ("n", "Due dates shifted by one day after import, timezone bug I guess.", dict(region="APAC")),
    ("n", "Imported our Trello boards and every card lost its checklist and cover image. Not a great first impression.", {}),
])
g(TP, "Onboarding", "Onboarding email series", [
    ("n", "Getting an email every single day of the trial is too much. Unsubscribed.", {}),
    ("m", "The tips emails are generic. I'm running a design team, not a sprint team.", {}),
    ("p", "The webinar invite in the onboarding emails was actually useful, learned about automations.", {}),
    ("n", "emails emails emails", {}),
    ("m", "Some emails were helpful, some repeated what the product tour already said.", {}),
    ("p", "Day 3 email about keyboard shortcuts was a nice touch", {}),
])
g(TP, "Onboarding", "", [
    ("m", "Getting started took longer than I expected, mostly because of the import.", {}),
    ("p", "Onboarding was smooth for us, we started from scratch though.", {}),
    ("p", "Set up our whole team space in an evening.", {}),
])

g(TP, "Activation", "First project board", [
    ("p", "The board is fast. Like, actually fast, not Jira fast.", {}),
    ("p", "Drag and drop is smooth and the team got it without training.", {}),
    ("p", "Love how quick it is to add tasks, just type and hit enter.", {}),
    ("p", "Kanban + list view switch is really nice.", {}),
    ("p", "The board feels clean, not cluttered like what we had before.", {}),
    ("p", "Keyboard shortcuts on the board are great", {}),
    ("p", "We had 60 tasks on the board on day one. It's just easy.", {}),
    ("p", "very intuitive", {}),
    ("p", "best board UI I've tried, and I've tried most of them", {}),
    ("p", "Really like being able to filter the board by assignee with one click.", {}),
    ("m", "Board is nice but timeline view being a paid feature meant we couldn't evaluate what we actually needed.", {}),
    ("p", "Fast, simple, does what we need.", {}),
    ("n", "The board gets slow once you go past ~500 cards.", dict(seg="Mid-market")),
    ("p", "Works great on the big screen in our standup", {}),
    ("p", "snappy!", {}),
    ("m", "Board is great, but I miss swimlanes.", {}),
])
g(TP, "Activation", "Activation checklist", [
    ("m", "The checklist nagged me to invite people before I was ready to show them anything.", {}),
    ("p", "Checklist was helpful, ticked through it in 20 minutes.", {}),
    ("n", "Checklist says I haven't connected an app but I did connect Slack. Still shows 3/4.", {}),
    ("m", "fine", {}),
])
g(TP, "Activation", "Slack and GitHub integrations", [
    ("p", "Slack notifications are well done, not spammy.", {}),
    ("p", "GitHub PR linking works nicely, devs like seeing the PR status on the task.", {}),
    ("n", "Slack integration needs our Slack admin to approve it, which took a week. Trial almost over by then.", {}),
    ("n", "The GitHub app wants access to ALL our repos. Security said no.", dict(seg="Enterprise")),
    ("p", "Slack integration is the reason my team actually uses it", {}),
    ("m", "Slack works, GitHub didnt (we use GitLab, please support it)", {}),
    ("p", "Love the /planwise command in Slack", {}),
])
g(TP, "Activation", "Product tour", [
    ("n", "The product tour pops up every time I log in. I've seen it, thanks.", {}),
    ("m", "Tour was ok. A bit long.", {}),
    ("p", "Tour showed me automations which I'd never have found otherwise.", {}),
    ("n", "tour keeps coming back after I dismiss it, on 2 browsers", {}),
])
g(TP, "Activation", "Mobile app", [
    ("n", "The mobile app is basically read-only. Can't even create a project from my phone.", {}),
    ("n", "iOS app crashes when I open a task with images.", {}),
    ("m", "Mobile app is handy for checking tasks on the train, that's about it.", {}),
])
g(TP, "Activation", "", [
    ("n", "I set everything up but my team never really started using it during the trial, we got busy.", {}),
    ("m", "Took a while to see the value until the others joined.", {}),
])

g(TP, "Team invite", "Invite teammates dialog", [
    ("m", "Inviting by pasting a list of emails works, but it doesn't tell you who's already been invited.", {}),
    ("n", "Role names are confusing. What's the difference between Member and Collaborator?", {}),
    ("p", "Invite link was handy, just dropped it in our Teams channel.", {}),
    ("n", "I invited 12 people and there's no way to see who accepted", {}),
])
g(TP, "Team invite", "Invite email", [
    ("n", "Half of my team never got the invite. It was in their junk folder.", {}),
    ("n", "The invite came from noreply@ with no name on it, people thought it was phishing and reported it.", {}),
    ("n", "Invite links expired before people got back from the weekend. Had to resend everything.", {}),
    ("n", "Our Defender quarantined all the invite emails. IT had to whitelist you.", dict(seg="Enterprise")),
    ("n", "invites going to spam. again.", {}),
    ("n", "Colleagues in our Germany office never received the invitation at all.", dict(region="EMEA")),
    ("n", "Invite email looks like spam honestly, plain text and a weird link.", {}),
    ("n", "48 hour expiry on invite links is way too short", {}),
    ("n", "I had to chase every person on Slack to check their spam. Killed the momentum.", {}),
    ("n", "Invite emails took over an hour to arrive for some people.", {}),
    ("n", "Resent the invite 3 times to the same guy, nothing. Turned out Mimecast was eating it.", dict(seg="Mid-market")),
    ("m", "Please put the inviter's name in the subject line, nobody opens 'You've been invited'.", {}),
    ("n", "Invite emails were blocked by our mail gateway, we lost 4 days of the trial waiting on IT.", dict(seg="Enterprise")),
    ("n", "invite link expired, resend button did nothing", {}),
    ("m", "The people on Google just used the link, but the invite email itself never arrives for our Outlook users.", {}),
    ("n", "Some invitees got it, some didn't, no pattern. Frustrating.", {}),
    ("n", "our team couldnt join because the invites never showed up", {}),
    ("n", "invitations bounce for addresses with a + in them", {}),
    ("m", "Had to share the link manually because the emails didn't land.", {}),
    ("p", "Invite worked fine for us", {}),
])
g(TP, "Team invite", "Roles and permissions", [
    ("n", "On Starter anyone can create projects, we ended up with 40 junk projects in a week.", {}),
    ("m", "Permissions are ok but I want a read-only role for execs.", {}),
    ("n", "Can't make someone admin of just one project.", {}),
    ("p", "Project-level permissions are simple and do the job.", {}),
])
g(TP, "Team invite", "Guest access", [
    ("p", "Free guests for clients is a big deal for an agency like us.", dict(seg="Startup")),
    ("p", "Guest access is perfect for our freelancers.", {}),
    ("m", "Guests can see the whole project list? Hope not, wasn't clear.", {}),
])
g(TP, "Team invite", "", [
    ("m", "Getting everyone in took longer than setting up the projects.", {}),
])

g(TP, "Upgrade", "Upgrade prompt", [
    ("n", "The upgrade popup appears right in the middle of dragging a task. Very annoying.", {}),
    ("n", "14 days isn't enough. We have a two-week sprint cycle, we barely finished one.", {}),
    ("n", "Asked for a trial extension and got a sales email instead.", dict(seg="Startup")),
    ("n", "The paywall showed up on day 10 and I couldn't even see my board behind it.", {}),
    ("m", "Would upgrade but I need another week to convince my manager. Can the trial be longer?", dict(seg="Startup")),
    ("n", "upgrade nag every 5 min, chill", dict(seg="Startup")),
    ("n", "Trial too short for a team our size to decide.", {}),
    ("m", "The prompt doesn't say what happens to our data if we don't upgrade. Makes me nervous.", {}),
    ("n", "Trial ended on a Saturday and everyone was locked out on Monday morning.", {}),
    ("p", "Upgrade prompt was clear, showed exactly what Business adds.", {}),
    ("n", "2 weeks is not a trial for a PM tool, you need a full project cycle", dict(seg="Startup")),
    ("m", "Would love a 30-day trial option for teams migrating from another tool", {}),
])
g(TP, "Upgrade", "Checkout", [
    # emerging: card declines / 3-D Secure after the payment change, last 3 weeks
    ("n", "Card declined 3 times at checkout. Bank says they never even saw the charge.", dict(when="E")),
    ("n", "Checkout is stuck in a 3-D Secure loop. Approve in my banking app, page reloads, asks again.", dict(when="E", region="EMEA")),
    ("n", "Tried to upgrade to Business yesterday, payment failed with 'card_declined'. Same card works everywhere else.", dict(when="E")),
    ("n", "We WANT to pay you and the checkout won't take our money. Company Amex declined twice.", dict(when="E")),
    ("n", "payment failed. tried two cards.", dict(when="E")),
    ("n", "Since the new checkout page, our corporate Visa gets rejected. Had no issues with it last month.", dict(when="E")),
    ("n", "The 3DS popup never opens on Safari, so payment just times out.", dict(when="E")),
    ("n", "I upgraded, got charged, and the workspace still says trial. Then a second attempt failed.", dict(when="E")),
    ("n", "checkout keeps erroring out at the last step, what's going on?", dict(when="E")),
    ("n", "Tried upgrading 3 times today, each time 'Payment could not be processed'. Call me on 07700 900123 if you want to take the money over the phone.", dict(when="E", region="EMEA")),
    ("n", "Our trial expired because checkout kept failing for two days. Whole team locked out.", dict(when="E")),
    ("n", "New checkout doesn't accept our UK debit card at all.", dict(when="E", region="EMEA")),
    ("n", "Card declined on the new payment page, worked fine on a different site a minute later", dict(when="E")),
    ("n", "Payment step broken for EU cards? Revolut Business card declined with no reason given.", dict(when="E", region="EMEA")),
    ("n", "Honestly losing patience. Payment fails, support says try again, payment fails.", dict(when="E")),
    ("n", "Checkout asked for 3D secure twice and then said the session expired.", dict(when="E")),
    ("n", "it wont take my card", dict(when="E")),
    ("n", "Card got declined but my bank shows a pending charge of $96. What?", dict(when="E", region="NA")),
    ("n", "Tried to pay for 25 seats annual, got declined. Please email me at m.okafor@example.com with another way to pay.", dict(when="E", seg="SMB")),
    ("n", "we are ready to buy but checkout is broken for us since last week", dict(when="E")),
    ("n", "Payment failed without an error message, just dumped me back on the plan page.", dict(when="E")),
    ("n", "3ds verification fails every time on mobile", dict(when="E")),
    ("m", "Payment finally went through on the fourth try. Product is great, checkout is not.", dict(when="E")),
    # older, occasional
    ("m", "Card was declined once at checkout, went through on the second try.", dict(when="early")),
    ("m", "Payment failed the first time, no idea why, worked after.", dict(when="early")),
    ("m", "checkout said card declined but then it worked 10 min later", dict(when="early")),
    ("n", "No PayPal and no bank transfer for annual. We're a 6 person nonprofit, we don't have a company card.", dict(seg="Startup")),
    ("m", "The VAT ID field only appears after you pay, so our first invoice had no VAT number.", dict(region="EMEA")),
    ("p", "Checkout was quick and painless, done in a minute.", dict(when="early")),
    ("p", "Easy checkout, liked choosing the exact seat count.", dict(when="early")),
    ("m", "Annual vs monthly at checkout could be clearer.", dict(when="early")),
], st="mix", seg_cycle=["Startup", "Mid-market", "SMB", "Startup", "Mid-market", "Enterprise", "Startup", "SMB", "Mid-market"])
g(TP, "Upgrade", "CSM onboarding call", [
    ("p", "Our CSM Priya walked us through a migration plan in 30 minutes. That call is why we bought.", dict(seg="Mid-market")),
    ("p", "The onboarding call was genuinely helpful, not a sales pitch.", {}),
    ("p", "Great call with customer success, they answered all our pricing questions honestly.", {}),
    ("p", "The CSM spotted that we should use one workspace, not three. Saved us a mess.", {}),
    ("m", "Call was useful but took a week to get a slot.", {}),
    ("p", "Loved the onboarding call", {}),
    ("p", "The CSM sent a written summary after the call, which I forwarded to my director. Made approval easy.", {}),
    ("n", "Booked the onboarding call and nobody showed up.", {}),
], st="csat", seg_w=dict(Startup=0, SMB=4, **{"Mid-market": 4}, Enterprise=2))
g(TP, "Upgrade", "Security review", [
    ("n", "Security questionnaire took 3 weeks to come back. Our procurement nearly killed the deal.", {}),
    ("n", "We need the SOC 2 report before we can even start a pilot, and it's behind an NDA process that takes ages.", {}),
    ("n", "SAML SSO only on Enterprise is a dealbreaker for us at 150 seats, we're not paying Enterprise prices for a login.", {}),
    ("m", "DPA was fine, questionnaire was slow.", {}),
    ("n", "IT security wont approve without SCIM provisioning, which you only offer on Enterprise.", {}),
    ("n", "Our infosec team asked about data residency in the EU and nobody could give a straight answer.", dict(region="EMEA")),
    ("p", "Security team had everything we asked for, SOC 2, pen test summary, all within a couple of days.", {}),
], seg="Enterprise")
g(TP, "Upgrade", "", [
    ("m", "Decided to upgrade but the process felt more complicated than the trial sign-up.", {}),
    ("p", "Upgraded after 9 days, easy decision.", {}),
])

g(TP, "Billing and invoicing", "Invoice email", [
    ("n", "Invoices go to the admin who signed up, not our finance mailbox, and I can't change that.", {}),
    ("n", "No PO number on the invoice, our AP team rejects it every month.", dict(seg="Mid-market")),
    ("m", "Invoice is fine but the company address field is too short for our address.", {}),
    ("n", "Invoice PDF shows USD even though we pay in EUR.", dict(region="EMEA")),
    ("p", "Invoices arrive on time and are clear.", {}),
    ("m", "Would like invoices itemised per team / cost centre.", dict(seg="Mid-market")),
])
g(TP, "Billing and invoicing", "Billing settings", [
    ("n", "Can't reduce seats mid-term on the annual plan. We lost 8 people and keep paying for them.", {}),
    ("m", "Changing the card was easy, changing the billing contact wasn't possible.", {}),
    ("n", "billing page is confusing, shows monthly price on an annual plan", {}),
    ("p", "Billing settings are simple, I can see exactly what we pay for.", {}),
])
g(TP, "Billing and invoicing", "Seat true-up", [
    ("n", "We were charged for 14 seats for people who left months ago. Deactivated users still count?!", {}),
    ("n", "The quarterly true-up charge came with zero warning. Finance was not happy.", {}),
    ("n", "True-up invoice of $1,900 out of nowhere. Please warn us before charging.", dict(region="NA")),
    ("n", "deactivated users are still billed, that's just wrong", {}),
    ("n", "Why do guests count as seats in the true-up? We were told guests are free.", dict(seg="Startup")),
    ("n", "The true-up counts anyone who logged in once in the quarter. Contractor logs in once, we pay for a quarter.", {}),
    ("n", "Seat counting is opaque. I can't see which users made up the true-up amount.", {}),
    ("n", "Got a true-up charge the same week as our renewal. Charged twice for the same seats as far as I can tell.", {}),
    ("m", "I'd recommend Planwise but the seat billing makes me nervous every quarter.", {}),
    ("n", "we removed 6 users and still got billed for them on the true-up", {}),
    ("n", "Please show a list of billable users before the true-up hits, we had to ask for a refund last time.", dict(region="NA")),
    ("n", "Surprise charges kill trust. Happened twice now.", {}),
    ("n", "True up is a dark pattern tbh", {}),
    ("n", "The true-up charge hit our card, not the invoice we normally pay, so it bounced and the account got flagged.", {}),
    ("m", "Our finance team wants a monthly true-up preview, not a quarterly shock.", dict(seg="Mid-market")),
    ("n", "Seat true-up = bad surprise", {}),
    ("n", "charged for suspended accounts, support refunded but we had to ask", {}),
    ("n", "Deactivating users should free the seat immediately, not at renewal.", {}),
    ("n", "The true-up email is so vague, 'additional seats: 11', which 11??", {}),
    ("m", "Love the product, hate the seat billing.", {}),
], seg_cycle=["SMB", "SMB", "Startup", "SMB", "Mid-market", "SMB", "SMB", "SMB", "Enterprise", "SMB", "SMB", "Startup", "SMB", "SMB", "Mid-market", "SMB"])
g(TP, "Billing and invoicing", "", [
    ("n", "Billing is the least polished part of the product by far.", {}),
    ("m", "billing ok", {}),
])

g(TP, "Renewal", "Renewal reminder email", [
    ("n", "The renewal reminder went to someone who left the company last year. We auto-renewed at the old seat count.", {}),
    ("m", "Reminder at 30 days isn't enough for our procurement cycle, 90 would be better.", dict(seg="Enterprise")),
    ("p", "Good that you send a reminder 60 days out with the exact price.", {}),
    ("n", "No renewal reminder at all, just a charge.", {}),
])
g(TP, "Renewal", "Account review", [
    ("p", "Our renewal review with the CSM was useful, they showed us which teams weren't using it and helped us right-size seats.", {}),
    ("p", "CSM account reviews are great, we get roadmap previews too.", dict(seg="Enterprise")),
    ("m", "Account review was nice, but felt like an upsell at the end.", {}),
    ("p", "Good to have a real person who knows our account.", {}),
    ("n", "We've had 3 different CSMs this year. Each review starts from zero.", dict(seg="Enterprise")),
], seg_w=dict(Startup=0, SMB=3, **{"Mid-market": 4}, Enterprise=3))
g(TP, "Renewal", "Cancellation flow", [
    ("n", "Had to email support to cancel. There's no cancel button for annual plans.", {}),
    ("m", "Downgrade was easy but I lost all automations without a warning.", {}),
    ("n", "Retention offer popped up 3 times before it let me cancel.", {}),
    ("m", "cancelled one workspace, exit survey was fine", {}),
])
g(TP, "Renewal", "", [
    ("p", "Renewed for a second year, the product keeps getting better.", {}),
    ("m", "Renewal price went up 15%, still worth it but ouch.", {}),
    ("p", "Renewing, team would riot if we switched.", {}),
    ("n", "Not renewing, the seat billing surprises were too much.", dict(seg="SMB")),
])

g(TP, "", "", [
    ("p", "Great product overall, would recommend it to anyone running a small team.", {}),
    ("p", "Cleanest PM tool we've used.", {}),
    ("m", "Good tool, rough edges around billing and import.", {}),
    ("m", "n/a", dict(score=7)),
    ("n", "meh", {}),
])

# ---------------- Support escalation ----------------
g(SE, "Ticket raised", "Help centre contact form", [
    ("n", "The contact form makes you read 5 help articles before you can submit a ticket.", {}),
    ("m", "Form is fine but no way to attach a screen recording.", {}),
    ("n", "Couldn't find how to contact a human. Buried.", {}),
    ("p", "Raised a ticket in under a minute.", {}),
])
g(SE, "Ticket raised", "In-app chat", [
    ("p", "In-app chat answered within 5 minutes, great.", {}),
    ("n", "The chat bot kept sending me the same help article. I just wanted a person.", {}),
    ("m", "chat is good during US hours, useless from Australia", dict(region="APAC")),
    ("p", "chat support was quick and friendly", {}),
    ("n", "Chat says 'we typically reply in a few hours'. It's a chat, not email.", {}),
])
g(SE, "Ticket raised", "Status page", [
    ("n", "Status page said all systems operational while nothing was loading for us.", {}),
])
g(SE, "Ticket raised", "Community forum", [
    ("m", "Asked in the community forum, got an answer from another user faster than from support.", {}),
])
g(SE, "Triage", "First response", [
    ("n", "First reply took 2 days and just asked me to clear my cache.", dict(when="early")),
    ("n", "Starter plan support is email-only and slow. 30 hours for a first reply.", dict(plan="Starter", seg="Startup", when="early")),
    ("p", "Got a response in an hour, very fast.", dict(when="nov")),
    ("m", "Quick first reply, but it was clearly a template.", {}),
    ("n", "They asked me for info I'd already put in the ticket.", {}),
    ("p", "Replies are much faster than they were in the summer.", dict(when="nov")),
])
g(SE, "Triage", "Tier 1 troubleshooting", [
    ("n", "Tier 1 made me reproduce the bug three times on video before escalating.", {}),
    ("m", "The agent was polite but couldn't do much beyond the help articles.", {}),
    ("p", "First agent solved it on the spot, it was a permissions setting.", {}),
    ("n", "Got told to 'try another browser'. We use Chrome like everyone else.", {}),
])
g(SE, "Engineering escalation", "Bug report to engineering", [
    ("n", "My ticket was escalated to engineering and then nothing for 9 days.", {}),
    ("n", "Escalated, then told the bug 'couldn't be reproduced' and closed. It's still happening.", {}),
    ("n", "escalations disappear into a black hole", {}),
    ("m", "Engineering found the issue, but it took way too long to get there.", {}),
    ("n", "Bug with recurring tasks escalated 3 weeks ago. Still open. Our weekly planning is broken.", {}),
])
g(SE, "Engineering escalation", "Status updates", [
    ("n", "No updates while waiting on engineering. I had to chase every few days.", {}),
    ("n", "Status update emails just say 'still investigating' every time.", {}),
    ("m", "They did update me, but only when I asked.", {}),
    ("n", "Nobody tells you anything once it goes to the dev team.", {}),
    ("p", "Appreciated the regular updates even though the fix took a while.", {}),
    ("n", "We're an enterprise customer and we got the same vague update as everyone else. Where's the SLA?", dict(seg="Enterprise", plan="Enterprise")),
    ("n", "i had to email 4 times to get an update. please just tell us an ETA", {}),
    ("n", "Waited two weeks with zero updates. My email is j.tanaka@example.org, please get back to me.", dict(region="APAC")),
])
g(SE, "Resolution", "Fix or workaround", [
    ("p", "Daniel from support found a workaround within the hour and followed up when the real fix shipped. Excellent.", {}),
    ("p", "Support engineer was brilliant, fixed our automation issue and explained why it broke.", {}),
    ("p", "Great support, issue resolved same day", {}),
    ("m", "Workaround works but it's clunky, hope the real fix comes soon.", {}),
    ("p", "The engineer joined a call with us to debug the SSO problem. Above and beyond.", dict(seg="Enterprise", plan="Enterprise")),
    ("n", "The 'fix' broke something else.", {}),
    ("p", "Really impressed, they fixed the bug and pushed it within 2 days.", {}),
])
g(SE, "Resolution", "Post-ticket CSAT survey", [
    ("m", "Support fine. Survey too long.", {}),
    ("p", "good", {}),
    ("n", "The survey arrived before the ticket was actually solved.", {}),
    ("p", "Quick and helpful, thanks!", {}),
])
g(SE, "Follow-up", "CSM check-in", [
    ("p", "Our CSM checked in after the outage and offered a credit without us asking.", dict(seg="Enterprise", plan="Enterprise")),
    ("p", "Nice that the CSM followed up after the ticket, felt looked after.", {}),
    ("m", "CSM check-in was fine, didn't add much.", {}),
    ("n", "No one followed up after a 2 week outage of our integration. Disappointing.", {}),
], st="nps")
g(SE, "Follow-up", "Release notes", [
    ("p", "Saw our bug fix in the release notes, nice to see it acknowledged.", {}),
    ("m", "Release notes are too vague to tell whether our bug is fixed.", {}),
    ("n", "release notes never mention the bugs we reported", {}),
], st="nps")
g(SE, "Engineering escalation", "", [
    ("n", "Escalation process is way too slow for a paid product.", {}),
])
g(SE, "", "", [
    ("p", "Support has improved a lot since the summer.", dict(when="nov", st="nps")),
])

# ---------------- extra, mostly positive (real open-text is not all complaints) ----------------
EXTRA = [
    (TP, "Trial sign-up", "Pricing page", "p", "Pricing is transparent, no 'contact us' nonsense for the Business plan.", {}),
    (TP, "Trial sign-up", "Sign-up form", "p", "Took 30 seconds.", {}),
    (TP, "Trial sign-up", "Sign-up form", "p", "Straightforward sign-up.", {}),
    (TP, "Trial sign-up", "Google and Microsoft sign-in", "p", "Google SSO worked first time for all 9 of us.", {}),
    (TP, "Onboarding", "Welcome wizard", "p", "The wizard was short and to the point.", {}),
    (TP, "Onboarding", "Template gallery", "p", "Templates = huge time saver", {}),
    (TP, "Onboarding", "Template gallery", "p", "we started from the product roadmap template and never looked back", {}),
    (TP, "Onboarding", "Onboarding email series", "p", "The email about automations made me actually try them, now we use 6.", {}),
    (TP, "Onboarding", "Jira and Trello import", "p", "Trello import worked perfectly for our 4 boards.", dict(seg="Startup")),
    (TP, "Activation", "First project board", "p", "My team actually enjoys updating the board, which has never happened before.", {}),
    (TP, "Activation", "First project board", "p", "Board views are so clean, clients love it when I share my screen.", dict(seg="Startup")),
    (TP, "Activation", "First project board", "p", "love it", {}),
    (TP, "Activation", "First project board", "p", "Clean and fast", {}),
    (TP, "Activation", "Activation checklist", "p", "Checklist gave me a clear path through the first day.", {}),
    (TP, "Activation", "Slack and GitHub integrations", "p", "Slack updates mean I don't need to nag people for status anymore", {}),
    (TP, "Activation", "Product tour", "p", "tour was short and useful", {}),
    (TP, "Team invite", "Invite teammates dialog", "p", "Inviting the team by link took seconds.", {}),
    (TP, "Team invite", "Invite email", "p", "No issues with invites on Google Workspace.", {}),
    (TP, "Team invite", "Roles and permissions", "p", "Member and guest roles cover everything we need", {}),
    (TP, "Team invite", "Guest access", "p", "Clients can comment on tasks without paying for a seat, brilliant.", dict(seg="Startup")),
    (TP, "Upgrade", "Upgrade prompt", "p", "Fair trial, we knew by day 7 we'd buy.", {}),
    (TP, "Upgrade", "Checkout", "p", "Paid by card in two minutes, no sales call needed.", dict(when="early", st="nps")),
    (TP, "Upgrade", "CSM onboarding call", "p", "Very helpful call, they knew our industry.", dict(st="csat", seg="SMB")),
    (TP, "Billing and invoicing", "Invoice email", "m", "Invoices are fine for us.", {}),
    (TP, "Billing and invoicing", "Billing settings", "p", "Adding seats is instant, no need to contact anyone.", {}),
    (TP, "Renewal", "Account review", "p", "Quarterly reviews with our CSM are worth it, they bring real usage data.", dict(seg="Mid-market")),
    (TP, "Renewal", "Renewal reminder email", "p", "Renewal was painless, the reminder came in good time.", {}),
    (TP, "Renewal", "", "p", "Easy renewal, no haggling.", {}),
    (TP, "", "", "p", "Planwise has made our weekly planning so much calmer.", {}),
    (TP, "", "", "p", "Would recommend, team adoption has been great", {}),
    (TP, "", "", "p", "Excellent tool for the price.", {}),
    (TP, "", "", "p", "10/10 would recommend", dict(score=10)),
    (SE, "Ticket raised", "In-app chat", "p", "Chat agent fixed my issue in 10 minutes.", {}),
    (SE, "Ticket raised", "Help centre contact form", "p", "help centre articles actually solved it before I sent the ticket", {}),
    (SE, "Triage", "First response", "p", "Got an answer within 2 hours on a Sunday.", dict(when="nov")),
    (SE, "Triage", "Tier 1 troubleshooting", "p", "Agent knew the product inside out.", {}),
    (SE, "Resolution", "Fix or workaround", "p", "Fix shipped quickly and they let me know.", {}),
    (SE, "Resolution", "Post-ticket CSAT survey", "p", "Very helpful, thank you Maria!", {}),
    (SE, "Follow-up", "CSM check-in", "p", "CSM called the day after to check everything was ok", dict(st="nps")),
]
for j, s, t, sent, text, opt in EXTRA:
    GROUPS.append((j, s, t, {}, [(sent, text, opt)]))
