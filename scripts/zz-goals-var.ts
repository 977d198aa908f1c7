import { normalizeTitle } from '@/lib/goals/normalize-title';
const cases: [string, string|null][] = [
['Sr. Software Developer','software-engineer'],['Software Development Engineer II','software-engineer'],['SWE Intern (Summer 2026)','software-engineer'],
['Front End Developer','frontend-developer'],['Front-end Engineer - React','frontend-developer'],['Senior Frontend Engineer (Remote)','frontend-developer'],
['Back-End Developer, Payments','backend-developer'],['Full-Stack Developer','full-stack-developer'],['Full Stack Software Engineer','full-stack-developer'],
['Dev Ops Engineer','devops-engineer'],['DevOps Engineer III - Hybrid','devops-engineer'],['SDET','qa-engineer'],['QA Engineer','qa-engineer'],
['Test Automation Engineer (Selenium)','qa-engineer'],['Software Development Engineer in Test','qa-engineer'],['Site Reliability Engineer (SRE)','site-reliability-engineer'],
['SRE II','site-reliability-engineer'],['iOS Developer','mobile-developer'],['Android Engineer - Kotlin','mobile-developer'],['Product Manager, Growth','product-manager'],
['Sr. PM - Payments','product-manager'],['Senior Product Owner','product-manager'],['Product Marketing Manager','product-marketing-manager'],
['Sr. Product Marketing Mgr, Developer Tools','product-marketing-manager'],['PMM - Enterprise','product-marketing-manager'],['Marketing Mgr','marketing-manager'],
['Digital Marketing Specialist','digital-marketing-manager'],['SEO Specialist (Contract)','seo-specialist'],['Social Media Coordinator','social-media-manager'],['Copywriter','content-marketing-manager'],
['RN - Med/Surg - Nights','registered-nurse'],['Registered Nurse (RN) ICU','registered-nurse'],['Travel ICU Nurse','registered-nurse'],['Certified Medical Assistant','medical-assistant'],
['Medical Coder - Remote','medical-coder'],['Clinical Research Coordinator II','clinical-research-coordinator'],['Staff Accountant','accountant'],['Senior Accountant - Hybrid','accountant'],
['Accounts Payable Specialist','bookkeeper'],['Financial Analyst, FP&A','financial-analyst'],['FP&A Analyst','financial-analyst'],['Internal Auditor','auditor'],
['Technical Recruiter (Contract)','recruiter'],['Talent Acquisition Partner','recruiter'],['HR Generalist','hr-generalist'],['Human Resources Business Partner','hr-generalist'],
['Account Executive, Mid-Market','account-executive'],['Enterprise Account Executive','account-executive'],['SDR','sales-development-representative'],['Business Development Representative','sales-development-representative'],
['Customer Success Manager','customer-success-manager'],['Customer Service Representative','customer-support-specialist'],['Sales Engineer','sales-engineer'],['Solutions Engineer','sales-engineer'],
['UX/UI Designer','ux-designer'],['Senior Product Designer','ux-designer'],['Graphic Designer','graphic-designer'],['ML Engineer','machine-learning-engineer'],['Help Desk Technician','it-support-specialist'],
['Systems Administrator','systems-administrator'],['Network Engineer','network-engineer'],['Scrum Master','scrum-master'],['Business Analyst','business-analyst'],['Project Manager','project-manager'],
['Paralegal','paralegal'],['Compliance Officer','compliance-analyst'],['Corporate Counsel','attorney'],['Mechanical Engineer','mechanical-engineer'],['Electrical Engineer','electrical-engineer'],['Civil Engineer','civil-engineer'],
['Executive Assistant to the CEO','administrative-assistant'],['Administrative Assistant','administrative-assistant'],['Technical Writer','technical-writer'],['Operations Manager','operations-manager'],
['Supply Chain Analyst','supply-chain-analyst'],['Buyer','procurement-specialist'],['Logistics Coordinator','logistics-coordinator'],['Instructional Designer','instructional-designer'],
['Engineering Manager, Platform','engineering-manager'],['Director of Engineering',null],['Head of Data Science',null],['Acme Corp - Data Engineer','data-engineer'],['Data Engineer at Acme','data-engineer'],
['Growth Hacker',null],['Barista',null],['Java Developer','backend-developer'],['React Developer','frontend-developer'],['.NET Developer','backend-developer'],['C# Developer','backend-developer'],
['Node.js Developer','backend-developer'],['Web Developer','frontend-developer'],['Programmer Analyst','software-engineer'],['Marketing Manager - Product','marketing-manager'],
['Data Analyst (Remote) - $80k','data-analyst'],['Cloud Engineer (AWS)','cloud-engineer'],['Cyber Security Analyst','security-analyst'],['Firmware Engineer','embedded-software-engineer'],
];
let bad=0; for (const [t,e] of cases){const n=normalizeTitle(t); if(n.roleId!==e){bad++;console.log('MISMATCH',t,'->',n.roleId,n.confidence,'want',e);}}
console.log(cases.length,'bad',bad);
