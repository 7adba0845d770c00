"""Generate the Harrowmere Regional Airport evaluation base (maps, comments, KPIs). Deterministic (seeded)."""
import csv, json, random, re, datetime as dt, os, yaml
R = random.Random(20261202)
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
K = os.path.join(BASE, 'knowledge')
def slug(s): return re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')

# ---------------- maps ----------------
def tp(name, channel, owner, desc, pains, metrics=None, emotion=0):
    d = {'name': name, 'channel': channel, 'owner': owner, 'description': desc, 'emotion': emotion, 'pain_points': pains}
    if metrics: d['metrics'] = metrics
    return d
DEP = {'id': 'departing-passenger', 'name': 'Departing passenger', 'persona': 'Passenger flying out of Harrowmere Regional',
 'owner': 'Terminal Operations', 'updated': '2026-10-05',
 'description': 'From arriving at the airport by car to sitting on the aircraft at Harrowmere Regional Airport.',
 'stages': [
  {'name': 'Parking and drop-off', 'goal': 'Leave the car quickly and walk to the terminal in under 10 minutes', 'emotion': 0,
   'pain_points': ['Pay stations decline contactless cards', 'Long-stay shuttle runs late at peak'],
   'opportunities': ['Number-plate payment without stopping'],
   'touchpoints': [
    tp('Pre-booked parking website', 'web', 'Car Parks Commercial', 'Online booking of long-stay and short-stay spaces.', ['Price changes between search and checkout']),
    tp('Long-stay shuttle bus', 'bus', 'Landside Transport', 'Free bus every 12 minutes between the long-stay car park and the terminal.', ['Buses full at 5am, people left at the stop'], emotion=-1),
    tp('Pay station and exit barrier', 'kiosk', 'Car Parks Commercial', 'Pay-on-exit machines and number-plate barriers in the short-stay car park.', ['Card reader declines contactless', 'Barrier does not read the number plate', 'Help intercom unanswered'], ['parking_payment_failure_rate'], -2),
    tp('Terminal drop-off zone', 'road', 'Landside Transport', 'Ten-minute kerbside drop-off in front of departures.', ['Congestion at the entrance lane'])]},
  {'name': 'Check-in and bag drop', 'goal': 'Drop the bag and hold a boarding pass with no queue', 'emotion': 0,
   'pain_points': ['Bag drop kiosks print faulty labels'],
   'touchpoints': [
    tp('Online check-in', 'app', 'Airline Partnerships', 'Airline web and app check-in that feeds our bag drop.', ['Boarding pass not recognised by the kiosk']),
    tp('Self-service bag drop kiosk', 'kiosk', 'Terminal Technology', 'Twelve kiosks where passengers tag and drop their own bags.', ['Label printer jams', 'Kiosk rejects bags just under the weight limit'], ['bag_drop_wait_time'], -1),
    tp('Staffed check-in desk', 'in person', 'Ground Handling', 'Desks run by Skylark Handling for the airlines.', ['Desks open only two hours before departure']),
    tp('Oversize baggage counter', 'in person', 'Ground Handling', 'Drop point for pushchairs, golf bags, skis and bikes.', ['Hard to find, at the far end of the hall'])]},
  {'name': 'Security screening', 'goal': 'Get every passenger through security in under 15 minutes', 'emotion': -1,
   'pain_points': ['Queues over 30 minutes in the 5-7am wave', 'Confusion about liquids with the new scanners'],
   'opportunities': ['Bookable security slots'],
   'touchpoints': [
    tp('Security queue', 'in person', 'Security Operations', 'Main queue hall in front of the six screening lanes.', ['Only half the lanes open at the early-morning peak', 'Queue time screen shows wrong times'], ['security_queue_time'], -2),
    tp('Tray loading and liquids rules', 'in person', 'Security Operations', 'Loading trays for the new CT scanners; rules on liquids and laptops.', ['Staff give different liquids rules', 'Bags re-scanned and searched'], emotion=-1),
    tp('Fast Track lane', 'in person', 'Commercial Partnerships', 'Paid priority lane, sold online and with lounge access.', ['Fast Track sometimes slower than the main queue']),
    tp('Assistance for reduced mobility', 'in person', 'Passenger Services', 'Help for passengers who booked assistance, from check-in to the gate.', ['Waits for a buggy at the gate'], emotion=1)]},
  {'name': 'Airside shops and dining', 'goal': 'Relax, eat and shop before the flight is called', 'emotion': 1,
   'pain_points': ['Not enough seats near the food court', 'Prices felt high'],
   'touchpoints': [
    tp('Walkthrough duty-free store', 'in person', 'Retail Concessions', 'The Meridian Duty Free walkthrough shop straight after security.', ['Forced walk through the perfume aisles']),
    tp('Food court', 'in person', 'Retail Concessions', 'Five food outlets around a shared seating area.', ['Long lines at the coffee counter', 'Prices'], emotion=0),
    tp('Free airport Wi-Fi', 'wifi', 'Terminal Technology', 'Free 60-minute Wi-Fi after a sign-up page.', ['Drops out every few minutes', 'Sign-up page asks for too much'], ['wifi_uptime'], -1),
    tp('Departure lounge seating', 'in person', 'Facilities', 'Seating and charging points in the main departure lounge.', ['Few working charging sockets'])]},
  {'name': 'Boarding', 'goal': 'Reach the right gate on time and board calmly', 'emotion': 0,
   'pain_points': ['Gate shown late', 'Standing in the cold for remote-stand buses'],
   'touchpoints': [
    tp('Flight information screens', 'screen', 'Terminal Technology', 'Departure boards in the lounge and at the piers.', ['Gate number appears only 20 minutes before boarding']),
    tp('Gate announcements', 'public address', 'Passenger Services', 'PA announcements for boarding calls and changes.', ['Hard to hear in the food court']),
    tp('Remote stand bus boarding', 'bus', 'Ground Handling', 'Buses from gates 9-14 out to remote stands.', ['Passengers wait on the stairs in the rain'], ['on_time_departure_rate'], -1),
    tp('Airport app flight alerts', 'app', 'Digital Products', 'Push alerts for gate and delay changes in the Harrowmere app.', ['Alerts arrive after the screen changed'])]}]}
