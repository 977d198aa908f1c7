export default `
# Certifications, licences and credentials. Parent: the skill the credential is about, where one exists.
# Acronyms that clash with common business words are left out as bare aliases: CSM (Customer Success Manager),
# PSM (Process Safety Management), CPC (cost per click), CMA, CQA (critical quality attribute), FSA (flexible
# spending account), A+ (a grade), RA, IR, ADR (alternative dispute resolution), GMC (the truck maker), CVC, HUD
# (head-up display). Short forms that are words or other things' acronyms too (CPA, RN, PE, ILS, ALS, BLS, FMS)
# carry amb: they count only where the words around them name a credential. ISTQB is testing's.

# --- Project, product and agile ---
pmp | PMP | Project Management Professional, PMP certification, PMP certified, PMP credential | project-management | capm, pgmp, prince2-practitioner, pmi-acp | e:m
capm | CAPM | Certified Associate in Project Management | project-management | pmp | e:w
pgmp | PgMP | Program Management Professional | program-management | pmp | e:m
pmi-acp | PMI-ACP | PMI Agile Certified Practitioner | agile | pmp, certified-scrummaster | e:w
pmi-rmp | PMI-RMP | PMI Risk Management Professional | risk-management | pmp | e:w
prince2-practitioner | PRINCE2 Practitioner | PRINCE2 Foundation, PRINCE2 certification, PRINCE2 certified | prince2 | pmp | e:w
comptia-project-plus | CompTIA Project+ | Project+ | project-management | capm | e:w
certified-scrummaster | Certified ScrumMaster | Certified Scrum Master, CSM certification, CSM certified, ScrumMaster certification, Scrum Master certification | scrum | professional-scrum-master, cspo, safe-agilist | e:d
professional-scrum-master | Professional Scrum Master | PSM I, PSM II, PSM 1, PSM 2, Scrum.org PSM | scrum | certified-scrummaster | e:d
cspo | CSPO | Certified Scrum Product Owner | scrum, product-management | pspo, certified-scrummaster | e:d
pspo | PSPO | Professional Scrum Product Owner | scrum, product-management | cspo | e:d
safe-agilist | SAFe Agilist | Certified SAFe Agilist, SAFe Agilist certification, Leading SAFe, SAFe certification, SAFe certified | safe | safe-program-consultant, pmi-acp | e:d
safe-program-consultant | SAFe Program Consultant | SAFe SPC, Certified SAFe Program Consultant | safe | safe-agilist | e:w
cbap | CBAP | Certified Business Analysis Professional | business-analysis | ccba, pmp | e:m
ccba | CCBA | Certification of Capability in Business Analysis | business-analysis | cbap | e:w
prosci-certification | Prosci Change Management Certification | Prosci, Prosci certification, Prosci certified, Prosci Change Practitioner | change-management | adkar | e:d
itil | ITIL | ITIL v4, ITIL 4, ITIL v3, ITIL Foundation, ITIL certification, ITIL certified | | cobit, togaf | e:w
cobit | COBIT | COBIT 5, COBIT 2019, Control Objectives for Information and Related Technology | governance-risk-and-compliance | itil, cisa | e:w
togaf | TOGAF | TOGAF certification, TOGAF 9, TOGAF certified | | itil | e:w

# --- Accounting, finance and insurance ---
cpa | CPA | Certified Public Accountant, CPA license, CPA licence, CPA licensure, CPA certification, CPA eligible, CPA credential, CPA credentials, CPA designation, CPA candidate, licensed CPA, active CPA license, Chartered Professional Accountant, CPA Canada, CPA Australia | accounting | cma-certification, acca, cia-certification | amb e:m
cma-certification | Certified Management Accountant | CMA certification, CMA certified, IMA CMA | managerial-accounting | cpa, cima | e:m
cia-certification | Certified Internal Auditor | CIA certification, IIA CIA | internal-audit | cisa, cpa | e:m
cfa | CFA | Chartered Financial Analyst, CFA charter, CFA charterholder, CFA Level I, CFA Level II, CFA Level III, CFA designation | investment-analysis | frm, caia, cpa | e:m
frm | FRM | Financial Risk Manager, GARP FRM | financial-risk-management | cfa, prm | e:m
prm | Professional Risk Manager | PRM certification, PRMIA PRM | financial-risk-management | frm | e:m
caia | CAIA | Chartered Alternative Investment Analyst | investment-analysis | cfa | e:m
cfp | CFP | Certified Financial Planner, CFP certification | financial-planning | chfc | e:m
chfc | ChFC | Chartered Financial Consultant | financial-planning | cfp | e:m
acca | ACCA | Association of Chartered Certified Accountants, ACCA qualification, ACCA qualified | accounting | cpa, cima | e:m
cima | CIMA | Chartered Institute of Management Accountants, CGMA | managerial-accounting | acca, cma-certification | e:m
aat-qualification | AAT | AAT qualified, AAT qualification, AAT Level 2, AAT Level 3, AAT Level 4, Association of Accounting Technicians, AAT part qualified | bookkeeping | acca, cima | cs e:m
certified-payroll-professional | Certified Payroll Professional | CPP certification, CPP certified, CPP designation, APA CPP | payroll | fundamental-payroll-certification | e:m
fundamental-payroll-certification | Fundamental Payroll Certification | FPC certification, FPC certified, APA FPC | payroll | certified-payroll-professional | e:w
cipp-payroll | CIPP Payroll Qualification | Chartered Institute of Payroll Professionals, CIPP Foundation Degree in Payroll, CIPP qualified, CIPP Diploma in Payroll | payroll | certified-payroll-professional | e:m
chartered-accountant | Chartered Accountant | Chartered Accountancy, ICAEW Chartered Accountant, ACA qualified, ICAI | accounting | acca, cpa | e:m
cams | CAMS | Certified Anti-Money Laundering Specialist | aml | cfe | cs e:w
cfe | CFE | Certified Fraud Examiner | forensic-accounting | cams | e:w
enrolled-agent | Enrolled Agent | IRS Enrolled Agent | tax-preparation | cpa | e:w
cpcu | CPCU | Chartered Property Casualty Underwriter | underwriting | insurance-license | e:m
fellow-society-of-actuaries | Fellow of the Society of Actuaries | Society of Actuaries Fellow, FSA credential | actuarial-science | associate-society-of-actuaries, fcas | e:m
associate-society-of-actuaries | Associate of the Society of Actuaries | ASA credential, Society of Actuaries Associate | actuarial-science | fellow-society-of-actuaries | e:m
fcas | FCAS | Fellow of the Casualty Actuarial Society, ACAS, Associate of the Casualty Actuarial Society | actuarial-science | fellow-society-of-actuaries | e:m
series-7 | Series 7 | FINRA Series 7, Series 7 license, General Securities Representative | securities-law | series-63, series-65, sie-exam | e:w
series-63 | Series 63 | FINRA Series 63, Series 63 license | securities-law | series-7, series-66 | e:d
series-65 | Series 65 | Series 65 license | securities-law | series-66, series-7 | e:w
series-66 | Series 66 | Series 66 license | securities-law | series-65, series-63 | e:w
series-24 | Series 24 | Series 24 license, General Securities Principal | securities-law | series-7 | e:w
series-79 | Series 79 | Series 79 license, Investment Banking Representative | securities-law | series-7 | e:w
sie-exam | SIE Exam | Securities Industry Essentials, SIE | securities-law | series-7 | e:d
insurance-license | Insurance License | life and health insurance license, property and casualty license, P&C license, insurance producer license | underwriting | cpcu | e:w
real-estate-license | Real Estate License | real estate salesperson license, real estate broker license | | title-examination | e:w

# --- Cloud and infrastructure ---
aws-certification | AWS Certification | AWS certifications, AWS Certified | aws | aws-certified-solutions-architect, aws-certified-cloud-practitioner | e:w
aws-certified-cloud-practitioner | AWS Certified Cloud Practitioner | AWS Cloud Practitioner | aws-certification | aws-certified-solutions-architect-associate | e:w
aws-certified-solutions-architect | AWS Certified Solutions Architect | AWS Solutions Architect certification, AWS Solutions Architect certified | aws-certification | aws-certified-developer, aws-certified-sysops-administrator | e:m
aws-certified-solutions-architect-associate | AWS Certified Solutions Architect - Associate | AWS Certified Solutions Architect Associate, AWS Solutions Architect Associate, AWS SAA, SAA-C03 | aws-certified-solutions-architect | aws-certified-developer | e:m
aws-certified-solutions-architect-professional | AWS Certified Solutions Architect - Professional | AWS Certified Solutions Architect Professional, AWS Solutions Architect Professional, SAP-C02 | aws-certified-solutions-architect | aws-certified-devops-engineer | e:m
aws-certified-developer | AWS Certified Developer - Associate | AWS Certified Developer, AWS Certified Developer Associate, AWS Developer Associate | aws-certification | aws-certified-solutions-architect-associate | e:m
aws-certified-sysops-administrator | AWS Certified SysOps Administrator | AWS Certified SysOps Administrator - Associate, AWS SysOps Administrator, AWS SysOps Associate | aws-certification | aws-certified-devops-engineer | e:m
aws-certified-devops-engineer | AWS Certified DevOps Engineer - Professional | AWS Certified DevOps Engineer, AWS DevOps Engineer Professional | aws-certification | aws-certified-sysops-administrator | e:m
aws-certified-data-engineer | AWS Certified Data Engineer - Associate | AWS Certified Data Engineer, AWS Data Engineer Associate, AWS Certified Data Analytics | aws-certification | aws-certified-machine-learning | e:m
aws-certified-machine-learning | AWS Certified Machine Learning - Specialty | AWS Certified Machine Learning, AWS Machine Learning Specialty, AWS ML Specialty, AWS Certified Machine Learning Engineer | aws-certification, machine-learning | aws-certified-data-engineer | e:m
aws-certified-security | AWS Certified Security - Specialty | AWS Certified Security, AWS Security Specialty | aws-certification | cissp, ccsp | e:m
azure-certification | Azure Certification | Azure certifications, Microsoft Azure certification, Azure certified, Microsoft Certified Azure | azure | azure-fundamentals, azure-administrator | e:w
azure-fundamentals | Azure Fundamentals | AZ-900, Microsoft Certified: Azure Fundamentals, Microsoft Azure Fundamentals | azure-certification | azure-administrator | e:d
azure-administrator | Azure Administrator Associate | AZ-104, Microsoft Certified: Azure Administrator Associate, Azure Administrator certification | azure-certification | azure-solutions-architect | e:m
azure-solutions-architect | Azure Solutions Architect Expert | AZ-305, AZ-303, AZ-304, Microsoft Certified: Azure Solutions Architect Expert, Azure Solutions Architect certification | azure-certification | azure-administrator, aws-certified-solutions-architect | e:m
azure-developer | Azure Developer Associate | AZ-204, Microsoft Certified: Azure Developer Associate | azure-certification | azure-administrator | e:m
azure-devops-engineer | Azure DevOps Engineer Expert | AZ-400, Microsoft Certified: DevOps Engineer Expert | azure-certification | azure-administrator | e:m
azure-data-engineer | Azure Data Engineer Associate | DP-203, Microsoft Certified: Azure Data Engineer Associate | azure-certification | azure-data-scientist | e:m
azure-data-scientist | Azure Data Scientist Associate | DP-100, Microsoft Certified: Azure Data Scientist Associate | azure-certification, machine-learning | azure-ai-engineer | e:m
azure-ai-engineer | Azure AI Engineer Associate | AI-102, Microsoft Certified: Azure AI Engineer Associate | azure-certification | azure-data-scientist | e:m
azure-security-engineer | Azure Security Engineer Associate | AZ-500, Microsoft Certified: Azure Security Engineer Associate | azure-certification | aws-certified-security | e:m
power-bi-data-analyst | Power BI Data Analyst Associate | PL-300, DA-100, Microsoft Certified: Power BI Data Analyst Associate | power-bi | tableau-certification | e:w
gcp-certification | Google Cloud Certification | GCP certification, GCP certifications, Google Cloud certifications, Google Cloud certified, GCP certified | gcp | gcp-professional-cloud-architect | e:w
gcp-associate-cloud-engineer | Google Cloud Associate Cloud Engineer | Associate Cloud Engineer, GCP Associate Cloud Engineer | gcp-certification | gcp-professional-cloud-architect | e:m
gcp-professional-cloud-architect | Google Cloud Professional Cloud Architect | Professional Cloud Architect, GCP Professional Cloud Architect, Google Professional Cloud Architect | gcp-certification | aws-certified-solutions-architect, azure-solutions-architect | e:m
gcp-professional-data-engineer | Google Cloud Professional Data Engineer | Professional Data Engineer, GCP Professional Data Engineer, Google Professional Data Engineer | gcp-certification | aws-certified-data-engineer | e:m
gcp-professional-ml-engineer | Google Cloud Professional Machine Learning Engineer | Professional Machine Learning Engineer, GCP Professional Machine Learning Engineer | gcp-certification, machine-learning | aws-certified-machine-learning | e:m
cka | CKA | Certified Kubernetes Administrator | kubernetes | ckad, cks | e:m
ckad | CKAD | Certified Kubernetes Application Developer | kubernetes | cka | e:w
cks | CKS | Certified Kubernetes Security Specialist | kubernetes | cka | e:m
terraform-associate | Terraform Associate | HashiCorp Certified: Terraform Associate, HashiCorp Terraform Associate, Terraform certification | terraform | cka | e:w
rhcsa | RHCSA | Red Hat Certified System Administrator | linux | rhce, linux-plus | e:m
rhce | RHCE | Red Hat Certified Engineer | linux | rhcsa | e:m
lfcs | LFCS | Linux Foundation Certified System Administrator | linux | rhcsa | e:w
linux-plus | CompTIA Linux+ | Linux+, Linux Plus | linux | rhcsa, lfcs | e:w
vcp | VCP | VMware Certified Professional, VCP-DCV | | rhcsa | e:w
mcsa | MCSA | Microsoft Certified Solutions Associate | | mcse | e:w
mcse | MCSE | Microsoft Certified Solutions Expert, Microsoft Certified Systems Engineer | | mcsa | e:m
oracle-certified-java | Oracle Certified Professional Java SE | OCPJP, OCP Java, Oracle Certified Java Programmer, Java SE certification | java | oracle-certified-dba | e:w
oracle-certified-dba | Oracle Certified Professional DBA | Oracle DBA certification, OCP DBA, Oracle Database Administrator Certified Professional | oracle-database | oracle-certified-java | e:m
snowpro-core | SnowPro Core Certification | SnowPro, SnowPro Core, SnowPro Advanced | snowflake | databricks-certification | e:w
databricks-certification | Databricks Certification | Databricks Certified Data Engineer, Databricks Certified Data Engineer Associate, Databricks Certified Data Engineer Professional, Databricks certified | apache-spark | snowpro-core | e:w
tableau-certification | Tableau Certification | Tableau Desktop Specialist, Tableau Certified Data Analyst, Tableau certified, Tableau Desktop Certified | tableau | power-bi-data-analyst | e:w

# --- Networking and IT support ---
ccna | CCNA | Cisco Certified Network Associate, CCNA certification | | ccnp, comptia-network-plus | e:m
ccnp | CCNP | Cisco Certified Network Professional, CCNP Enterprise, CCNP Security, CCNP Routing and Switching | | ccna, ccie | e:m
ccie | CCIE | Cisco Certified Internetwork Expert | | ccnp | e:m
jncia | JNCIA | Juniper Networks Certified Associate, JNCIA-Junos | | ccna, jncip | e:w
jncip | JNCIP | Juniper Networks Certified Professional | | jncia, ccnp | e:m
comptia-a-plus | CompTIA A+ | A+ certification, A+ certified, CompTIA A Plus | | comptia-network-plus | e:w
comptia-network-plus | CompTIA Network+ | Network+, Network Plus, Network+ certification | | comptia-a-plus, comptia-security-plus, ccna | e:w
comptia-security-plus | CompTIA Security+ | Security+, Security Plus, Sec+, Security+ certification, Security+ CE | | comptia-network-plus, comptia-cysa-plus, cissp | e:w
comptia-cloud-plus | CompTIA Cloud+ | Cloud+ | | comptia-security-plus, aws-certified-cloud-practitioner | e:w
comptia-cysa-plus | CompTIA CySA+ | CySA+, Cybersecurity Analyst+ | | comptia-security-plus, comptia-pentest-plus | e:w
comptia-pentest-plus | CompTIA PenTest+ | PenTest+ | | oscp, ceh | e:w
comptia-casp-plus | CompTIA CASP+ | CASP+, CASP, CompTIA SecurityX, CompTIA Advanced Security Practitioner | | cissp, comptia-cysa-plus | e:m

# --- Security and privacy ---
cissp | CISSP | Certified Information Systems Security Professional | | cism, ccsp, comptia-security-plus | e:m
cism | CISM | Certified Information Security Manager | | cissp, crisc | e:m
cisa | CISA | Certified Information Systems Auditor | internal-audit | cism, crisc | amb e:m
crisc | CRISC | Certified in Risk and Information Systems Control | | cisa, cism | e:m
ccsp | CCSP | Certified Cloud Security Professional | | cissp, aws-certified-security | e:m
sscp | SSCP | Systems Security Certified Practitioner | | cissp, comptia-security-plus | e:w
ceh | CEH | Certified Ethical Hacker | | oscp, comptia-pentest-plus | e:w
oscp | OSCP | Offensive Security Certified Professional, OffSec Certified Professional | | ceh, comptia-pentest-plus | e:m
giac | GIAC Certification | GIAC, GIAC certifications, GIAC certified | | gsec, cissp | e:w
gsec | GSEC | GIAC Security Essentials | giac | comptia-security-plus | e:w
gcih | GCIH | GIAC Certified Incident Handler | giac | gsec | e:w
gpen | GPEN | GIAC Penetration Tester | giac | oscp | e:w
gcld | GCLD | GIAC Cloud Security Essentials | giac | ccsp | e:w
iso-27001-lead-auditor | ISO 27001 Lead Auditor | ISO/IEC 27001 Lead Auditor, ISO 27001 Lead Implementer | | cisa | e:w
cipp | CIPP | CIPP/E, CIPP/US, CIPP/C, Certified Information Privacy Professional | data-privacy | cipm, cipt | e:w
cipm | CIPM | Certified Information Privacy Manager | data-privacy | cipp | e:w
cipt | CIPT | Certified Information Privacy Technologist | data-privacy | cipp | e:w

# --- Quality, supply chain and operations ---
six-sigma-yellow-belt | Six Sigma Yellow Belt | Lean Six Sigma Yellow Belt, Yellow Belt certification | six-sigma | six-sigma-green-belt | e:d
six-sigma-green-belt | Six Sigma Green Belt | Lean Six Sigma Green Belt, LSSGB, CSSGB, Green Belt certification, Six Sigma Green Belt certification | six-sigma | six-sigma-black-belt, lean-six-sigma | e:w
six-sigma-black-belt | Six Sigma Black Belt | Lean Six Sigma Black Belt, LSSBB, CSSBB, Black Belt certification, Six Sigma Black Belt certification | six-sigma | six-sigma-green-belt, lean-six-sigma | e:m
cqe | CQE | Certified Quality Engineer, ASQ CQE | quality-management-systems | cqa-certification, six-sigma-black-belt | e:m
cqa-certification | Certified Quality Auditor | ASQ CQA, CQA certification | quality-audits | cqe | e:w
cscp | CSCP | APICS CSCP, ASCM CSCP, Certified Supply Chain Professional | supply-chain-management | cpim, cltd | e:m
cpim | CPIM | APICS CPIM, ASCM CPIM, Certified in Production and Inventory Management, Certified in Planning and Inventory Management | production-planning | cscp | e:m
cltd | CLTD | APICS CLTD, Certified in Logistics, Transportation and Distribution | logistics | cscp | e:m
cpsm | CPSM | Certified Professional in Supply Management | procurement | cscp | e:m
cips | CIPS | MCIPS, Chartered Institute of Procurement and Supply | procurement | cpsm | e:m
cdl | CDL | Commercial Driver's License, Commercial Drivers License, Commercial Driver License, Commercial Driver's Licence, CDL-A, CDL-B, CDL A, CDL B, CDL Class A, Class A CDL, CDL Class B, Class B CDL, CDL Class C, Class C CDL, CDL license, CDL licence, CDL Driver's License, CDL driver license, valid CDL, Class A commercial driver's license, Class B commercial driver's license | | dot-regulations, hazmat-handling | cs e:w
forklift-certification | Forklift Certification | forklift certified, forklift license, forklift licence, certified forklift operator, forklift certificate, forklift ticket, forklift operator certification, counterbalance licence, reach truck licence, RTITB, RTITB licence, RTITB certificate, ITSSAR, PIT certification, powered industrial truck certification | forklift-operation | osha-10 | e:d
osha-10 | OSHA 10 | OSHA 10-Hour, OSHA 10 Hour, 10-hour OSHA, OSHA 10 certification, OSHA 10 card, OSHA 10-hour card | osha | osha-30 | e:d
osha-30 | OSHA 30 | OSHA 30-Hour, OSHA 30 Hour, 30-hour OSHA, OSHA 30 certification, OSHA 30 card, OSHA 30-hour card | osha | osha-10, hazwoper | e:d
hazwoper | HAZWOPER | 40-hour HAZWOPER, HAZWOPER 40, 40-Hour HAZWOPER, HAZWOPER certification | ehs | osha-30 | e:d
servsafe | ServSafe | ServSafe certification, ServSafe Manager, ServSafe Food Handler, ServSafe certified, ServSafe Manager certification, ServSafe Food Protection Manager | food-safety | haccp, food-protection-manager | e:d
food-protection-manager | Certified Food Protection Manager | CFPM, food protection manager certification, Food Protection Certificate, food manager certification, food safety manager certification, Certified Food Manager | food-safety | servsafe, food-handler-card | e:d
food-handler-card | Food Handler Card | food handler's card, food handlers card, food handler certificate, food handler certification, food handler permit, food handlers permit, FOODSAFE Level 1 | food-safety | food-protection-manager | e:d
food-hygiene-certificate | Food Hygiene Certificate | Level 2 Food Hygiene, Level 2 Food Hygiene certificate, Level 2 Food Safety and Hygiene, Level 2 Food Safety, Level 3 Food Hygiene, Level 3 Food Safety, Level 3 Food Safety and Hygiene, Level 4 Food Safety, Food Hygiene Level 2, Food Hygiene Level 3, Food Safety Level 2, Food Safety Level 3, Basic Food Hygiene, Basic Food Hygiene certificate, food hygiene certification, food safety certificate, CIEH Food Safety | food-safety | haccp | e:d
alcohol-service-certification | Responsible Alcohol Service Certification | TIPS certification, TIPS certified, ServSafe Alcohol, Smart Serve, Responsible Service of Alcohol, RSA certificate, TABC certification, TABC certified, alcohol server certification | | personal-licence | e:d
personal-licence | Personal Licence | personal licence holder, personal license holder, Award for Personal Licence Holders, APLH, Level 2 Award for Personal Licence Holders | | alcohol-service-certification | e:d
sia-licence | SIA Licence | SIA license, SIA badge, SIA door supervisor licence, SIA Door Supervisor, SIA CCTV licence, SIA security licence, SIA Security Guard licence, SIA licensed | | security-guard-license | e:w
security-guard-license | Security Guard License | guard card, BSIS guard card, security guard licence, security officer license, armed guard license, security guard registration | | sia-licence | e:d
nvq | NVQ | NVQ Level 1, NVQ Level 2, NVQ Level 3, NVQ Level 4, NVQ Level 5, NVQ level 2 or above, NVQ2, NVQ3, NVQ qualification, National Vocational Qualification, SVQ, SVQ Level 2, SVQ Level 3, Scottish Vocational Qualification | | city-and-guilds | cs e:m
city-and-guilds | City & Guilds | City and Guilds, City Guilds, C&G, City & Guilds qualification, City and Guilds qualification, City & Guilds qualified, City and Guilds qualified, City & Guilds Level 2, City & Guilds Level 3, City and Guilds Level 2, City and Guilds Level 3 | | nvq | e:m

# --- Trades: electrical, gas, plumbing, HVAC, welding ---
bs-7671 | BS 7671 | BS7671, 18th Edition, 17th Edition, 16th Edition, 18th Edition Wiring Regulations, 17th Edition Wiring Regulations, 18th Edition IET Wiring Regulations, IET Wiring Regulations, IEE Wiring Regulations, 18th Edition wiring regs, 17th Edition wiring regs, City & Guilds 2382, C&G 2382, 2382-18, 2382-22 | electrical-wiring | electrical-inspection-and-testing, am2 | e:w
am2 | AM2 | AM2 assessment, AM2 test, AM2S, AM2E | electrical-wiring | bs-7671, ecs-card | cs e:w
ecs-card | ECS Card | JIB card, JIB ECS card, ECS gold card, JIB Approved Electrician, JIB Electrician, JIB graded, Electrotechnical Certification Scheme | | am2, cscs-card | e:d
part-p | Part P | Part P certification, Part P registered, Part P qualified, Part P qualification, Part P approved | building-regulations | bs-7671 | cs e:d
electrician-license | Electrician License | electrical license, electrician licence, electrical licence, licensed electrician, state electrical license, electrical contractor license, electrical contractor licence, Certificate of Qualification electrician | electrical-wiring | journeyman-electrician-license | e:m
journeyman-electrician-license | Journeyman Electrician License | journeyman electrician licence, journeyman electrical license, journeyman electrician certification, licensed journeyman electrician, journeyman electrician card, journeyman wireman | electrician-license | master-electrician-license, red-seal | e:m
master-electrician-license | Master Electrician License | master electrician licence, master electrical license, licensed master electrician, Master Electrician certification | electrician-license | journeyman-electrician-license | e:m
plumbing-license | Plumbing License | plumber license, plumber licence, plumbing licence, licensed plumber, state plumbing license, plumbing contractor license | plumbing | journeyman-plumber-license | e:m
journeyman-plumber-license | Journeyman Plumber License | journeyman plumber licence, journeyman plumbing license, licensed journeyman plumber | plumbing-license | master-plumber-license, red-seal | e:m
master-plumber-license | Master Plumber License | master plumber licence, master plumbing license, licensed master plumber | plumbing-license | journeyman-plumber-license | e:m
journeyman-license | Journeyman License | journeyman licence, journeyman card, journeyman certification, journeyperson license, journeyperson certificate, journey-level license, licensed journeyman | | journeyman-electrician-license, journeyman-plumber-license, red-seal | e:m
red-seal | Red Seal Certification | Red Seal, Red Seal endorsement, Red Seal certified, Red Seal trade certificate, Interprovincial Red Seal, Red Seal journeyperson | | journeyman-license | e:m
hvac-license | HVAC License | HVAC licence, HVACR license, HVAC certification, HVAC certified, licensed HVAC technician, mechanical contractor license | hvac | epa-608, nate-certification | e:m
epa-608 | EPA 608 Certification | EPA 608, EPA Section 608, Section 608 certification, EPA 608 Universal, EPA 608 certified, EPA Universal certification, Universal EPA certification, EPA refrigerant certification, EPA certification for refrigerant handling | refrigeration | f-gas, nate-certification | e:w
nate-certification | NATE Certification | NATE certified, NATE, North American Technician Excellence | hvac | epa-608 | cs e:w
f-gas | F-Gas Certification | F-Gas, F Gas, F-Gas certificate, F-Gas certified, F-Gas registered, F-Gas Category 1, F-Gas qualification, City & Guilds 2079, C&G 2079 | refrigeration | epa-608 | e:w
gas-safe | Gas Safe Registered | Gas Safe, Gas Safe registration, Gas Safe register, Gas Safe engineer, Gas Safe certified, Gas Safe card, Gas Safe qualified, CORGI registered, ACS gas qualifications, ACS gas qualification, ACS gas certification, ACS qualified | gas-engineering | oftec, f-gas | e:m
oftec | OFTEC | OFTEC registered, OFTEC certification, OFTEC qualified | boiler-maintenance | gas-safe | cs e:w
boiler-operator-license | Boiler Operator License | boiler license, boiler licence, boiler operator licence, stationary engineer license, high pressure boiler license, low pressure boiler license, boiler operating engineer license, High Pressure Boiler Operating Engineer, Low Pressure Boiler Operator | boiler-maintenance | hvac-license | e:m
welding-certification | Welding Certification | welding certificate, welder certification, certified welder, welder qualification, coded welder, coded welding, ASME Section IX, ASME IX, EN ISO 9606, EN 287 | welding | aws-d1-1, certified-welding-inspector | e:w
aws-d1-1 | AWS D1.1 Certification | AWS D1.1, D1.1 certified, AWS certified welder, AWS welding certification, AWS welder certification | welding-certification | certified-welding-inspector | e:w
certified-welding-inspector | Certified Welding Inspector | CWI, AWS CWI, CSWIP 3.1, CSWIP 3.2, CSWIP, welding inspector certification | welding-certification | non-destructive-testing | cs e:m
cscs-card | CSCS Card | CSCS, valid CSCS card, CSCS card holder, CSCS Green Card, CSCS Blue Card, CSCS Gold Card, CSCS Black Card, Construction Skills Certification Scheme, CSCS labourer card | construction-health-and-safety | smsts, cpcs-card | cs e:d
cpcs-card | CPCS Card | CPCS, CPCS ticket, CPCS blue card, CPCS red card, NPORS, NPORS card, NPORS ticket, plant operator card | heavy-equipment-operation | cscs-card | cs e:w
smsts | SMSTS | Site Management Safety Training Scheme, CITB SMSTS, SMSTS certificate | construction-health-and-safety | sssts, cscs-card | cs e:w
sssts | SSSTS | Site Supervisor Safety Training Scheme, Site Supervisors Safety Training Scheme, CITB SSSTS | construction-health-and-safety | smsts | cs e:d
ipaf | IPAF | IPAF licence, IPAF card, IPAF certificate, IPAF trained, IPAF PAL card, MEWP licence | | pasma, cpcs-card | cs e:d
pasma | PASMA | PASMA certificate, PASMA card, PASMA trained, PASMA tower scaffold | scaffolding | ipaf | cs e:d
nebosh | NEBOSH | NEBOSH General Certificate, NEBOSH National General Certificate, NEBOSH International General Certificate, NEBOSH Certificate, NEBOSH Diploma, NEBOSH Construction Certificate, NEBOSH qualified | ehs | iosh-managing-safely | cs e:m
iosh-managing-safely | IOSH Managing Safely | IOSH, IOSH Working Safely, IOSH certificate, IOSH membership, Tech IOSH, CMIOSH | ehs | nebosh | cs e:d
certified-safety-professional | Certified Safety Professional | CSP certification, BCSP CSP, Associate Safety Professional, ASP certification, Construction Health and Safety Technician, CHST | ehs | osha-30, nebosh | e:m
ccm | Certified Construction Manager | CCM, CMAA CCM, CCM certification | construction-management | pmp | cs e:m
chartered-surveyor | Chartered Surveyor | MRICS, FRICS, AssocRICS, RICS chartered, RICS chartered surveyor, RICS membership, RICS accredited, chartered surveyor status | quantity-surveying | ciob-membership | e:m
ciob-membership | Chartered Builder | MCIOB, CIOB membership, CIOB chartered, Chartered Member of the CIOB, Chartered Institute of Building membership | construction-management | chartered-surveyor | e:m

# --- Driving and transport ---
hgv-licence | HGV Licence | HGV license, HGV Class 1, HGV Class 2, HGV Class 1 licence, HGV Class 2 licence, LGV licence, LGV license, LGV Class 1, LGV Class 2, LGV C+E, HGV C+E, C+E licence, Cat C+E, Cat C licence, Category C licence, Category C+E licence, Category C1 licence, C1 licence, Class 1 licence, Class 2 licence, Class 1 HGV, Class 2 HGV, PCV licence, D1 licence, Category D licence | hgv-driving | driver-cpc, tachographs | e:m
driver-cpc | Driver CPC | Driver CPC card, Driver Certificate of Professional Competence, driver qualification card, DQC, CPC card, valid Driver CPC, Driver CPC qualification | hgv-driving | hgv-licence, adr-certificate | e:d
adr-certificate | ADR Certificate | ADR licence, ADR license, ADR card, ADR qualification, ADR training certificate, ADR dangerous goods certificate, ADR tanker | hazmat-handling | driver-cpc, dangerous-goods-certification | e:d
dangerous-goods-certification | Dangerous Goods Certification | IATA DGR certification, IATA Dangerous Goods Regulations certification, DGSA, Dangerous Goods Safety Adviser, TDG certification, Transportation of Dangerous Goods certification, hazmat certification, DOT hazmat training, hazmat endorsement, HAZMAT endorsement, CDL hazmat endorsement | hazmat-handling | adr-certificate, cdl | e:d
twic-card | TWIC Card | TWIC, Transportation Worker Identification Credential, TWIC credential | | cdl | cs e:d
dot-medical-card | DOT Medical Card | DOT medical certificate, DOT physical, DOT medical examiner's certificate, medical examiner's certificate | dot-regulations | cdl | e:d
customs-broker-license | Licensed Customs Broker | customs broker license, customs broker licence, LCB, Licensed Customs Broker exam, customs broker licence exam | customs-clearance | dangerous-goods-certification | cs e:m
a-and-p-license | A&P License | A&P certificate, A&P mechanic certificate, Airframe and Powerplant, Airframe and Powerplant license, Airframe & Powerplant, FAA A&P, A&P certified, EASA Part-66, Part 66 licence, B1 licence, EASA B1 licence | | pilot-license | e:m
pilot-license | Pilot License | pilot licence, commercial pilot license, commercial pilot licence, ATPL, ATP certificate, airline transport pilot certificate, FAA commercial pilot certificate, private pilot license, private pilot licence, instrument rating, multi-engine rating | | a-and-p-license | e:m

# --- Engineering, architecture and surveying ---
pe-license | Professional Engineer | PE, PE license, PE licence, PE licensure, P.E., P.E. license, Professional Engineer license, Professional Engineer licence, Professional Engineer (PE), licensed Professional Engineer, registered Professional Engineer, Professional Engineering license, PE stamp, P.Eng, P.Eng., P. Eng., Professional Engineer designation | | eit-certification, chartered-engineer | amb e:m
eit-certification | Engineer in Training | EIT, EIT certification, E.I.T., Engineer-in-Training, Engineer Intern, FE exam, FE certification, Fundamentals of Engineering exam, Fundamentals of Engineering (FE) exam | | pe-license | cs e:m
chartered-engineer | Chartered Engineer | CEng, C.Eng, C.Eng., Chartered Engineer status, CEng status, chartered engineering status, CEng MIET, CEng MIMechE, CEng MICE | | incorporated-engineer, pe-license | cs e:m
incorporated-engineer | Incorporated Engineer | IEng, IEng status, Incorporated Engineer status, EngTech, Engineering Technician registration | | chartered-engineer | cs e:m
registered-architect | Registered Architect | licensed architect, registered architect license, Registered Architect license, architect license, architect licence, ARB registered, ARB registration, ARB-registered architect, registered with the ARB, RIBA chartered architect, RIBA Part 3, Part 3 qualified, NCARB certificate, NCARB certification, NCARB certified, NCARB | | registered-landscape-architect, leed-ap | e:m
registered-landscape-architect | Registered Landscape Architect | RLA, licensed landscape architect, landscape architect license, landscape architecture license, CLARB certification, CLARB certified, Chartered Landscape Architect, CMLI | | registered-architect | cs e:m
leed-ap | LEED AP | LEED Accredited Professional, LEED AP BD+C, LEED AP O+M, LEED Green Associate, LEED GA, LEED accredited, LEED credential, LEED certification | sustainable-building-design | breeam-assessor, registered-architect | cs e:w
breeam-assessor | BREEAM Assessor | BREEAM AP, BREEAM Accredited Professional, licensed BREEAM assessor, BREEAM assessment | sustainable-building-design | leed-ap | e:w

# --- Law ---
bar-admission | Bar Admission | admitted to the bar, admitted to practice law, admission to the bar, member of the bar, member of the State Bar, member in good standing of the State Bar, in good standing with the State Bar, State Bar, state bar membership, bar membership, active bar membership, active bar license, licensed attorney, licensed to practice law, licensed lawyer, licensed to practise law, called to the Bar, called to the Bar of England and Wales, JD and bar admission, barred attorney | | california-bar, new-york-bar, solicitor-qualification | e:m
california-bar | California Bar | CA Bar, State Bar of California, California State Bar, admitted to the California Bar, member of the California Bar, member of the State Bar of California, licensed in California as an attorney, barred in California, barred in CA, California bar admission, California bar license | bar-admission | new-york-bar | e:m
new-york-bar | New York Bar | NY Bar, New York State Bar, admitted to the New York Bar, admitted to practice in New York, admitted to practice law in New York, member of the New York Bar, barred in New York, barred in NY, New York bar admission, NYS Bar | bar-admission | california-bar, new-jersey-bar | e:m
texas-bar | Texas Bar | State Bar of Texas, TX Bar, admitted to the Texas Bar, member of the State Bar of Texas, licensed to practice law in Texas, barred in Texas | bar-admission | california-bar | e:m
florida-bar | Florida Bar | The Florida Bar, FL Bar, admitted to the Florida Bar, member of the Florida Bar, member in good standing of the Florida Bar, barred in Florida | bar-admission | new-york-bar | e:m
illinois-bar | Illinois Bar | Illinois State Bar, IL Bar, admitted to the Illinois Bar, licensed to practice law in Illinois, barred in Illinois | bar-admission | new-york-bar | e:m
dc-bar | DC Bar | D.C. Bar, District of Columbia Bar, admitted to the DC Bar, member of the DC Bar, member of the D.C. Bar | bar-admission | new-york-bar | e:m
new-jersey-bar | New Jersey Bar | NJ Bar, admitted to the New Jersey Bar, admitted to practice in New Jersey, barred in New Jersey | bar-admission | new-york-bar | e:m
solicitor-qualification | Qualified Solicitor | qualified solicitor, admitted solicitor, solicitor of England and Wales, SRA registered, SQE, SQE1, SQE2, Solicitors Qualifying Examination, Legal Practice Course, newly qualified solicitor, practising certificate, SRA practising certificate | bar-admission | bar-admission | e:m
law-society-membership | Law Society Membership | member of the Law Society, Law Society of Ontario, Law Society of British Columbia, Law Society of Alberta, Law Society of Upper Canada, licensed by the Law Society, licensee of the Law Society of Ontario, Barreau du Quebec | bar-admission | bar-admission | e:m
paralegal-certification | Paralegal Certification | paralegal certificate, certified paralegal, NALA certification, NALA Certified Paralegal, Advanced Certified Paralegal, ABA-approved paralegal certificate, ABA approved paralegal program, Registered Paralegal, PACE Registered Paralegal, CILEx, CILEx qualified, Chartered Legal Executive | | bar-admission | e:m
notary-public | Notary Public | notary commission, commissioned notary | | | e:d

# --- Human resources ---
shrm-cp | SHRM-CP | SHRM Certified Professional | | shrm-scp, phr | e:w
shrm-scp | SHRM-SCP | SHRM Senior Certified Professional | | shrm-cp, sphr | e:w
phr | PHR | Professional in Human Resources, HRCI PHR | | sphr, shrm-cp | e:w
sphr | SPHR | Senior Professional in Human Resources, HRCI SPHR | | phr, shrm-scp | e:w
aphr | aPHR | Associate Professional in Human Resources | | phr | e:w
ccp-compensation | Certified Compensation Professional | WorldatWork CCP | compensation-and-benefits | shrm-cp | e:w

# --- Marketing and sales platforms ---
google-ads-certification | Google Ads Certification | Google Ads certified, Google AdWords Certification, Google Ads Search Certification, Google Ads certifications | google-ads | google-analytics-certification | e:d
google-analytics-certification | Google Analytics Certification | Google Analytics Individual Qualification, GAIQ, Google Analytics certified, GA4 certification | google-analytics | google-ads-certification | e:d
hubspot-certification | HubSpot Certification | HubSpot certifications, HubSpot Inbound Certification, HubSpot Inbound Marketing Certification, HubSpot Content Marketing Certification, HubSpot certified | hubspot | google-analytics-certification | e:d
meta-blueprint-certification | Meta Blueprint Certification | Facebook Blueprint, Meta Blueprint, Meta Certified Digital Marketing Associate, Meta Certified Media Buying Professional | meta-ads | google-ads-certification | e:d
marketo-certification | Marketo Certified Expert | Adobe Marketo Engage Certified Expert, Marketo certification, Marketo certified | marketo | hubspot-certification | e:w
salesforce-certification | Salesforce Certification | Salesforce certifications, Salesforce certified | salesforce | salesforce-administrator | e:w
salesforce-administrator | Salesforce Certified Administrator | Salesforce Administrator certification, Salesforce Admin certification, Salesforce Certified Admin, ADM 201, ADM-201 | salesforce-certification | salesforce-advanced-administrator, salesforce-platform-developer | e:w
salesforce-advanced-administrator | Salesforce Certified Advanced Administrator | Salesforce Advanced Administrator certification | salesforce-certification | salesforce-administrator | e:w
salesforce-platform-developer | Salesforce Certified Platform Developer | Salesforce Platform Developer I, Salesforce Platform Developer II, Salesforce Certified Platform Developer I, Salesforce Certified Platform Developer II | salesforce-certification | salesforce-administrator | e:m
salesforce-sales-cloud-consultant | Salesforce Certified Sales Cloud Consultant | Sales Cloud Consultant certification | salesforce-certification, salesforce-sales-cloud | salesforce-administrator | e:w

# --- Healthcare and clinical research ---
bls | BLS | Basic Life Support, BLS certification, BLS certified, AHA BLS, BLS for Healthcare Providers, basic life support, BCLS, Basic Cardiac Life Support, BCLS certification, BLS/CPR, BLS provider, BLS card |  | acls, pals, cpr-certification | amb e:d
acls | ACLS | Advanced Cardiovascular Life Support, Advanced Cardiac Life Support, ACLS certification, ACLS certified | | bls, pals | e:d
pals | PALS | Pediatric Advanced Life Support, PALS certification | | acls, nrp | cs e:d
nrp | NRP | Neonatal Resuscitation Program, NRP certification | | pals | e:d
tncc | TNCC | Trauma Nursing Core Course | | acls | e:d
cpr-certification | CPR Certification | CPR, CPR certified, CPR/AED, CPR and First Aid, First Aid/CPR, CPR/First Aid | | bls, first-aid-certification | e:d
first-aid-certification | First Aid Certification | first aid certified, first aid training, first aid certificate, First Aid at Work, First Aid at Work certificate, FAW certificate, Emergency First Aid at Work, EFAW, Paediatric First Aid, Pediatric First Aid | | cpr-certification | e:d
rn-license | Registered Nurse | RN, RN License, RN licensure, RN licence, Registered Nurse license, Registered Nurse licence, Registered Nurse licensure, active RN license, current RN license, compact RN license, multistate RN license, RN licensed, licensed Registered Nurse, registered nursing qualification, registered nurse qualification, Registered Nurse (RN), first level registered nurse | patient-care | bsn, lpn-license, nmc-registration | amb e:m
lpn-license | LPN License | LPN, LVN, LPN licensure, LPN licence, LVN license, LVN licensure, Licensed Practical Nurse, Licensed Practical Nurse license, Licensed Vocational Nurse, Registered Practical Nurse, RPN, practical nursing license | patient-care | rn-license, cna-certification | cs e:m
nmc-registration | NMC Registration | NMC, NMC registered, NMC-registered, registered with the NMC, NMC PIN, NMC pin number, active NMC PIN, valid NMC PIN, live NMC PIN, NMC register, Nursing and Midwifery Council registration, registered with the Nursing and Midwifery Council, NMC registration as a nurse | rn-license | rgn, hcpc-registration | cs e:m
rgn | RGN | Registered General Nurse, RGN qualification, RGN registered, Registered General Nurse (RGN) | rn-license | nmc-registration, rmn | cs e:m
rmn | RMN | Registered Mental Health Nurse, Registered Mental Nurse, RMN qualification, RNMH | rn-license | rgn, rnld | cs e:m
rnld | RNLD | Registered Learning Disability Nurse, Registered Nurse Learning Disabilities, RNLD qualification | rn-license | rmn | cs e:m
registered-midwife | Registered Midwife | RM qualification, NMC registered midwife, registered midwifery qualification, Certified Nurse Midwife, CNM | nmc-registration | rn-license | e:m
nurse-practitioner-license | Nurse Practitioner License | Nurse Practitioner licensure, NP license, APRN license, APRN licensure, Advanced Practice Registered Nurse, FNP-BC, FNP-C, board certified Family Nurse Practitioner, Advanced Nurse Practitioner qualification | rn-license | rn-license | e:m
hcpc-registration | HCPC Registration | HCPC, HCPC registered, HCPC-registered, registered with the HCPC, Health and Care Professions Council registration, registered with the Health and Care Professions Council | | nmc-registration | cs e:m
gmc-registration | GMC Registration | full GMC registration, GMC registered, registered with the GMC, General Medical Council registration, GMC licence to practise | | nmc-registration | e:m
gphc-registration | GPhC Registration | GPhC, GPhC registered, registered with the GPhC, General Pharmaceutical Council registration | pharmacist-license | pharmacist-license | cs e:m
pharmacist-license | Pharmacist License | pharmacist licence, pharmacist licensure, licensed pharmacist, registered pharmacist, RPh, R.Ph. | medication-dispensing | gphc-registration, pharmacy-technician-certification | cs e:m
gdc-registration | GDC Registration | GDC registered, registered with the GDC, General Dental Council registration | | dental-hygienist-license | e:m
dental-hygienist-license | Registered Dental Hygienist | RDH, RDH license, dental hygiene license, registered dental hygienist license, licensed dental hygienist | | gdc-registration | cs e:m
emt-certification | EMT Certification | EMT, EMT-B, EMT-Basic, NREMT, NREMT certification, Emergency Medical Technician certification, EMT certified, EMT license, paramedic license, paramedic licence, licensed paramedic, Paramedic certification | | bls, acls | cs e:m
ils | ILS | Immediate Life Support, ILS certificate, ILS certification, ILS trained, ILS course, Resuscitation Council UK ILS | | bls, advanced-life-support | amb e:d
advanced-life-support | Advanced Life Support | ALS, ALS certificate, ALS provider, ALS certification, Resuscitation Council UK ALS, ALS course | | ils, acls | amb e:d
epls | EPALS | EPLS, European Paediatric Advanced Life Support, European Paediatric Life Support, PILS, Paediatric Immediate Life Support | | pals, ils | cs e:d
care-certificate | Care Certificate | the Care Certificate, completed Care Certificate | patient-care | health-and-social-care-diploma | e:w
health-and-social-care-diploma | Health and Social Care Diploma | Level 2 Diploma in Health and Social Care, Level 3 Diploma in Health and Social Care, Level 5 Diploma in Leadership for Health and Social Care, NVQ Level 2 in Health and Social Care, NVQ Level 3 in Health and Social Care, NVQ Level 2 Health and Social Care, NVQ Level 3 Health and Social Care, QCF Level 2 in Health and Social Care, QCF Level 3 in Health and Social Care, Level 2 Health and Social Care, Level 3 Health and Social Care, Health and Social Care NVQ | patient-care | care-certificate, nvq | e:m
mental-health-first-aid | Mental Health First Aid | MHFA, Mental Health First Aider, Mental Health First Aid certification | | first-aid-certification | cs e:d
lcsw | LCSW | Licensed Clinical Social Worker, LCSW license, LICSW, LMSW, Licensed Master Social Worker, licensed social worker | | social-work-england-registration | cs e:m
social-work-england-registration | Social Work England Registration | registered with Social Work England, Social Work England registered, SWE registration, registered social worker | | lcsw | e:m
licensed-professional-counselor | Licensed Professional Counselor | LPCC, LMHC, Licensed Mental Health Counselor, Licensed Professional Clinical Counselor, LMFT, Licensed Marriage and Family Therapist | | lcsw | cs e:m
cna-certification | CNA Certification | Certified Nursing Assistant certification, CNA certified, CNA license, active CNA certification | patient-care | lpn-license | e:w
bsn | BSN | Bachelor of Science in Nursing | patient-care | rn-license | e:m
ccrn | CCRN | Critical Care Registered Nurse certification | | rn-license, acls | e:m
certified-medical-assistant | Certified Medical Assistant | CCMA, Certified Clinical Medical Assistant, CMA (AAMA), RMA certification | patient-care | phlebotomy-certification | e:m
phlebotomy-certification | Phlebotomy Certification | Certified Phlebotomy Technician, phlebotomy certified | phlebotomy | certified-medical-assistant | e:w
pharmacy-technician-certification | Certified Pharmacy Technician | CPhT, PTCB certification, PTCB certified, ExCPT | medication-dispensing | | e:w
certified-professional-coder | Certified Professional Coder | AAPC CPC, CPC certification, CPC certified, CPC-A | medical-coding | certified-coding-specialist, rhit | e:m
certified-coding-specialist | Certified Coding Specialist | AHIMA CCS, CCS certification, CCS-P | medical-coding | certified-professional-coder | e:m
rhia | RHIA | Registered Health Information Administrator | health-information-management | rhit | e:m
rhit | RHIT | Registered Health Information Technician | health-information-management | rhia, certified-professional-coder | e:m
epic-certification | Epic Certification | Epic certified, Epic certifications, Epic proficiency, Epic credentialed | epic-systems | | e:w
ccrp | CCRP | Certified Clinical Research Professional, SOCRA certification | clinical-research | ccrc, ccra | e:w
ccrc | CCRC | Certified Clinical Research Coordinator | clinical-research | ccrp, ccra | e:w
ccra | CCRA | Certified Clinical Research Associate | clinical-research | ccrc | e:w
rac | Regulatory Affairs Certification | RAC certification, RAPS RAC | regulatory-affairs | | e:m

# --- Education and language teaching ---
teaching-certification | Teaching Certification | teaching license, teaching licence, teaching credential, teaching certificate, state teaching certification, state teaching license, teacher certification, teacher certificate, teaching certification, valid teaching certificate, certified teacher, licensed teacher, Ontario College of Teachers certification, OCT certified, member of the Ontario College of Teachers, teacher registration, registered teacher, Teaching Council registration | | tefl, qts | e:m
tefl | TEFL | TESOL, TEFL certification, CELTA, TESL | | teaching-certification, english | e:w
qts | QTS | Qualified Teacher Status, QTS status, holding QTS, with QTS, QTLS, Qualified Teacher Learning and Skills | teaching-certification | pgce, eyts | cs e:m
pgce | PGCE | Postgraduate Certificate in Education, Post Graduate Certificate in Education, Professional Graduate Certificate in Education, PGDE, Postgraduate Diploma in Education, PGCE qualification, PGCE Primary, PGCE Secondary | teaching-certification | qts | cs e:m
eyts | Early Years Teacher Status | EYTS, EYPS, Early Years Professional Status | teaching-certification | qts, childcare-qualification | cs e:m
childcare-qualification | Childcare Qualification | CACHE Level 2, CACHE Level 3, CACHE Diploma, NNEB, Level 3 childcare qualification, Level 3 Early Years Educator, Level 3 Diploma for the Early Years Workforce, Level 3 Diploma in Childcare, full and relevant Level 3, Child Development Associate, CDA credential, Early Childhood Educator certificate, ECE certificate, registered Early Childhood Educator, RECE | early-childhood-education | eyts | e:m

# --- Personal care ---
cosmetology-license | Cosmetology License | cosmetology licence, licensed cosmetologist, state cosmetology license, esthetician license, aesthetician license, licensed esthetician, barber license, barber licence, licensed barber, NVQ Level 2 Hairdressing, NVQ Level 3 Hairdressing | hair-cutting | massage-therapist-license | e:m
massage-therapist-license | Licensed Massage Therapist | LMT, RMT, Registered Massage Therapist, massage therapy license, massage therapist license, massage therapy licence | massage-therapy | cosmetology-license | cs e:m
`;
