import json, yaml, collections
from decimal import Decimal, ROUND_HALF_UP
B='/work/blind/solar'
C=json.load(open(B+'/scripts/comments.json')); KP=json.load(open(B+'/scripts/kpis.json'))
def r(x,n=1): return str(Decimal(str(x)).quantize(Decimal('1' if n==0 else '0.'+'0'*n),ROUND_HALF_UP))
def k(m,j): return KP[f'{m}|{j}']
def latest(m,j): return r(k(m,j)[-1][1])
def change(m,j): return r(abs(k(m,j)[-1][1]-k(m,j)[0][1]))
def avg4(m,j): return r(sum(v for _,v in k(m,j)[-4:])/4)
def since(m,j,d): return r(abs(k(m,j)[-1][1]-[v for w,v in k(m,j) if w>=d][0]))
def nps(f):
    s=[c['score'] for c in C if f(c)]; return str(int(Decimal((sum(x>=9 for x in s)-sum(x<=6 for x in s))*100/len(s)).quantize(Decimal('1'),ROUND_HALF_UP))), len(s)
T=lambda j,s,t: f'touchpoint:{j}/{s}/{t}'; S=lambda j,s: f'stage:{j}/{s}'
I='install-journey'; A='aftercare'
stage_counts=collections.Counter((c['journey'],c['stage']) for c in C)
print(stage_counts.most_common())
print('nps tps',sorted(((nps(lambda c,t=t:c['touchpoint']==t)[0],t) for t in set(c['touchpoint'] for c in C)),key=lambda x:int(x[0])))
print({m:(latest(*m.split('|')),change(*m.split('|')),avg4(*m.split('|'))) for m in KP})
n_inst,cnt1=nps(lambda c:c['touchpoint']=='Install day'); n_dno,cnt2=nps(lambda c:c['stage']=='Grid approval')
n_app,_=nps(lambda c:c['touchpoint']=='SunTally app'); n_exp,_=nps(lambda c:c['stage']=='Export payments')
n_fault,_=nps(lambda c:c['stage']=='Fault and repair'); n_drone,_=nps(lambda c:c['touchpoint']=='Drone roof survey')
n_ll,_=nps(lambda c:c['segment']=='landlord'); n_nb,_=nps(lambda c:c['segment']=='new build')
n_callback,_=nps(lambda c:c['touchpoint']=='Callback request'); n_mcs,_=nps(lambda c:c['touchpoint']=='MCS certificate request')
print(n_inst,n_dno,n_app,n_exp,n_fault,n_drone,n_ll,n_nb,n_callback,n_mcs)
L=lambda m,j: latest(m,j)
dev=[
 dict(question='whats annoying ppl about the dno wait',kind='pain_points',sources=[T(I,'grid-approval','dno-application'),S(I,'grid-approval'),'comment~dno']),
 dict(question='main gripes w/ scaffolding?',kind='pain_points',sources=[T(I,'installation','scaffolding'),'comment~scaffold']),
 dict(question='pain points on the export tariff form',kind='pain_points',sources=[T(A,'export-tariff-sign-up','export-tariff-form'),'comment~mpan']),
 dict(question='what touchpoints are in the survey stage',kind='touchpoints',sources=[S(I,'survey'),T(I,'survey','drone-roof-survey')],figures=['drone roof survey','survey booking']),
 dict(question='list the touchpoints for fault n repair pls',kind='touchpoints',sources=[S(A,'fault-and-repair'),T(A,'fault-and-repair','fault-hotline')],figures=['fault hotline','engineer visit','inverter replacement']),
 dict(question='who owns the handover pack',kind='owner',sources=[T(I,'installation','handover-pack')],figures=['Install operations']),
 dict(question='which team looks after the export tariff form?',kind='owner',sources=[T(A,'export-tariff-sign-up','export-tariff-form')],figures=['Energy partnerships']),
 dict(question='whats the goal of grid approval stage',kind='goal',sources=[S(I,'grid-approval')],figures=['DNO']),
 dict(question='what are we aiming for at the fault & repair step',kind='goal',sources=[S(A,'fault-and-repair')],figures=['5 working days']),
 dict(question='dno approval wait atm?',kind='latest_kpi',sources=['kpi~dno_approval_wait_days'],figures=[L('dno_approval_wait_days',I)]),
 dict(question='current quote acceptance rate',kind='latest_kpi',sources=['kpi~quote_acceptance_rate'],figures=[L('quote_acceptance_rate',I)]),
 dict(question='app data availability latest week?',kind='latest_kpi',sources=['kpi~app_data_availability_rate'],figures=[L('app_data_availability_rate',A)]),
 dict(question='how much has app data availability dropped over the 12 wks',kind='kpi_change',sources=['kpi~app_data_availability_rate'],figures=[change('app_data_availability_rate',A)]),
 dict(question='survey to install days change since start of sept tracking?',kind='kpi_change',sources=['kpi~survey_to_install_days'],figures=[change('survey_to_install_days',I)]),
 dict(question='avg hotline wait over last 4 weeks',kind='kpi_window',sources=['kpi~hotline_wait_minutes'],figures=[avg4('hotline_wait_minutes',A)]),
 dict(question='how much has dno wait moved since october',kind='kpi_window',sources=['kpi~dno_approval_wait_days'],figures=[since('dno_approval_wait_days',I,'2026-10-01')]),
 dict(question='install nps vs aftercare nps rn',kind='comparison',sources=['kpi~nps'],figures=[L('nps',I),L('nps',A)]),
 dict(question='which is worse by comments, grid approval or installation stage? nps from the comments',kind='comparison',sources=[S(I,'grid-approval'),S(I,'installation')],figures=[n_dno,nps(lambda c:c['stage']=='Installation')[0]]),
 dict(question='which stage has the most complaints',kind='ranking',sources=[S(I,'installation')],figures=['installation']),
 dict(question='which touchpoint do ppl comment on the most?',kind='ranking',sources=[T(A,'monitoring','suntally-app')],figures=['SunTally']),
 dict(question='what are landlords saying, and whats their nps',kind='segment',sources=['comment~landlord'],figures=[n_ll]),
 dict(question='battery only customers - any common complaints?',kind='segment',sources=['comment~battery']),
 dict(question=f'nps for install day from the survey comments?',kind='derived_score',sources=[T(I,'installation','install-day')],figures=[n_inst]),
 dict(question='calc nps for the grid approval stage from raw scores',kind='derived_score',sources=[S(I,'grid-approval')],figures=[n_dno]),
 dict(question='what do comments say about the suntally app',kind='themes',sources=[T(A,'monitoring','suntally-app'),'comment~app']),
 dict(question='themes in export statement feedback?',kind='themes',sources=[T(A,'export-payments','export-payment-statement'),'comment~statement']),
 dict(question='what do ppl actually like about us',kind='praise',sources=[T(I,'installation','install-day'),'comment~installers']),
 dict(question='any praise for the engineers',kind='praise',sources=[T(A,'fault-and-repair','engineer-visit'),'comment~engineer']),
 dict(question='anything new ppl started complaining about in the last couple weeks?',kind='emerging',sources=[T(A,'monitoring','suntally-app'),'comment~update']),
 dict(question='new issues recently in aftercare?',kind='emerging',sources=[T(A,'monitoring','suntally-app'),'comment~app update']),
 dict(question='what should we fix first',kind='priority',sources=[T(I,'grid-approval','dno-application'),T(A,'monitoring','suntally-app'),'comment~dno']),
 dict(question='top priority for the install journey?? boss wants one thing',kind='priority',sources=[T(I,'grid-approval','dno-application'),S(I,'grid-approval'),'comment~dno']),
 dict(question='hows it going with the bit where we wait for the network operator to ok the connection',kind='paraphrase',sources=[S(I,'grid-approval'),T(I,'grid-approval','dno-application')]),
 dict(question='the scaff complaints - whats up',kind='paraphrase',sources=[T(I,'installation','scaffolding'),'comment~scaffold']),
 dict(question='whats the nps for the heat pump install journey',kind='abstain',abstain=True),
 dict(question='what nps does sunforge energy get vs us',kind='abstain',abstain=True),
 dict(question='whats the 2027 target for quote acceptance',kind='abstain',abstain=True),
 dict(question='how much revenue did battery sales make last qtr',kind='abstain',abstain=True),
 dict(question='how many installers do we employ atm',kind='abstain',abstain=True),
]
held=[
 dict(question='why are people unhappy with the quote',kind='pain_points',sources=[T(I,'quote-and-finance','fixed-quote'),'comment~quote']),
 dict(question='problems w the fault hotline?',kind='pain_points',sources=[T(A,'fault-and-repair','fault-hotline'),'comment~hold']),
 dict(question='pain pts for monitoring stage',kind='pain_points',sources=[S(A,'monitoring'),T(A,'monitoring','suntally-app')]),
 dict(question='whats in the export payments stage, which touchpoints',kind='touchpoints',sources=[S(A,'export-payments')],figures=['export payment statement','payment query chat']),
 dict(question='touchpoints during install',kind='touchpoints',sources=[S(I,'installation')],figures=['scaffolding','battery commissioning']),
 dict(question='who owns dno applications',kind='owner',sources=[T(I,'grid-approval','dno-application')],figures=['Grid connections']),
 dict(question='owner of the suntally app?',kind='owner',sources=[T(A,'monitoring','suntally-app')],figures=['App team']),
 dict(question='goal for the survey stage?',kind='goal',sources=[S(I,'survey')],figures=['10 days']),
 dict(question='whats export tariff sign up meant to achieve',kind='goal',sources=[S(A,'export-tariff-sign-up')],figures=['30 days']),
 dict(question='fault fix days latest',kind='latest_kpi',sources=['kpi~fault_fix_days'],figures=[L('fault_fix_days',A)]),
 dict(question='install first time right rate now?',kind='latest_kpi',sources=['kpi~install_first_time_right_rate'],figures=[L('install_first_time_right_rate',I)]),
 dict(question='latest export registration days',kind='latest_kpi',sources=['kpi~export_registration_days'],figures=[L('export_registration_days',A)]),
 dict(question='how far has aftercare nps fallen over the quarter',kind='kpi_change',sources=['kpi~nps'],figures=[change('nps',A)]),
 dict(question='hotline wait minutes change first to last week',kind='kpi_change',sources=['kpi~hotline_wait_minutes'],figures=[change('hotline_wait_minutes',A)]),
 dict(question='avg app data availability last 4 wks',kind='kpi_window',sources=['kpi~app_data_availability_rate'],figures=[avg4('app_data_availability_rate',A)]),
 dict(question='quote acceptance avg over last 4 weeks (1dp)',kind='kpi_window',sources=['kpi~quote_acceptance_rate'],figures=[avg4('quote_acceptance_rate',I)]),
 dict(question='fault fix days vs export registration days, which is further from target',kind='comparison',sources=['kpi~fault_fix_days','kpi~export_registration_days'],figures=[L('fault_fix_days',A),L('export_registration_days',A)]),
 dict(question='compare comment nps for export payments vs fault and repair',kind='comparison',sources=[S(A,'export-payments'),S(A,'fault-and-repair')],figures=[n_exp,n_fault]),
 dict(question='top 3 pain points overall',kind='ranking',sources=[T(I,'grid-approval','dno-application'),T(A,'monitoring','suntally-app'),'comment~dno']),
 dict(question='which touchpoint gets the most negative comments in aftercare',kind='ranking',sources=[T(A,'monitoring','suntally-app'),'comment~app']),
 dict(question='nps for new build customers?',kind='segment',sources=['comment~new build'],figures=[n_nb]),
 dict(question='what are retrofit homeowners complaining about',kind='segment',sources=['comment~retrofit']),
 dict(question='nps of the drone survey from comment scores',kind='derived_score',sources=[T(I,'survey','drone-roof-survey')],figures=[n_drone]),
 dict(question='work out nps for the suntally app from the comments pls',kind='derived_score',sources=[T(A,'monitoring','suntally-app')],figures=[n_app]),
 dict(question='what are ppl saying abt the mcs certificate',kind='themes',sources=[T(A,'export-tariff-sign-up','mcs-certificate-request'),T(I,'installation','handover-pack'),'comment~mcs']),
 dict(question='themes on callbacks',kind='themes',sources=[T(I,'enquiry','callback-request'),'comment~callback']),
 dict(question='what do customers love about the install',kind='praise',sources=[T(I,'installation','install-day'),'comment~install']),
 dict(question='any positives about the app',kind='praise',sources=[T(A,'monitoring','suntally-app'),'comment~love']),
 dict(question='emerging issues last 3 weeks?',kind='emerging',sources=[T(A,'monitoring','suntally-app'),'comment~app']),
 dict(question='has something started going wrong recently, seeing a spike in tickets about generation showing 0',kind='emerging',sources=[T(A,'monitoring','suntally-app'),'comment~zero']),
 dict(question='if we could only fix one thing in aftercare what should it be',kind='priority',sources=[T(A,'monitoring','suntally-app'),'comment~app']),
 dict(question='where should we put effort first, so many complaints, dno, scaffolding, quotes... which matters most?',kind='priority',sources=[T(I,'grid-approval','dno-application'),'comment~dno']),
 dict(question='the bit where ppl sign up to get paid for the power they send back - hows that going',kind='paraphrase',sources=[S(A,'export-tariff-sign-up'),T(A,'export-tariff-sign-up','export-tariff-form')]),
 dict(question='the roof flyover thing, feedback?',kind='paraphrase',sources=[T(I,'survey','drone-roof-survey')]),
 dict(question='whats the ev charger install journey look like',kind='abstain',abstain=True),
 dict(question='what are competitors quote acceptance rates',kind='abstain',abstain=True),
 dict(question='forecast for aftercare nps next year?',kind='abstain',abstain=True),
 dict(question='share price impact of the app outage?',kind='abstain',abstain=True),
 dict(question='whats our panel degradation rate',kind='abstain',abstain=True),
]
for q in dev+held:
    q.setdefault('figures',[]); q.setdefault('abstain',False)
    if q['abstain']: q.pop('figures'); 
yaml.safe_dump({'questions':dev},open(B+'/dev.yaml','w'),sort_keys=False,allow_unicode=True)
yaml.safe_dump({'questions':held},open(B+'/heldout.yaml','w'),sort_keys=False,allow_unicode=True)
c1=collections.Counter(q['kind'] for q in dev); c2=collections.Counter(q['kind'] for q in held)
print(len(dev),len(held),c1==c2,dict(c1))