ARR = {'id': 'arriving-passenger', 'name': 'Arriving passenger', 'persona': 'Passenger landing at Harrowmere Regional',
 'owner': 'Arrivals Experience', 'updated': '2026-10-12',
 'description': 'From leaving the aircraft to leaving the airport by taxi, train, bus or car.',
 'stages': [
  {'name': 'Disembarking', 'goal': 'Get from the aircraft into the terminal within 10 minutes', 'emotion': 0,
   'touchpoints': [
    tp('Airbridge and arrival bus', 'in person', 'Ground Handling', 'Airbridges at piers A and B, buses from remote stands.', ['Passengers held on the aircraft waiting for a bus']),
    tp('Arrivals corridor wayfinding', 'signage', 'Facilities', 'Signs and floor markings from the gates to passport control.', ['Long walk with no moving walkway'])]},
  {'name': 'Passport control', 'goal': 'Clear the border in under 10 minutes', 'emotion': -1,
   'pain_points': ['ePassport gates reject passports', 'Few desks staffed in the late-evening wave'],
   'touchpoints': [
    tp('ePassport gates', 'kiosk', 'Border Systems Liaison', 'Eight automated gates for eligible passports.', ['Gate fails to read the chip', 'Children under 12 cannot use them'], ['egate_success_rate'], -1),
    tp('Staffed border desks', 'in person', 'Border Systems Liaison', 'Officer desks for all other passports.', ['Only two desks open after 10pm']),
    tp('Queue marshalling', 'in person', 'Passenger Services', 'Hosts who sort passengers into e-gate and desk queues.', ['Families sent to the wrong queue'])]},
  {'name': 'Baggage reclaim', 'goal': 'Have every bag on the belt within 25 minutes of landing', 'emotion': -1,
   'pain_points': ['Belt 3 keeps stopping', 'Last bags take 40+ minutes'],
   'touchpoints': [
    tp('Reclaim belts', 'in person', 'Ground Handling', 'Four reclaim carousels; bags loaded by Skylark Handling.', ['Belt 3 breaks down', 'Long wait for the last bag'], ['first_bag_delivery_time', 'last_bag_delivery_time'], -2),
    tp('Baggage information screens', 'screen', 'Terminal Technology', 'Screens that show which belt a flight uses.', ['Wrong belt number shown']),
    tp('Lost baggage desk', 'in person', 'Ground Handling', 'Desk for missing and damaged bags.', ['One person on the desk, long queue', 'No follow-up after reporting']),
    tp('Baggage trolleys', 'in person', 'Facilities', 'Trolleys in the reclaim hall, released with a coin.', ['Need a 1-pound coin'])]},
  {'name': 'Onward travel', 'goal': 'Leave the airport by taxi, train, bus or car without delay', 'emotion': 0,
   'pain_points': ['Taxi rank moved during the forecourt works'],
   'touchpoints': [
    tp('Taxi rank', 'road', 'Landside Transport', 'Licensed taxi rank; moved to the multi-storey level 0 during the forecourt works from 9 November.', ['New rank location poorly signed', 'Long waits for taxis since the move'], ['taxi_wait_time'], 0),
    tp('Rail link shuttle', 'bus', 'Landside Transport', 'Shuttle bus to Harrowmere Parkway station every 15 minutes.', ['Last shuttle too early for late flights'], emotion=1),
    tp('Car hire desks', 'in person', 'Car Hire Concessions', 'Desks for three car hire brands in the arrivals hall.', ['Long queues and upselling of insurance']),
    tp('Pick-up zone', 'road', 'Landside Transport', 'Paid pick-up bays and the free waiting area in the long-stay car park.', ['Pick-up charge feels unfair'])]}]}
