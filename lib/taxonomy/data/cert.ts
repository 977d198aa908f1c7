export default `
# Certifications, licences and credentials. Parent: the skill the credential is about, where one exists.
# Acronyms that clash with common business words are left out as bare aliases: CSM (Customer Success Manager),
# PSM (Process Safety Management), CPC (cost per click), CMA, CQA (critical quality attribute), FSA (flexible
# spending account), A+ (a grade). ISTQB is testing's.

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
cpa | CPA | Certified Public Accountant, CPA license, CPA licensure, CPA certification, CPA eligible | accounting | cma-certification, acca, cia-certification | amb e:m
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
cdl | CDL | Commercial Driver's License, Commercial Drivers License, Commercial Driver License, CDL-A, CDL Class A, Class A CDL, CDL Class B, Class B CDL | | dot-regulations, hazmat-handling | cs e:w
forklift-certification | Forklift Certification | forklift certified, forklift license, forklift licence, certified forklift operator | forklift-operation | osha-10 | e:d
osha-10 | OSHA 10 | OSHA 10-Hour, OSHA 10 Hour, 10-hour OSHA, OSHA 10 certification | osha | osha-30 | e:d
osha-30 | OSHA 30 | OSHA 30-Hour, OSHA 30 Hour, 30-hour OSHA, OSHA 30 certification | osha | osha-10, hazwoper | e:d
hazwoper | HAZWOPER | 40-hour HAZWOPER, HAZWOPER 40, 40-Hour HAZWOPER, HAZWOPER certification | ehs | osha-30 | e:d
servsafe | ServSafe | ServSafe certification, ServSafe Manager, ServSafe Food Handler, ServSafe certified | food-safety | haccp | e:d
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
bls | BLS | Basic Life Support, BLS certification, BLS certified, AHA BLS, BLS for Healthcare Providers, basic life support | | acls, pals, cpr-certification | amb e:d
acls | ACLS | Advanced Cardiovascular Life Support, Advanced Cardiac Life Support, ACLS certification, ACLS certified | | bls, pals | e:d
pals | PALS | Pediatric Advanced Life Support, PALS certification | | acls, nrp | cs e:d
nrp | NRP | Neonatal Resuscitation Program, NRP certification | | pals | e:d
tncc | TNCC | Trauma Nursing Core Course | | acls | e:d
cpr-certification | CPR Certification | CPR, CPR certified, CPR/AED, CPR and First Aid, First Aid/CPR, CPR/First Aid | | bls, first-aid-certification | e:d
first-aid-certification | First Aid Certification | first aid certified, first aid training | | cpr-certification | e:d
rn-license | RN License | RN licensure, RN licence, Registered Nurse license, Registered Nurse licensure, active RN license, current RN license, compact RN license | patient-care | bsn, lpn-license | e:m
lpn-license | LPN License | LPN licensure, LVN license, LVN licensure, Licensed Practical Nurse license | patient-care | rn-license, cna-certification | e:m
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
teaching-certification | Teaching Certification | teaching license, teaching credential, teaching certificate, state teaching certification | | tefl | e:m
tefl | TEFL | TESOL, TEFL certification, CELTA, TESL | | teaching-certification, english | e:w
`;
