export default `
# Human resources: recruiting, HR operations, people analytics, HR systems, employment law.
# Payroll is finance's; SHRM and PHR certifications are cert's.

# --- Recruiting and talent acquisition ---
talent-acquisition | Talent Acquisition Strategy | talent acquisition strategies, talent acquisition management, full-cycle talent acquisition, end-to-end talent acquisition | | recruiting, candidate-sourcing, applicant-tracking-systems | amb e:m
recruiting | Recruiting | full-cycle recruiting, full life cycle recruiting, end-to-end recruiting, full-cycle recruitment | talent-acquisition | candidate-sourcing, candidate-interviewing, applicant-tracking-systems | amb e:w
technical-recruiting | Technical Recruiting | tech recruiting, IT recruiting, technical recruitment | recruiting | candidate-sourcing, boolean-search | e:w
executive-search | Executive Search | executive recruiting | recruiting | candidate-sourcing | e:m
high-volume-recruiting | High-Volume Recruiting | volume recruiting, high volume hiring | recruiting | applicant-tracking-systems | e:w
campus-recruiting | Campus Recruiting | university recruiting, college recruiting | recruiting | employer-branding | e:w
candidate-sourcing | Candidate Sourcing | talent sourcing, sourcing candidates, passive candidate sourcing | recruiting | boolean-search, linkedin-recruiter | e:w
boolean-search | Boolean Search | Boolean search strings, Boolean sourcing | candidate-sourcing | linkedin-recruiter | e:d
linkedin-recruiter | LinkedIn Recruiter | LinkedIn Talent Solutions | candidate-sourcing | boolean-search, candidate-sourcing | e:d
candidate-interviewing | Candidate Interviewing | interviewing candidates, candidate screening, phone screening, candidate interviews | recruiting | behavioral-interviewing | e:w
behavioral-interviewing | Behavioral Interviewing | behavioural interviewing, behavioral interviews, competency-based interviewing, structured interviewing | candidate-interviewing | candidate-interviewing | e:d
employer-branding | Employer Branding | employer brand | talent-acquisition | campus-recruiting, social-media-marketing | e:w
applicant-tracking-systems | Applicant Tracking Systems | ATS, applicant tracking system, applicant tracking software | recruiting | greenhouse, lever, workday-recruiting, icims | e:d
greenhouse | Greenhouse | Greenhouse ATS, Greenhouse Recruiting | applicant-tracking-systems | lever, icims, workday-recruiting | amb e:d
lever | Lever | Lever ATS | applicant-tracking-systems | greenhouse, icims | amb e:d
icims | iCIMS | iCIMS Talent Cloud | applicant-tracking-systems | greenhouse, taleo | e:d
taleo | Taleo | Oracle Taleo | applicant-tracking-systems | icims, workday-recruiting | e:d
workday-recruiting | Workday Recruiting | | applicant-tracking-systems, workday-hcm | greenhouse, icims | e:d
jobvite | Jobvite | | applicant-tracking-systems | greenhouse, lever | e:d
smartrecruiters | SmartRecruiters | | applicant-tracking-systems | greenhouse, icims | e:d
bullhorn | Bullhorn | Bullhorn ATS | applicant-tracking-systems | jobvite, icims | e:d
hirevue | HireVue | | candidate-interviewing | greenhouse | e:d

# --- HR operations ---
employee-onboarding | Employee Onboarding | new hire onboarding, new employee onboarding | | offboarding, hris, new-hire-orientation | e:d
offboarding | Offboarding | employee offboarding, exit interviews | | employee-onboarding | e:d
new-hire-orientation | New Hire Orientation | new employee orientation | employee-onboarding | employee-onboarding | e:d
employee-relations | Employee Relations | ER investigations, workplace investigations | | labor-relations, conflict-resolution, employment-law | e:m
labor-relations | Labor Relations | labour relations, union relations, collective bargaining, industrial relations | employee-relations | employee-relations, employment-law | e:m
employee-engagement | Employee Engagement | engagement surveys, employee engagement surveys | | employee-retention, culture-amp | e:w
employee-retention | Employee Retention | retention programs | | employee-engagement, compensation-and-benefits | e:w
compensation-and-benefits | Compensation Management | compensation and benefits management, compensation and benefits administration, compensation & benefits administration, C&B administration, total rewards management | | compensation-analysis, benefits-administration | e:m
compensation-analysis | Compensation Analysis | compensation planning, salary benchmarking, pay equity analysis | compensation-and-benefits | job-evaluation | e:w
job-evaluation | Job Evaluation | job leveling, job architecture, job grading | compensation-and-benefits | compensation-analysis | e:w
benefits-administration | Benefits Administration | employee benefits administration, benefits admin | compensation-and-benefits | cobra, erisa | e:w
leave-management | Leave Management | leave of absence administration, leave administration, LOA management | | fmla, ada-accommodations | e:d
performance-management | Employee Performance Management | performance reviews, performance appraisals, performance appraisal process, performance management process, performance management cycle | | succession-planning, talent-management | e:w
talent-management | Talent Management | | | performance-management, succession-planning, training-program-development | e:m
succession-planning | Succession Planning | | talent-management | workforce-planning, performance-management | e:w
workforce-planning | Workforce Planning | strategic workforce planning, headcount planning, manpower planning | | succession-planning, hr-analytics | e:w
organizational-development | Organizational Development | organisational development, organization development | | change-management, talent-management | e:m
training-program-development | Training Program Development | L&D, learning and development strategy, training program design, training needs analysis, training needs assessment, employee training program development | | instructional-design, talent-management | e:m
instructional-design | Instructional Design | instructional systems design, e-learning development, eLearning development | training-program-development | articulate-storyline, adult-learning-theory, addie | e:w
adult-learning-theory | Adult Learning Theory | adult learning principles, andragogy | instructional-design | instructional-design, addie | e:d
addie | ADDIE Model | ADDIE | instructional-design | adult-learning-theory | cs e:d
articulate-storyline | Articulate Storyline | Articulate 360, Articulate Rise | instructional-design | learning-management-systems | e:w
learning-management-systems | Learning Management Systems | LMS, learning management system | training-program-development | cornerstone-ondemand, articulate-storyline | e:d
cornerstone-ondemand | Cornerstone OnDemand | Cornerstone LMS | learning-management-systems | workday-hcm | e:d
moodle | Moodle | Moodle LMS, Moodle Workplace | learning-management-systems | canvas-lms, blackboard-learn, d2l-brightspace | e:d
canvas-lms | Canvas LMS | Canvas, Instructure Canvas, Canvas by Instructure | learning-management-systems | moodle, blackboard-learn, d2l-brightspace | amb e:d
blackboard-learn | Blackboard Learn | Blackboard, Blackboard LMS, Blackboard Ultra | learning-management-systems | canvas-lms, moodle, d2l-brightspace | amb e:d
d2l-brightspace | D2L Brightspace | Brightspace, Desire2Learn, Desire2Learn Brightspace, D2L Brightspace LMS | learning-management-systems | canvas-lms, moodle, blackboard-learn | e:d
sakai | Sakai | Sakai LMS, Sakai CLE, Sakai Project | learning-management-systems | moodle, canvas-lms | amb e:d
schoology | Schoology | PowerSchool Schoology | learning-management-systems | canvas-lms, google-classroom | e:d
google-classroom | Google Classroom | | learning-management-systems, google-workspace | schoology, canvas-lms | e:d
edmodo | Edmodo | | learning-management-systems | schoology, google-classroom | e:d
engrade | Engrade | | learning-management-systems | schoology | e:d
lams | LAMS | Learning Activity Management System | learning-management-systems | moodle | cs e:d
wiziq | WizIQ | | learning-management-systems | moodle | e:d
litmos | Litmos | SAP Litmos, Litmos LMS | learning-management-systems | docebo, cornerstone-ondemand | e:d
docebo | Docebo | Docebo LMS | learning-management-systems | litmos, cornerstone-ondemand | e:d
absorb-lms | Absorb LMS | Absorb | learning-management-systems | litmos, docebo | amb e:d
grovo | Grovo | | learning-management-systems | litmos | e:d
e-learning-authoring-tools | E-Learning Authoring Tools | authoring tools, authoring software, e-learning authoring software, course authoring tools | instructional-design | articulate-storyline, learning-management-systems | e:w
scorm | SCORM | Sharable Content Object Reference Model, SCORM compliance | learning-management-systems | xapi, e-learning-authoring-tools | cs e:d
xapi | xAPI | Experience API, Tin Can API | learning-management-systems | scorm | e:d
computer-assisted-language-learning | Computer-Assisted Language Learning | computer assisted language learning, computer-assisted language teaching | | instructional-design | e:w
hr-policy-development | HR Policy Development | HR policies, employee handbook, HR policy | | employment-law | e:w
hr-business-partnering | HR Business Partnering | HR business partner skills, HRBP | | employee-relations, talent-management | e:m
hr-analytics | HR Analytics | people analytics, workforce analytics, HR metrics | | workforce-planning, hris | e:w
hris | HRIS | human resources information system, HR information systems, HRMS, human resource management system, HCM systems | | workday-hcm, sap-successfactors, bamboohr | e:w
diversity-recruiting | Diversity Recruiting | diversity sourcing, inclusive hiring | recruiting | employer-branding | e:w

# --- HR and workforce systems ---
workday-hcm | Workday HCM | Workday, Workday Human Capital Management, Workday HR | hris | sap-successfactors, oracle-hcm-cloud | amb e:w
sap-successfactors | SAP SuccessFactors | SuccessFactors | hris, sap | workday-hcm, oracle-hcm-cloud | e:w
oracle-hcm-cloud | Oracle HCM Cloud | Oracle Fusion HCM, Oracle HCM | hris | workday-hcm, peoplesoft | e:w
bamboohr | BambooHR | Bamboo HR | hris | gusto, rippling | e:d
adp | ADP | ADP Workforce Now, ADP Vantage, ADP Vantage HCM, ADP Enterprise HR, ADP Payroll, ADP Run | hris, payroll | paychex, ukg | amb e:d
paychex | Paychex | Paychex Flex | payroll | adp, gusto | e:d
gusto | Gusto | | payroll | bamboohr, rippling | amb e:d
rippling | Rippling | | hris | gusto, bamboohr | e:d
ukg | UKG | UKG Pro, UKG Ready, UltiPro, Ultimate Software, UKG Dimensions, Kronos Workforce Central, Kronos timekeeping, Kronos Workforce Ready, Kronos Workforce Timekeeper | hris | adp, dayforce | e:d
dayforce | Dayforce | Ceridian Dayforce, Ceridian | hris, payroll | ukg, adp | e:d
paylocity | Paylocity | | hris, payroll | paycom, adp | e:d
paycom | Paycom | | hris, payroll | paylocity | e:d
lattice | Lattice | Lattice HR | performance-management | culture-amp, 15five | amb e:d
culture-amp | Culture Amp | | employee-engagement | lattice, qualtrics | e:d
15five | 15Five | | performance-management | lattice, culture-amp | e:d
time-and-attendance | Time and Attendance | timekeeping, time tracking systems, time and attendance systems | | ukg, adp | e:d

# --- Employment law and compliance ---
# Boilerplate in nearly every US posting names EEO, affirmative action, E-Verify, the ADA and reasonable
# accommodations: only phrases that mean the HR practice are listed here.
employment-law | Employment Law | labor law, labour law, employment legislation, labor and employment law | | flsa-compliance, fmla, eeo-compliance | e:m
flsa-compliance | FLSA Compliance | Fair Labor Standards Act compliance, wage and hour compliance, wage and hour law, wage and hour laws | employment-law | fmla, worker-classification | e:d
worker-classification | Worker Classification | exempt vs non-exempt classification, exempt classification, employee classification, independent contractor classification | flsa-compliance | flsa-compliance | e:d
fmla | FMLA | Family and Medical Leave Act, FMLA administration | employment-law, leave-management | ada-accommodations, leave-management | e:d
ada-accommodations | ADA Accommodations | ADA accommodations, ADA interactive process, ADA leave administration | employment-law | fmla, eeo-compliance | e:d
eeo-compliance | EEO Compliance | EEOC compliance, Equal Employment Opportunity compliance, EEO reporting, EEO-1 reporting, EEO-1 | employment-law | affirmative-action-plans | e:d
affirmative-action-plans | Affirmative Action Plans | affirmative action planning, OFCCP compliance | eeo-compliance | eeo-compliance | e:w
cobra | COBRA | COBRA administration, COBRA continuation | benefits-administration | erisa | cs e:d
erisa | ERISA | Employee Retirement Income Security Act, ERISA compliance | benefits-administration | cobra | e:w
i-9-compliance | I-9 Compliance | Form I-9 compliance, I-9 audits, I-9 verification | employment-law | employment-law | e:d
workers-compensation | Workers' Compensation | workers compensation claims, workers comp claims, workers' compensation claims, workers' comp administration | | osha, leave-management | e:w
`;