with open(os.path.join(K, 'maps', 'departing-passenger.yaml'), 'w') as f:
    yaml.safe_dump(DEP, f, sort_keys=False, allow_unicode=True, width=120)
with open(os.path.join(K, 'maps', 'arriving-passenger.json'), 'w') as f:
    json.dump(ARR, f, indent=2)

# ---------------- comments ----------------
START = dt.date(2026, 9, 7); END = dt.date(2026, 11, 29); EMERGE = dt.date(2026, 11, 9)
# (journey, stage, tp) -> (weight, neg share, negatives, positives)
P = {}
def add(j, st, t, w, neg, negs, poss): P[(j, st, t)] = (w, neg, negs, poss)
D, A = 'Departing passenger', 'Arriving passenger'
add(D,'Parking and drop-off','Pre-booked parking website',5,0.4,
 ['price went up from £48 to £61 between the search page and paying','booked parking online, site kept timing out at payment','website said space available then email said it was full'],
 ['easy to book parking online, good price booked early','booking the long stay online took 2 mins, great','parking website simple and clear'])
add(D,'Parking and drop-off','Long-stay shuttle bus',9,0.6,
 ['waited 25 min for the long stay shuttle at 5am, two buses went past full','shuttle bus was packed, had to stand with 2 suitcases','long stay bus late again, nearly missed check in','shutle from long stay didnt turn up for ages'],
 ['shuttle driver helped with our bags, lovely','bus from long stay came straight away','shuttle frequent and clean'])
add(D,'Parking and drop-off','Pay station and exit barrier',16,0.85,
 ['pay machine declined my contactless card three times, queue of cars behind me','exit barrier didnt read my number plate even though i prebooked, pressed help button no answer','card reader at the pay station broken AGAIN','barrier wouldnt lift, had to reverse out, embarrassing','payment machine only took one card in five, took 20 mins to get out','no answer on the intercom at the barrier for 10 mins','paid at the machine but ticket not accepted at the barrier'],
 ['barrier read my plate and opened instantly','paying at the machine was quick'])
add(D,'Parking and drop-off','Terminal drop-off zone',6,0.5,
 ['drop off lane jammed, took 15 mins to get to the kerb','drop-off zone chaos in the morning'],
 ['drop off quick and easy','dropped off right outside the door, perfect'])
add(D,'Check-in and bag drop','Online check-in',5,0.3,
 ['kiosk wouldnt scan the boarding pass from the app'],
 ['checked in online the night before, no issues','online check in smooth','app check in was easy'])
