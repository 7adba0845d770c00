# Short CSAT (1-5) responses collected by the repair network after a repair or courtesy car hire.
# (touchpoint code, CSAT 1-5, segment, timing, text)
TP = {
 "repairer": ("Repair or settlement", "Approved repairer booking"), "car": ("Repair or settlement", "Courtesy car"),
 "status": ("Repair or settlement", "Repair status updates"), "contractor": ("Repair or settlement", "Home repair contractor"),
}
B, F, R, O = "business", "first-time claimant", "repeat claimant", "over 65"
V = [
 ("repairer", 5, None, None, "Excellent job, car looks new"),
 ("repairer", 4, F, None, "good repair, bit slow"),
 ("repairer", 2, None, None, "paint doesn't match. going back in"),
 ("repairer", 5, O, None, "They collected and delivered, very helpful"),
 ("repairer", 3, None, None, "ok. took 3 wks"),
 ("repairer", 4, None, None, "Friendly garage, kept me posted"),
 ("repairer", 1, B, None, "Van off the road 4 weeks for a rear door. Cost us thousands in lost work."),
 ("repairer", 5, None, None, "no complaints at all"),
 ("car", 1, B, None, "courtesy car useless for a tradesman"),
 ("car", 2, None, None, "No car available for first 4 days"),
 ("car", 2, F, None, "too small for the family"),
 ("car", 4, None, None, "Courtesy car fine"),
 ("car", 1, None, None, "Courtesy car had a flat tyre and warning light on when I picked it up"),
 ("car", 3, R, None, "it was a car. small. did the job"),
 ("car", 2, B, None, "asked for a van, got a hatchback"),
 ("car", 5, None, None, "Car ready and waiting, brilliant"),
 ("car", 2, O, None, "Had to go and collect the courtesy car myself 15 miles away"),
 ("car", 3, None, None, "Fine but they wanted a deposit"),
 ("status", 2, None, None, "Had to ring for every update"),
 ("status", 1, None, None, "no updates whatsoever"),
 ("status", 4, None, None, "texts were useful"),
 ("status", 2, F, None, "Garage and insurer told me different dates"),
 ("status", 5, None, None, "Updates every couple of days, really good"),
 ("status", 2, R, None, "chased 5 times"),
 ("contractor", 4, None, None, "Tidy work"),
 ("contractor", 2, None, "storm", "roofer came once after the storm, never finished"),
 ("contractor", 5, O, None, "Lovely workmen, very respectful of my home"),
 ("contractor", 3, None, None, "job done but left a mess"),
 ("contractor", 1, None, "storm", "Waiting 5 weeks for the storm repairs to even start"),
 ("contractor", 4, F, None, "Plasterer good, decorator late"),
]
