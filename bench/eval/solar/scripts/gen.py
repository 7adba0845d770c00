import json, random, csv, datetime as dt, yaml, os
random.seed(7)
B='/work/blind/solar'; K=B+'/knowledge'
def slug(s):
    import re; return re.sub(r'[^a-z0-9]+','-',s.lower()).strip('-')
J1={'id':'install-journey','name':'Enquiry to installation','persona':'Homeowner going solar','owner':'Installations directorate','updated':'2026-11-20',
 'description':'From first enquiry through remote and roof survey, quote, DNO application and install day for Brightrafter Solar.',
 'stages':[
 {'name':'Enquiry','goal':'Get a callback and a rough price within a day','tps':[('Online quote calculator','web','Digital team',['asks for roof pitch nobody knows'],'Postcode + bill based estimate'),('Callback request','phone','Sales desk',['callbacks late or missed'],'Advisor rings back'),('Price comparison page','web','Digital team',[],'Compare packages')]},
 {'name':'Survey','goal':'Book and complete a roof survey within 10 days','tps':[('Survey booking','phone','Survey scheduling',['slots weeks away'],'Book surveyor visit'),('Drone roof survey','field','Survey team',['surveyor no-show'],'Drone scan of roof'),('Survey report','email','Survey team',['report arrives late'],'PDF of roof layout')]},
 {'name':'Quote and finance','goal':'Give a clear fixed quote and finance decision','tps':[('Fixed quote','email','Sales desk',['quote changes after survey'],'Final quote'),('Finance application','web','Finance partnerships',['credit check slow'],'Loan application'),('Deposit payment','web','Finance partnerships',[],'Pay deposit')]},
 {'name':'Grid approval','goal':'Get DNO approval without customer chasing','tps':[('DNO application','email','Grid connections',['no updates while waiting for DNO'],'Application to network operator'),('Approval update emails','email','Grid connections',['generic emails'],'Status updates')]},
 {'name':'Installation','goal':'Install in one visit, roof left tidy','tps':[('Scaffolding','field','Install operations',['scaffold left up for weeks'],'Scaffold erected'),('Install day','field','Install operations',['install rescheduled last minute'],'Panels and battery fitted'),('Battery commissioning','field','Electrical team',['battery not commissioned same day'],'Battery setup'),('Handover pack','email','Install operations',['missing MCS certificate'],'Certificates and warranty')]},
]}
J2={'id':'aftercare','name':'Aftercare and export payments','persona':'Solar owner','owner':'Customer care','updated':'2026-11-25',
 'description':'Life with the system: monitoring app, faults, servicing, export tariff sign-up and payments.',
 'stages':[
 {'name':'Monitoring','goal':'Owner sees generation data daily','tps':[('SunTally app','app','App team',['app shows zero generation','wifi dongle drops'],'Monitoring app'),('Wifi dongle setup','app','App team',['pairing fails'],'Inverter dongle'),('Monthly generation email','email','App team',[],'Summary email')]},
 {'name':'Fault and repair','goal':'Fix faults within 5 working days','tps':[('Fault hotline','phone','Aftercare support',['long hold times'],'Report faults'),('Engineer visit','field','Aftercare engineers',['parts not on van'],'Repair visit'),('Inverter replacement','field','Aftercare engineers',['weeks for new inverter'],'Warranty swap')]},
 {'name':'Export tariff sign-up','goal':'Customer registered for export payments within 30 days','tps':[('MCS certificate request','email','Compliance team',['certificate delayed'],'Send MCS cert'),('Export tariff form','web','Energy partnerships',['form rejects MPAN'],'Register export'),('Smart meter check','phone','Energy partnerships',['export meter not reading'],'Check meter')]},
 {'name':'Export payments','goal':'Pay export earnings correctly each quarter','tps':[('Export payment statement','email','Billing team',['statement hard to read'],'Quarterly statement'),('Payment query chat','chat','Billing team',['chatbot loops'],'Query payments'),('Bank detail update','web','Billing team',[],'Change bank details')]},
 {'name':'Servicing and referrals','goal':'Annual service booked and referrals rewarded','tps':[('Annual service booking','web','Aftercare support',['service price went up'],'Book service'),('Panel cleaning','field','Aftercare engineers',[],'Clean panels'),('Refer a friend','email','Marketing',['referral reward not paid'],'Referral voucher')]},
]}
def build(j):
    out={k:v for k,v in j.items() if k!='stages'}; out['stages']=[]
    for s in j['stages']:
        out['stages'].append({'name':s['name'],'goal':s['goal'],'pain_points':[p for t in s['tps'] for p in t[3]][:2],
          'touchpoints':[{'name':n,'channel':c,'owner':o,'pain_points':pp,'description':d} for n,c,o,pp,d in s['tps']]})
    return out