add(D,'Check-in and bag drop','Self-service bag drop kiosk',14,0.7,
 ['bag drop kiosk label printer jammed, waited for a staff member 15 mins','label came out blank twice, had to queue at the desk anyway','the bag drop machine said my bag was overweight at 22.6kg, desk scale said 22.9 fine ... confusing','kiosks half out of order, massive queue','self bag drop printer out of paper, staff just shrugged','label printer jam again at bag drop!!'],
 ['self bag drop took 2 minutes, brilliant','bag drop kiosks really quick','loved the self service bag drop, no queue'])
add(D,'Check-in and bag drop','Staffed check-in desk',6,0.4,
 ['desk didnt open until 2h before, we queued for 40 min','check in desk queue huge, only 2 desks for a full flight'],
 ['lady at the check in desk was so friendly','check-in staff sorted our seats together, thank you','desk staff were quick and helpful'])
add(D,'Check-in and bag drop','Oversize baggage counter',4,0.6,
 ['could not find where to drop the pushchair, no signs','oversize bag drop at the far end, nobody there'],
 ['oversize counter took the golf bag no fuss'])
add(D,'Security screening','Security queue',26,0.8,
 ['security queue was over 45 minutes at 5.30am, only 3 lanes open','security took forever, nearly missed our flight','queue at security ridiculous at 6am, why not open all the lanes','screen said 10 min wait, it was 40','45 min in security line with 2 kids, awful','security queue is a joke in the morning','only half the lanes open at 5am and hundreds of ppl','securty queue wayyy too long','missed my flight because of the security queue. Unacceptable'],
 ['through security in 5 minutes, amazing','security quick for once','security staff friendly and fast','hardly any queue at security at lunchtime'])
add(D,'Security screening','Tray loading and liquids rules',10,0.7,
 ['one officer said liquids can stay in the bag, next one made me take them out','confusing rules with the new scanners, nobody knows if laptops come out','bag sent for re-scan twice for a tube of toothpaste','told different liquid rules by two staff'],
 ['new scanners are great, left everything in the bag','love not having to take the laptop out'])
add(D,'Security screening','Fast Track lane',6,0.5,
 ['paid for fast track and it was slower than the normal queue','fast track only had one lane open, waste of money'],
 ['fast track worth every penny','fast track was quick at 6am'])
add(D,'Security screening','Assistance for reduced mobility',5,0.25,
 ['waited 30 min at the gate for the assistance buggy'],
 ['assistance team were wonderful with my mum','special assistance staff so kind and patient','assistance from check in to the plane was brilliant'])
add(D,'Airside shops and dining','Walkthrough duty-free store',5,0.6,
 ['forced to walk through the duty free maze, hate it','duty free walkthrough is so annoying with a pushchair'],
 ['good offers in duty free','duty free staff helpful'])
add(D,'Airside shops and dining','Food court',9,0.55,
 ['£4.80 for a coffee, outrageous','no seats anywhere in the food court','coffee queue 20 minutes','food court prices are daylight robbery'],
 ['nice breakfast at the food court','decent food choice airside','the new bakery in the food court is great'])
add(D,'Airside shops and dining','Free airport Wi-Fi',7,0.75,
 ['wifi kept dropping every few minutes','wi-fi sign up wants my email, phone and postcode just to get online','free wifi useless, couldnt load anything'],
 ['wifi was fast'])
add(D,'Airside shops and dining','Departure lounge seating',6,0.55,
 ['hardly any charging points work','not enough seats in the departure lounge'],
 ['comfy seats and nice views of the runway','lounge seating area clean and calm'])
add(D,'Boarding','Flight information screens',6,0.6,
 ['gate only shown 20 min before boarding, then a mad rush','departure board info wrong'],
 ['screens clear and easy to follow'])
add(D,'Boarding','Gate announcements',4,0.5,
 ['cant hear the announcements in the food court','announcements too quiet'],
 ['clear announcements at the gate'])
add(D,'Boarding','Remote stand bus boarding',9,0.65,
 ['stood on the plane steps in the rain for 10 minutes','bus to the plane packed, then waited on the tarmac','remote stand again, bus left us waiting in the cold'],
 ['boarding was calm and on time','smooth boarding'])
add(D,'Boarding','Airport app flight alerts',4,0.4,
 ['app told me the gate change after the screens did'],
 ['app alerts were spot on','love the gate alerts in the app'])
