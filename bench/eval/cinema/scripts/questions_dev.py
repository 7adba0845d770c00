BV="book-and-visit"; LM="loyalty-membership"
def tp(j,s,t): return f"touchpoint:{j}/{s}/{t}"
def st(j,s): return f"stage:{j}/{s}"
Q=[
# pain_points
("whats tripping ppl up on the seat map", "pain_points", [tp(BV,"book-seats","seat-map"), "comment~seat map", "comment~crash"], []),
("main pain points at the snack countr?", "pain_points", [tp(BV,"snacks","concession-counter"), st(BV,"snacks"), "comment~queue"], []),
("why r customers so annoyed about refnds", "pain_points", [tp(BV,"refunds-and-complaints","refund-request-form"), "comment~refund"], []),
("issues w points not showing up on accounts?", "pain_points", [tp(LM,"points-and-rewards","missing-points-claim"), tp(LM,"points-and-rewards","points-balance"), "comment~points"], []),
# touchpoints
("what touchpoints r in the snacks stage", "touchpoints", [st(BV,"snacks"), tp(BV,"snacks","concession-counter"), tp(BV,"snacks","order-ahead-snacks")], ["Concession counter", "Order-ahead snacks", "Combo deals and pricing", "Pick-up point"]),
("list the touchpoints for joining rewards pls", "touchpoints", [st(LM,"join-marquee-rewards"), tp(LM,"join-marquee-rewards","sign-up-screen")], ["Sign-up screen", "Welcome offer", "Till sign-up prompt"]),
("which touchpoints does the refunds n complaints stage hav", "touchpoints", [st(BV,"refunds-and-complaints"), tp(BV,"refunds-and-complaints","refund-request-form")], ["Refund request form", "Live chat and chatbot", "Complaints email", "Cancelled showing notice"]),
# owner
("who owns the booking fee", "owner", [tp(BV,"book-seats","booking-fee")], ["Commercial Pricing"]),
("which team looks after the seat picker in the app", "owner", [tp(BV,"book-seats","seat-map")], ["Digital Product"]),
("whos responsible for the unlimted price change emails", "owner", [tp(LM,"manage-or-cancel-subscription","billing-and-price-changes")], ["Loyalty & CRM"]),
("who owns car parks", "owner", [tp(BV,"arrive-and-tickets","car-park")], ["Facilities"]),
# goal
("whats the goal for the arrive stage", "goal", [st(BV,"arrive-and-tickets")], ["car park"]),
("goal of points n rewards stage?", "goal", [st(LM,"points-and-rewards")], ["48 hours"]),
("what are we aiming for in refunds & complaints", "goal", [st(BV,"refunds-and-complaints")], ["one contact"]),
# latest_kpi
("booking conv rate atm on book & visit?", "latest_kpi", ["kpi~booking_conversion_rate"], ["26.5"]),
("current unlimited subs number", "latest_kpi", ["kpi~unlimited_subscribers"], ["45,380"]),
("whats the latest concesion queue time", "latest_kpi", ["kpi~concession_queue_time"], ["7.3"]),
("refund processing time this wk?", "latest_kpi", ["kpi~refund_processing_time"], ["11.6"]),
# kpi_change
("how much has unltd churn gone up since start of sept", "kpi_change", ["kpi~subscription_churn_rate"], ["2.8", "4.9"]),
("order ahead adoption change over the whole period?", "kpi_change", ["kpi~order_ahead_adoption"], ["12.3"]),
("did app crash rate move week on week", "kpi_change", ["kpi~app_crash_rate"], ["0.7", "3.9"]),
("loyalty nps drop vs last week", "kpi_change", ["kpi~nps"], ["3", "34"]),
# kpi_window
("avg concession queue time over last 4 wks", "kpi_window", ["kpi~concession_queue_time"], ["7.7"]),
("which week was ticket scan failures worst and how bad", "kpi_window", ["kpi~ticket_scan_failure_rate"], ["6.8"]),
("peak week for club signups since sept?", "kpi_window", ["kpi~club_signups"], ["4,480"]),
# comparison
("booking conversion - members vs normal book & visit, latest?", "comparison", ["kpi~booking_conversion_rate"], ["26.5", "43.8"]),
("nps kpi b&v vs loyalty this week", "comparison", ["kpi~nps"], ["24", "34"]),
("csat live chat vs the refund form", "comparison", [tp(BV,"refunds-and-complaints","live-chat-and-chatbot"), tp(BV,"refunds-and-complaints","refund-request-form"), "comment~chat", "comment~refund"], ["30"]),
# ranking
("which touchpoint in book & visit gets the most comments", "ranking", [tp(BV,"book-seats","seat-map"), "comment~seat map"], ["Seat map", "30"]),
("which loyalty stage has the worst csat", "ranking", [st(LM,"manage-or-cancel-subscription"), "comment~cancel", "comment~price rise", "comment~price hike", "comment~19.99"], ["Manage or cancel subscription"]),
("top rated snacks touchpoint by nps?", "ranking", [tp(BV,"snacks","order-ahead-snacks"), "comment~order ahead"], ["Order-ahead snacks", "88.9"]),
# segment
("what are unlimited members moaning about", "segment", [tp(LM,"manage-or-cancel-subscription","billing-and-price-changes"), "comment~price rise", "comment~unlimited"], []),
("guests vs rewards members nps from the survey", "segment", ["journey:book-and-visit", "comment~booking fee", "comment~queue", "comment~points"], ["-46.8", "-10.5"]),
("what do families complain abt most", "segment", [tp(BV,"snacks","combo-deals-and-pricing"), tp(BV,"snacks","concession-counter"), "comment~popcorn", "comment~combo"], []),
# derived_score
("nps for the seat map from teh comments", "derived_score", [tp(BV,"book-seats","seat-map"), "comment~seat map"], ["-60"]),
("whats the csat on live chat / the bot", "derived_score", [tp(BV,"refunds-and-complaints","live-chat-and-chatbot"), "comment~chat", "comment~bot"], ["30"]),
("nps for order ahead snacks?", "derived_score", [tp(BV,"snacks","order-ahead-snacks"), "comment~order ahead"], ["88.9"]),
("student nps?", "derived_score", ["comment~student", "comment~fee", "journey:book-and-visit"], ["-17.2"]),
# themes
("main themes in refunds & complaints feedback", "themes", [st(BV,"refunds-and-complaints"), "comment~refund", "comment~chat", "comment~complaint"], []),
("what r ppl saying about the in-screen experiance", "themes", [st(BV,"in-the-screen"), "comment~ads", "comment~recliner", "comment~sticky"], []),
("top themes in loyalty feedback", "themes", ["journey:loyalty-membership", "comment~price rise", "comment~cancel", "comment~points"], []),
# praise
("what do ppl love about us", "praise", [tp(BV,"snacks","order-ahead-snacks"), tp(BV,"in-the-screen","seats-and-recliners"), "comment~order ahead", "comment~recliner"], []),
("any good feedback on rewards?", "praise", [tp(LM,"points-and-rewards","rewards-catalogue"), tp(LM,"member-visits","member-screenings-and-previews"), "comment~reward", "comment~preview"], []),
("positives about staff?", "praise", [st(BV,"arrive-and-tickets"), "comment~staff"], []),
# emerging
("anything new blowing up in the last couple of weeks", "emerging", [tp(BV,"book-seats","seat-map"), tp(LM,"manage-or-cancel-subscription","billing-and-price-changes"), "comment~seat map", "comment~price rise", "comment~price hike", "comment~19.99"], []),
("new issues since the app update?", "emerging", [tp(BV,"book-seats","seat-map"), "comment~update", "comment~seat map"], []),
("is the unlimited price rise causing noise lately", "emerging", [tp(LM,"manage-or-cancel-subscription","billing-and-price-changes"), "comment~price rise", "comment~price hike", "comment~19.99"], ["19.99"]),
# priority
("if we fix one thing in booking first what should it be", "priority", [tp(BV,"book-seats","seat-map"), "kpi~app_crash_rate", "kpi~booking_conversion_rate", "comment~seat map"], ["Seat map"]),
("biggest risk for loyality rn?", "priority", [tp(LM,"manage-or-cancel-subscription","billing-and-price-changes"), "kpi~subscription_churn_rate", "comment~price rise", "comment~price hike", "comment~19.99"], ["4.9"]),
("where should customer care focus first", "priority", [tp(BV,"refunds-and-complaints","refund-request-form"), "kpi~refund_processing_time", "comment~refund"], ["11.6"]),
# paraphrase
("whats up with the popcorn line", "paraphrase", [tp(BV,"snacks","concession-counter"), "comment~queue", "kpi~concession_queue_time"], []),
("feedback on the adverts before the movie?", "paraphrase", [tp(BV,"in-the-screen","pre-show-ads-and-trailers"), "comment~ads", "comment~adverts"], []),
("ppl struggling to get out of unlimited?", "paraphrase", [tp(LM,"manage-or-cancel-subscription","pause-or-cancel-membership"), "comment~cancel"], []),
("the comfy chairs - what do ppl say", "paraphrase", [tp(BV,"in-the-screen","seats-and-recliners"), "comment~recliner", "comment~comfy"], []),
]
A=[
"whats cineworld unlimited churn rate rn",
"forecast for unlimited subs next yr?",
"how much revenue did snacks bring in last month",
"how many staff work at leeds kirkstall",
"nps for the private screening / party booking journey?",
"avg ticket price this month?",
]