yaml.safe_dump(build(J1),open(K+'/maps/install-journey.yaml','w'),sort_keys=False)
json.dump(build(J2),open(K+'/maps/aftercare.json','w'),indent=1)
# comments
start=dt.date(2026,9,1); end=dt.date(2026,11,30)
segs=['retrofit homeowner','new build','battery only','landlord']
stories=[ # (journey,stage,tp,texts,scorelo,scorehi,weight,emerging)
 ('install-journey','Grid approval','DNO application',['heard nothing for 6 weeks while waiting on DNO approval','no updates at all on the dno, had to chase 4 times','DNO approval took forever and nobody told us anything','waiting on grid approval, zero comms','chased the dno status again, still nothing'],0,5,30,0),
 ('install-journey','Installation','Scaffolding',['scaffold left up for 3 weeks after install','scaffolding still up, neighbours complaining','scafold has been up a month now!!','scaffold took ages to come down'],1,6,22,0),
 ('install-journey','Quote and finance','Fixed quote',['quote went up by £900 after the survey','price changed after survey, felt misled','the fixed quote wasnt fixed at all','quote changed after surveyor came, not happy'],0,5,22,0),
 ('install-journey','Installation','Install day',['installers were brilliant, tidy and friendly','install team were fab, done in a day','great install crew, explained everything','really professional installers'],9,10,28,0),
 ('install-journey','Installation','Install day',['install rescheduled the day before','install day moved twice, took time off work for nothing'],2,6,10,0),
 ('install-journey','Survey','Survey booking',['survey slots 3 weeks away','couldnt get a survey date for ages','survey booking was easy'],3,8,18,0),
 ('install-journey','Survey','Drone roof survey',['drone survey was cool and quick','surveyor didnt turn up','surveyor was really knowledgeable'],4,10,15,0),
 ('install-journey','Enquiry','Callback request',['callback came same day, good','nobody called back when promised','callback was late'],3,9,18,0),
 ('install-journey','Enquiry','Online quote calculator',['calculator asked roof pitch, no idea','quote calculator easy to use','calcualtor estimate was spot on'],5,9,14,0),
 ('install-journey','Installation','Battery commissioning',['battery not commissioned on the day, waited a week','battery works great, love it'],3,9,10,0),
 ('install-journey','Installation','Handover pack',['handover pack missing the MCS certificate','no mcs cert in handover'],2,6,9,0),
 ('install-journey','Quote and finance','Finance application',['finance credit check slow','finance was easy'],4,9,8,0),
 ('aftercare','Monitoring','SunTally app',['app shows zero generation since the update','suntally app says 0 kWh but panels are working','since latest app update it shows nothing','app update broke the generation graph','app blank after update again'],0,4,26,1),
 ('aftercare','Monitoring','SunTally app',['love seeing generation in the app','app is great, check it every day'],8,10,14,0),
 ('aftercare','Monitoring','Wifi dongle setup',['wifi dongle keeps dropping','dongle pairing failed 3 times'],2,6,10,0),
 ('aftercare','Export tariff sign-up','Export tariff form',['export form rejected my MPAN','export tariff form wont accept mpan number','took 3 tries to register for export payments'],1,5,18,0),
 ('aftercare','Export tariff sign-up','MCS certificate request',['mcs certificate took weeks, couldnt register export','still waiting for mcs certificate'],1,5,12,0),
 ('aftercare','Export payments','Export payment statement',['export statement impossible to read','dont understand my export payment statement','first export payment arrived, nice'],3,8,16,0),
 ('aftercare','Export payments','Payment query chat',['chatbot just loops','chat bot useless, couldnt reach a human'],0,4,10,0),
 ('aftercare','Fault and repair','Fault hotline',['40 min on hold to report a fault','hotline hold time awful','fault line picked up quickly'],1,8,16,0),
 ('aftercare','Fault and repair','Engineer visit',['engineer fixed it first time, great','engineer came without the part','engineer was lovely'],3,10,14,0),
 ('aftercare','Fault and repair','Inverter replacement',['inverter replacement took 5 weeks','weeks without a working inverter'],0,4,9,0),
 ('aftercare','Servicing and referrals','Refer a friend',['referral reward never paid','still no referral voucher'],2,6,8,0),
 ('aftercare','Servicing and referrals','Annual service booking',['service price went up a lot','booked service online easy'],4,8,8,0),
]
rows=[]; n=0
days=(end-start).days
for j,s,t,texts,lo,hi,w,em in stories:
    for i in range(w):
        n+=1
        if em: d=end-dt.timedelta(days=random.randint(0,18))
        else: d=start+dt.timedelta(days=random.randint(0,days))
        txt=random.choice(texts)
        if random.random()<.2: txt=txt.capitalize()+random.choice(['.',' !!',' tbh',' :(',''])
        rows.append(dict(id=f'SOL-{n:04d}',date=d.isoformat(),journey=j,stage=s,touchpoint=t,score=random.randint(lo,hi),segment=random.choice(segs),comment=txt))