add(A,'Disembarking','Airbridge and arrival bus',5,0.5,
 ['kept on the plane 25 min waiting for a bus','no bus for ages after landing'],
 ['airbridge straight into the terminal, quick','off the plane fast'])
add(A,'Disembarking','Arrivals corridor wayfinding',4,0.4,
 ['very long walk to passport control, no travelator'],
 ['signs easy to follow','clear signs to arrivals'])
add(A,'Passport control','ePassport gates',14,0.7,
 ['e gate wouldnt read my passport, sent to the back of the desk queue','egates kept rejecting people, half of them closed','epassport gates failed for 3 of us','the egates dont work with kids so whole family has to queue'],
 ['egates fast, through in 2 mins','e-passport gates worked first time','egates are so much better now'])
add(A,'Passport control','Staffed border desks',8,0.7,
 ['only 2 desks open at 11pm, 50 min queue','passport queue took an hour late at night'],
 ['border officer friendly','desks quick'])
add(A,'Passport control','Queue marshalling',4,0.5,
 ['staff sent us to the wrong queue with the kids'],
 ['the staff sorting the queues were helpful'])
add(A,'Baggage reclaim','Reclaim belts',20,0.8,
 ['waited 50 minutes for bags, belt 3 stopped twice','belt 3 broke down again','bags took forever, over 45 mins','last bag came out after an hour','baggage reclaim is so slow here','belt kept stopping and starting, nobody told us anything','luggage took 40 min for a tiny plane'],
 ['bags were on the belt before we got there','quick bags for once','bags out in 10 minutes, impressed'])
add(A,'Baggage reclaim','Baggage information screens',5,0.7,
 ['screen showed belt 2 but bags came on belt 4','wrong belt on the screen'],
 ['clear screens showing the belt'])
add(A,'Baggage reclaim','Lost baggage desk',6,0.75,
 ['one person on the lost bag desk, queued 40 mins','reported my damaged case, nobody ever got back to me'],
 ['lost bag desk very helpful, bag delivered next day'])
add(A,'Baggage reclaim','Baggage trolleys',4,0.75,
 ['need a pound coin for a trolley, who carries cash','no trolleys left'],
 ['trolleys everywhere'])
add(A,'Onward travel','Taxi rank',6,0.15,
 ['taxi queue a bit long'],
 ['taxi straight away','taxi rank right outside, easy','plenty of taxis waiting'])
add(A,'Onward travel','Rail link shuttle',6,0.35,
 ['last rail shuttle at 23:15, our flight landed 23:30','rail shuttle late'],
 ['rail link shuttle easy and quick','train shuttle great value'])
add(A,'Onward travel','Car hire desks',5,0.6,
 ['car hire queue 45 mins and then the hard sell on insurance','car hire desk understaffed'],
 ['car hire quick'])
add(A,'Onward travel','Pick-up zone',5,0.6,
 ['£5 to pick someone up for 10 minutes is a rip off','pick up zone confusing'],
 ['free waiting area works well'])
EMERGING = ['where is the taxi rank?? signs still point to the old one','taxi rank moved to the car park, no signs, walked round for 15 min',
 'waited 35 min for a taxi at the new rank','new taxi rank in the multi storey is dark and miles away','taxi rank relocation is a mess, no staff, no signs',
 'took ages to find the taxis since the roadworks','queue for taxis 40 mins at midnight at the new rank','why move the taxi rank with no signage?','taxi wait was awful, new rank location terrible']
SEG = {D: ['Leisure', 'Business', 'Family', 'Frequent flyer'], A: ['Leisure', 'Business', 'Family', 'Returning resident']}
OPEN = ['', '', '', '', 'honestly ', 'tbh ', 'Overall ', 'not great - ', 'as usual ']
CLOSE = ['', '', '', '', '.', '!', ' :(', ' please sort it out', ' will fly from elsewhere next time', ' thanks', ' :)']
def typo(s):
    if len(s) > 12 and R.random() < 0.15:
        i = R.randrange(2, len(s) - 2); s = s[:i] + s[i+1] + s[i] + s[i+2:]
    if R.random() < 0.2: s = s[0].upper() + s[1:]
    if R.random() < 0.05: s = s.upper()
    return s
