BV="book-and-visit"; LM="loyalty-membership"
def tp(j,s,t): return f"touchpoint:{j}/{s}/{t}"
def st(j,s): return f"stage:{j}/{s}"
Q=[
# pain_points
("pain pts at checkout / paying?", "pain_points", [tp(BV,"book-seats","checkout-and-payment"), "comment~pay", "comment~checkout"], []),
("whats going wrong w ticket scanning at the door", "pain_points", [tp(BV,"arrive-and-tickets","ticket-scanning-at-the-door"), "comment~scan"], []),
("problems with the welcome popcorn voucher?", "pain_points", [tp(LM,"join-marquee-rewards","welcome-offer"), "comment~voucher", "comment~welcome"], []),
("known pain points in find a film?", "pain_points", [st(BV,"find-a-film"), tp(BV,"find-a-film","what-s-on-listings"), "comment~listings", "comment~subtitled"], []),
# touchpoints
("touchpoints in book seats?", "touchpoints", [st(BV,"book-seats"), tp(BV,"book-seats","seat-map")], ["Showtime picker", "Seat map", "Checkout and payment", "Booking fee", "Booking confirmation email"]),
("what touchpoints sit under member visits", "touchpoints", [st(LM,"member-visits"), tp(LM,"member-visits","member-booking")], ["Member booking", "Member discount at the counter", "Member screenings and previews", "Guest tickets"]),
("which touchpoints r in the manage/cancel sub stage", "touchpoints", [st(LM,"manage-or-cancel-subscription"), tp(LM,"manage-or-cancel-subscription","pause-or-cancel-membership")], ["Billing and price changes", "Pause or cancel membership", "Membership support line"]),
# owner
("who owns the refund form", "owner", [tp(BV,"refunds-and-complaints","refund-request-form")], ["Customer Care"]),
("team behind order ahead?", "owner", [tp(BV,"snacks","order-ahead-snacks")], ["Food & Beverage"]),
("who owns the pre show ads", "owner", [tp(BV,"in-the-screen","pre-show-ads-and-trailers")], ["Screen Advertising"]),
("owner of direct debit setup for unlimited", "owner", [tp(LM,"start-unlimited","direct-debit-and-card-setup")], ["Payments"]),
# goal
("goal for the book seats stage", "goal", [st(BV,"book-seats")], ["one flow"]),
("whats the goal of manage or cancel", "goal", [st(LM,"manage-or-cancel-subscription")], ["phone"]),
("snacks stage goal?", "goal", [st(BV,"snacks")], ["start of the film"]),
# latest_kpi
("unlimited churn rate latest", "latest_kpi", ["kpi~subscription_churn_rate"], ["4.9"]),
("checkout abandonment now?", "latest_kpi", ["kpi~checkout_abandonment_rate"], ["27.1"]),
("loyalty nps this week", "latest_kpi", ["kpi~nps"], ["34"]),
("complaints resolved in 48h - latest % ?", "latest_kpi", ["kpi~complaint_resolution_rate"], ["66.7"]),
# kpi_change
("how far has b&v booking conv fallen since w/c 20 oct??", "kpi_change", ["kpi~booking_conversion_rate"], ["7.7"]),
("unlimited subs change vs last wk", "kpi_change", ["kpi~unlimited_subscribers"], ["740"]),
("how much has concession queue time changed since start of sept", "kpi_change", ["kpi~concession_queue_time"], ["2.1"]),
("refund processing time trend over the 10 wks?", "kpi_change", ["kpi~refund_processing_time"], ["2.7"]),
# kpi_window
("avg book and visit nps kpi across all 10 weeks", "kpi_window", ["kpi~nps"], ["30.7"]),
("lowest screen cleanliness scrore in the period", "kpi_window", ["kpi~screen_cleanliness_score"], ["80.6"]),
("avg unlimited churn over the last 3 wks", "kpi_window", ["kpi~subscription_churn_rate"], ["4.2"]),
# comparison
("order ahead adoption vs target?", "comparison", ["kpi~order_ahead_adoption"], ["18.4", "20"]),
("seat map nps before vs after the app update (survey)", "comparison", [tp(BV,"book-seats","seat-map"), "comment~seat map"], ["50", "-100"]),
("csat start unlimited vs manage/cancel stage", "comparison", [st(LM,"start-unlimited"), st(LM,"manage-or-cancel-subscription"), "comment~cancel", "comment~membership card"], ["66.7"]),
# ranking
("which b&v stage has the worst nps in the survey", "ranking", [st(BV,"book-seats"), "comment~seat map", "comment~fee"], ["Book seats", "-63.8"]),
("which loyalty touchpoint gets the most feedback", "ranking", [tp(LM,"manage-or-cancel-subscription","billing-and-price-changes"), "comment~price rise", "comment~price hike", "comment~19.99"], ["Billing and price changes", "30"]),
("best csat touchpoint in refunds/complaints?", "ranking", [tp(BV,"refunds-and-complaints","live-chat-and-chatbot"), "comment~chat"], ["Live chat and chatbot", "30"]),
# segment
("what do students complain about", "segment", [tp(BV,"book-seats","booking-fee"), tp(BV,"book-seats","seat-map"), "comment~student", "comment~fee"], []),
("unlimited member nps from survey", "segment", ["comment~unlimited", "journey:loyalty-membership", "comment~price rise", "comment~price hike", "comment~19.99"], ["-17.6"]),
("rewards members main issues?", "segment", [tp(LM,"points-and-rewards","missing-points-claim"), tp(LM,"join-marquee-rewards","welcome-offer"), "comment~points", "comment~voucher"], []),
# derived_score
("nps for booking fee", "derived_score", [tp(BV,"book-seats","booking-fee"), "comment~fee"], ["-72.2"]),
("csat for the rewards sign up screen", "derived_score", [tp(LM,"join-marquee-rewards","sign-up-screen"), "comment~sign up", "comment~join"], ["60"]),
("nps for the snacks stage overall", "derived_score", [st(BV,"snacks"), "comment~popcorn", "comment~queue", "comment~order"], ["-6.7"]),
("whats the csat for points & rewrads", "derived_score", [st(LM,"points-and-rewards"), "comment~points", "comment~reward"], ["33.3"]),
# themes
("key themes in snacks feedbak", "themes", [st(BV,"snacks"), "comment~queue", "comment~popcorn", "comment~order ahead"], []),
("themes in book seats comments?", "themes", [st(BV,"book-seats"), "comment~seat map", "comment~fee"], []),
("what comes up most in arrive & tickets feedback", "themes", [st(BV,"arrive-and-tickets"), "comment~scan", "comment~staff", "comment~park"], []),
# praise
("whats working well in the app", "praise", [tp(BV,"snacks","order-ahead-snacks"), tp(LM,"start-unlimited","membership-card-in-app"), "comment~order ahead"], []),
("nice things ppl say abt unlimited", "praise", [tp(LM,"member-visits","member-booking"), "comment~unlimited"], []),
("any praise for picture / sound?", "praise", [tp(BV,"in-the-screen","picture-and-sound"), "comment~imax", "comment~sound"], []),
# emerging
("whats new in complaints recently vs earlier in the autumn", "emerging", [tp(BV,"book-seats","seat-map"), tp(LM,"manage-or-cancel-subscription","billing-and-price-changes"), "comment~seat map", "comment~price rise", "comment~price hike", "comment~19.99"], []),
("any emerging issues w unlimted pricing", "emerging", [tp(LM,"manage-or-cancel-subscription","billing-and-price-changes"), "comment~price rise", "comment~price hike", "comment~19.99"], []),
("new stuff popping up in nov?", "emerging", [tp(BV,"book-seats","seat-map"), tp(LM,"manage-or-cancel-subscription","billing-and-price-changes"), "comment~seat map", "comment~price rise", "comment~price hike", "comment~19.99"], []),
# priority
("what shld f&b prioritise", "priority", [tp(BV,"snacks","concession-counter"), "kpi~concession_queue_time", "comment~queue"], []),
("top 3 things to fix across both journeys", "priority", [tp(BV,"book-seats","seat-map"), tp(LM,"manage-or-cancel-subscription","billing-and-price-changes"), tp(BV,"refunds-and-complaints","refund-request-form"), "kpi~booking_conversion_rate", "kpi~subscription_churn_rate"], []),
("what to fix first in refunds & complaints", "priority", [tp(BV,"refunds-and-complaints","refund-request-form"), tp(BV,"refunds-and-complaints","complaints-email"), "kpi~refund_processing_time", "kpi~complaint_resolution_rate", "comment~refund"], []),
# paraphrase
("feedback on the reg machine / parking fines", "paraphrase", [tp(BV,"arrive-and-tickets","car-park"), "comment~parking"], []),
("the bot on help chat - any good?", "paraphrase", [tp(BV,"refunds-and-complaints","live-chat-and-chatbot"), "comment~bot", "comment~chat"], []),
("whats the story with the 10% off snacks for members", "paraphrase", [tp(LM,"member-visits","member-discount-at-the-counter"), "comment~discount"], []),
("are folks using the skip the queue snacks thing?", "paraphrase", [tp(BV,"snacks","order-ahead-snacks"), "kpi~order_ahead_adoption", "comment~order ahead"], ["18.4"]),
]
A=[
"vue's nps this quarter?",
"what will unlimited churn be in jan 2026",
"marquee share price today?",
"how many ppl on the customer care team",
"gift card redemption rate?",
"conversion rate on the corporate hire booking journey",
]