random.shuffle(rows)
inst=[r for r in rows if r['journey']=='install-journey']; aft=[r for r in rows if r['journey']=='aftercare']
with open(K+'/comments/install_survey.csv','w',newline='') as f:
    w=csv.DictWriter(f,fieldnames=['id','date','journey','stage','touchpoint','score','score_type','segment','comment'])
    w.writeheader()
    for r in sorted(inst,key=lambda r:r['date']): w.writerow({**r,'score_type':'nps'})
with open(K+'/comments/aftercare_export.csv','w',newline='') as f:
    w=csv.writer(f); w.writerow(['ResponseID','Submitted','Journey','JourneyStep','Interaction','LikelyToRecommend','CustomerType','Verbatim'])
    for r in sorted(aft,key=lambda r:r['date']):
        d=dt.date.fromisoformat(r['date']); w.writerow([r['id'],d.strftime('%d/%m/%Y')+' 10:15',r['journey'],r['stage'],r['touchpoint'],r['score'],r['segment'],r['comment']])
yaml.safe_dump({'kind':'comments','date_format':'%d/%m/%Y %H:%M','columns':{'id':'ResponseID','date':'Submitted','journey':'Journey','stage':'JourneyStep','touchpoint':'Interaction','score':'LikelyToRecommend','segment':'CustomerType','comment':'Verbatim'}},open(K+'/comments/aftercare_export.mapping.yaml','w'))
json.dump(rows,open(B+'/scripts/comments.json','w'))
# KPIs
weeks=[dt.date(2026,9,7)+dt.timedelta(weeks=i) for i in range(12)]
K1=[('survey_to_install_days','install-journey','', 'days',35,lambda i:48-1.2*i,'false'),
    ('dno_approval_wait_days','install-journey','Grid approval','days',21,lambda i:30+0.8*i,'false'),
    ('quote_acceptance_rate','install-journey','Quote and finance','%',45,lambda i:38+0.3*i,''),
    ('install_first_time_right_rate','install-journey','Installation','%',92,lambda i:86+0.5*i,''),
    ('nps','install-journey','','',40,lambda i:22+1.0*i,''),
    ('nps','aftercare','','',40,lambda i:31-1.5*i,'')]
K2=[('app_data_availability_rate','aftercare','Monitoring','SunTally app','%',98,lambda i:98.5 if i<9 else [91.0,84.0,79.5][i-9]),
    ('fault_fix_days','aftercare','Fault and repair','','days',5,lambda i:7.5-0.15*i),
    ('export_registration_days','aftercare','Export tariff sign-up','','days',30,lambda i:41-0.6*i),
    ('export_payment_accuracy_rate','aftercare','Export payments','','%',99,lambda i:97.0+0.1*i),
    ('hotline_wait_minutes','aftercare','Fault and repair','Fault hotline','min','',lambda i:18+0.9*i)]
kp={}
with open(K+'/kpis/install_weekly.csv','w',newline='') as f:
    w=csv.writer(f); w.writerow(['date','metric','journey','stage','value','target','unit','higher_is_better'])
    for m,j,s,u,t,fn,h in K1:
        for i,wk in enumerate(weeks):
            v=round(fn(i)+random.uniform(-.6,.6),1); kp.setdefault((m,j),[]).append((wk.isoformat(),v))
            w.writerow([wk.isoformat(),m,j,s,(f'{v}%' if u=='%' else v),t,u,h])
with open(K+'/kpis/aftercare_kpis.csv','w',newline='') as f:
    w=csv.writer(f); w.writerow(['metric','date','value','target','unit','journey','stage','touchpoint'])
    for m,j,s,tp,u,t,fn in K2:
        for i,wk in enumerate(weeks):
            v=round(fn(i)+random.uniform(-.4,.4),1); kp.setdefault((m,j),[]).append((wk.isoformat(),v))
            w.writerow([m,wk.isoformat(),v,t,u,j,s,tp])
json.dump({f'{m}|{j}':v for (m,j),v in kp.items()},open(B+'/scripts/kpis.json','w'),indent=0)
print(len(rows),len(inst),len(aft))