def rdate(a=START, b=END): return a + dt.timedelta(days=R.randrange((b - a).days + 1))
keys = list(P); weights = [P[k][0] for k in keys]
rows = []
for n in range(330):
    k = R.choices(keys, weights)[0]; w, neg, negs, poss = P[k]
    d = rdate()
    isneg = R.random() < neg
    if k[2] == 'Taxi rank' and d >= EMERGE: isneg = R.random() < 0.85
    if isneg:
        txt = R.choice(EMERGING) if (k[2] == 'Taxi rank' and d >= EMERGE) else R.choice(negs)
        txt = R.choice(OPEN[:6] + ['not great - ', 'as usual ']) + txt + R.choice(CLOSE[:8])
        nps = R.choice([0, 1, 2, 3, 3, 4, 5, 6, 6, 7]); cs = R.choice([1, 1, 2, 2, 3])
    else:
        txt = R.choice(OPEN[:5] + ['Overall ']) + R.choice(poss) + R.choice(['', '', '.', '!', ' :)', ' thanks'])
        nps = R.choice([7, 8, 9, 9, 10, 10]); cs = R.choice([4, 4, 5, 5, 3])
    rows.append(dict(j=k[0], st=k[1], t=k[2], d=d, txt=typo(txt.strip()), nps=nps, cs=cs, seg=R.choice(SEG[k[0]])))
# make sure the emerging story has enough mass: extra taxi comments in the last 3 weeks
for n in range(14):
    d = rdate(EMERGE, END)
    rows.append(dict(j=A, st='Onward travel', t='Taxi rank', d=d, txt=typo(R.choice(EMERGING)), nps=R.choice([0,1,2,3,4,5]), cs=R.choice([1,1,2]), seg=R.choice(SEG[A])))
R.shuffle(rows)
rows.sort(key=lambda r: r['d'])
# split: ~60% in-house NPS survey (canonical columns), ~40% vendor CSAT export
nps_rows, vend_rows = [], []
for r in rows:
    (vend_rows if R.random() < 0.4 else nps_rows).append(r)
with open(os.path.join(K, 'comments', 'nps-survey-2026q3q4.csv'), 'w', newline='') as f:
    w = csv.writer(f); w.writerow(['id', 'date', 'journey', 'stage', 'touchpoint', 'score', 'score_type', 'segment', 'comment'])
    for i, r in enumerate(nps_rows, 1):
        r['id'] = f'nps-{i:04d}'; r['score'] = r['nps']; r['type'] = 'nps'
        t = r['t'] if R.random() > 0.06 else ''  # a few only name the stage
        r['t_written'] = t
        w.writerow([r['id'], r['d'].isoformat(), r['j'], r['st'], t, r['nps'], 'nps', r['seg'], r['txt']])
with open(os.path.join(K, 'comments', 'feedbackhub-export.csv'), 'w', newline='') as f:
    w = csv.writer(f); w.writerow(['Response ID', 'Submitted At', 'Journey Name', 'Area', 'Sub Area', 'Satisfaction (1-5)', 'Scale', 'Pax Type', 'Verbatim', 'Survey Source'])
    for i, r in enumerate(vend_rows, 1):
        r['id'] = f'fh-{70311 + i * 7}'; r['score'] = r['cs']; r['type'] = 'csat'; r['t_written'] = r['t']
        hh, mm = R.randrange(5, 23), R.randrange(60)
        w.writerow([r['id'], r['d'].strftime('%d/%m/%Y') + f' {hh:02d}:{mm:02d}', r['j'], r['st'], r['t'], r['cs'], 'csat', r['seg'], r['txt'], R.choice(['QR poster', 'Wi-Fi splash', 'email'])])
with open(os.path.join(K, 'comments', 'feedbackhub-export.mapping.yaml'), 'w') as f:
    yaml.safe_dump({'kind': 'comments', 'date_format': '%d/%m/%Y %H:%M', 'columns': {
        'id': 'Response ID', 'date': 'Submitted At', 'journey': 'Journey Name', 'stage': 'Area', 'touchpoint': 'Sub Area',
        'score': 'Satisfaction (1-5)', 'score_type': 'Scale', 'segment': 'Pax Type', 'comment': 'Verbatim'}}, f, sort_keys=False)

# ---------------- KPIs ----------------
WEEKS = [dt.date(2026, 9, 7) + dt.timedelta(weeks=i) for i in range(12)]
def series(vals): return list(zip(WEEKS, vals))
DEPK = [  # metric, journey, stage, touchpoint, values, target, unit, hib
 ('nps', 'departing-passenger', '', '', [34, 35, 33, 34, 32, 31, 31, 30, 29, 30, 28, 27], 40, 'score', 'true'),
 ('security_queue_time', 'departing-passenger', 'Security screening', 'Security queue', [12.5, 13.0, 13.8, 14.2, 15.1, 16.0, 16.4, 17.2, 17.9, 18.3, 18.8, 19.4], 15, 'min', 'false'),
 ('bag_drop_wait_time', 'departing-passenger', 'Check-in and bag drop', 'Self-service bag drop kiosk', [11.2, 10.9, 11.5, 11.0, 11.3, 10.8, 11.1, 11.4, 10.7, 11.0, 11.2, 10.9], 10, 'min', 'false'),
 ('parking_payment_failure_rate', 'departing-passenger', 'Parking and drop-off', 'Pay station and exit barrier', [3.1, 3.3, 3.2, 3.6, 3.9, 4.2, 4.4, 4.8, 5.1, 5.3, 5.6, 5.8], 2.0, '%', 'false'),
 ('on_time_departure_rate', 'departing-passenger', 'Boarding', '', [81.2, 80.5, 82.0, 79.8, 80.9, 81.5, 78.9, 80.2, 79.5, 80.8, 81.1, 80.4], 85, '%', 'true'),
 ('wifi_uptime', 'departing-passenger', 'Airside shops and dining', 'Free airport Wi-Fi', [97.8, 98.1, 97.5, 96.9, 97.2, 96.4, 96.8, 95.9, 96.2, 95.5, 95.8, 95.1], '', '%', 'true'),
]
ARRK = [
 ('nps', 'arriving-passenger', '', '', [22, 23, 23, 24, 25, 26, 26, 27, 28, 27, 29, 30], 35, 'score'),
 ('egate_success_rate', 'arriving-passenger', 'Passport control', 'ePassport gates', [78.4, 79.0, 80.2, 81.5, 82.8, 84.1, 85.6, 86.9, 88.0, 89.2, 90.1, 91.3], 90, '%'),
 ('first_bag_delivery_time', 'arriving-passenger', 'Baggage reclaim', 'Reclaim belts', [21.5, 22.0, 21.8, 22.6, 23.1, 22.9, 23.4, 24.0, 23.7, 24.2, 24.5, 24.9], 20, 'min'),
 ('last_bag_delivery_time', 'arriving-passenger', 'Baggage reclaim', 'Reclaim belts', [36.2, 37.0, 38.1, 37.5, 39.2, 40.0, 39.6, 41.3, 42.0, 41.8, 43.1, 44.0], 35, 'min'),
 ('taxi_wait_time', 'arriving-passenger', 'Onward travel', 'Taxi rank', [6.1, 5.8, 6.3, 5.9, 6.4, 6.0, 6.2, 5.7, 6.5, 18.4, 21.9, 23.6], '', 'min'),
]
with open(os.path.join(K, 'kpis', 'departures-weekly.csv'), 'w', newline='') as f:
    w = csv.writer(f); w.writerow(['metric', 'journey', 'stage', 'touchpoint', 'date', 'value', 'target', 'unit', 'higher_is_better'])
    for m, j, st, t, vals, tg, u, h in DEPK:
        for d, v in series(vals): w.writerow([m, j, st, t, d.isoformat(), v, tg, u, h])
with open(os.path.join(K, 'kpis', 'arrivals-scorecard.csv'), 'w', newline='') as f:
    w = csv.writer(f); w.writerow(['date', 'metric', 'value', 'unit', 'target', 'journey', 'stage', 'touchpoint'])
    for d_i, d in enumerate(WEEKS):
        for m, j, st, t, vals, tg, u in ARRK:
            v = f'{vals[d_i]}%' if u == '%' else vals[d_i]
            w.writerow([d.isoformat(), m, v, u, (f'{tg}%' if (u == '%' and tg != '') else tg), j, st, t])
print(len(nps_rows), len(vend_rows), len(rows), 'kpi rows', 12 * (len(DEPK) + len(ARRK)))
