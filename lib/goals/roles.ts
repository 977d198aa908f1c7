/** A profession, for grouping roles in the goal picker. */
export type Profession =
  | 'Software and IT'
  | 'Data and AI'
  | 'Design'
  | 'Product and projects'
  | 'Marketing'
  | 'Sales and customers'
  | 'Finance'
  | 'People and HR'
  | 'Healthcare'
  | 'Science'
  | 'Operations'
  | 'Legal and compliance'
  | 'Engineering'
  | 'Administration and writing';

/** A target role a person can pick as a goal. */
export interface Role {
  /** Stable id, stored in goals: never reuse one. */
  id: string;
  /** Name shown in the picker and in "fits your … goal". */
  name: string;
  profession: Profession;
  /**
   * Title phrases that name this role, in plain words: the title normaliser maps spelling variants and
   * synonyms ("Software Developer", "SWE", "front-end") before comparing, so each phrase is written once.
   * A phrase may end in `~0.7` to lower the confidence of titles it matches (a field alone, a loose synonym).
   */
  titles: string[];
}

/** The roles SkillGap ships a template for: common roles across professions. */
export const ROLES: readonly Role[] = [
  // --- Software and IT ---
  { id: 'software-engineer', name: 'Software Engineer', profession: 'Software and IT', titles: ['software engineer', 'application engineer', 'applications engineer', 'computer programmer', 'programmer analyst', 'software engineering~0.7'] },
  { id: 'frontend-developer', name: 'Frontend Developer', profession: 'Software and IT', titles: ['frontend engineer', 'frontend software engineer', 'frontend web engineer', 'ui engineer', 'web engineer~0.8', 'javascript engineer', 'react engineer', 'angular engineer', 'vue engineer'] },
  { id: 'backend-developer', name: 'Backend Developer', profession: 'Software and IT', titles: ['backend engineer', 'backend software engineer', 'api engineer', 'server engineer', 'python engineer~0.85', 'java engineer~0.85', 'go engineer~0.85', 'golang engineer~0.85', 'nodejs engineer~0.85', 'django engineer~0.85', 'ruby engineer~0.85', 'rails engineer~0.85', 'php engineer~0.85', 'dotnet engineer~0.85', 'csharp engineer~0.85', 'scala engineer~0.85'] },
  { id: 'full-stack-developer', name: 'Full Stack Developer', profession: 'Software and IT', titles: ['fullstack engineer', 'fullstack software engineer', 'fullstack web engineer', 'mern engineer', 'mean engineer'] },
  { id: 'mobile-developer', name: 'Mobile Developer', profession: 'Software and IT', titles: ['mobile engineer', 'mobile application engineer', 'mobile app engineer', 'ios engineer', 'ios software engineer', 'android engineer', 'android software engineer', 'react native engineer', 'flutter engineer', 'swift engineer~0.85', 'kotlin engineer~0.85'] },
  { id: 'devops-engineer', name: 'DevOps Engineer', profession: 'Software and IT', titles: ['devops engineer', 'devops', 'build engineer', 'release engineer', 'infrastructure engineer', 'platform engineer~0.8', 'ci cd engineer', 'devsecops engineer'] },
  { id: 'site-reliability-engineer', name: 'Site Reliability Engineer', profession: 'Software and IT', titles: ['site reliability engineer', 'production engineer~0.7'] },
  { id: 'cloud-engineer', name: 'Cloud Engineer', profession: 'Software and IT', titles: ['cloud engineer', 'cloud architect', 'cloud infrastructure engineer', 'cloud solutions architect', 'aws engineer', 'azure engineer', 'gcp engineer', 'cloud administrator'] },
  { id: 'qa-engineer', name: 'QA / Test Automation Engineer', profession: 'Software and IT', titles: ['qa engineer', 'qa automation engineer', 'qa analyst', 'qa tester', 'qa specialist', 'test engineer', 'test automation engineer', 'automation test engineer', 'software test engineer', 'software tester', 'tester', 'test analyst'] },
  { id: 'security-analyst', name: 'Cybersecurity Analyst', profession: 'Software and IT', titles: ['security analyst', 'cybersecurity analyst', 'cyber security analyst', 'information security analyst', 'it security analyst', 'soc analyst', 'security engineer', 'cybersecurity engineer', 'cyber security engineer', 'information security engineer', 'penetration tester', 'security operations analyst'] },
  { id: 'systems-administrator', name: 'Systems Administrator', profession: 'Software and IT', titles: ['systems administrator', 'system administrator', 'sysadmin', 'linux administrator', 'windows administrator', 'it administrator', 'server administrator'] },
  { id: 'network-engineer', name: 'Network Engineer', profession: 'Software and IT', titles: ['network engineer', 'network administrator', 'network architect', 'network analyst'] },
  { id: 'it-support-specialist', name: 'IT Support Specialist', profession: 'Software and IT', titles: ['it support specialist', 'it support technician', 'it support analyst', 'it specialist', 'it technician', 'help desk technician', 'help desk analyst', 'help desk specialist', 'helpdesk technician', 'helpdesk analyst', 'desktop support technician', 'desktop support specialist', 'desktop support analyst', 'service desk analyst', 'technical support engineer', 'technical support specialist'] },
  { id: 'engineering-manager', name: 'Engineering Manager', profession: 'Software and IT', titles: ['engineering manager', 'software engineering manager', 'software engineer manager', 'software development manager'] },
  { id: 'embedded-software-engineer', name: 'Embedded Software Engineer', profession: 'Software and IT', titles: ['embedded software engineer', 'embedded engineer', 'embedded systems engineer', 'firmware engineer'] },
  { id: 'game-developer', name: 'Game Developer', profession: 'Software and IT', titles: ['game engineer', 'gameplay engineer', 'unity engineer', 'unreal engineer', 'game programmer'] },

  // --- Data and AI ---
  { id: 'data-scientist', name: 'Data Scientist', profession: 'Data and AI', titles: ['data scientist', 'data science analyst', 'data science engineer', 'data science associate', 'data science~0.7', 'ml scientist', 'ml research scientist', 'deep learning scientist', 'computer vision scientist', 'nlp scientist', 'ai scientist', 'applied scientist', 'decision scientist', 'statistician~0.8'] },
  { id: 'data-engineer', name: 'Data Engineer', profession: 'Data and AI', titles: ['data engineer', 'big data engineer', 'data platform engineer', 'data integration engineer', 'data pipeline engineer', 'data warehouse engineer', 'etl engineer', 'analytics engineer~0.8', 'data engineering~0.7'] },
  { id: 'data-analyst', name: 'Data Analyst', profession: 'Data and AI', titles: ['data analyst', 'reporting analyst', 'data analytics analyst', 'product analyst~0.8', 'analytics analyst'] },
  { id: 'bi-analyst', name: 'Business Intelligence Analyst', profession: 'Data and AI', titles: ['bi analyst', 'bi engineer', 'bi specialist', 'bi consultant', 'reporting engineer', 'tableau engineer', 'power bi engineer'] },
  { id: 'machine-learning-engineer', name: 'Machine Learning Engineer', profession: 'Data and AI', titles: ['ml engineer', 'ai engineer', 'ai ml engineer', 'deep learning engineer', 'mlops engineer', 'nlp engineer', 'computer vision engineer', 'llm engineer', 'genai engineer'] },
  { id: 'data-architect', name: 'Data Architect', profession: 'Data and AI', titles: ['data architect', 'data modeler', 'data warehouse architect', 'database architect'] },

  // --- Design ---
  { id: 'ux-designer', name: 'UX / Product Designer', profession: 'Design', titles: ['ux designer', 'ui designer', 'ui ux designer', 'ux ui designer', 'product designer', 'interaction designer', 'ux researcher', 'user researcher', 'web designer~0.8'] },
  { id: 'graphic-designer', name: 'Graphic Designer', profession: 'Design', titles: ['graphic designer', 'visual designer', 'brand designer', 'communication designer', 'motion designer~0.8', 'production artist~0.8'] },

  // --- Product and projects ---
  { id: 'product-manager', name: 'Product Manager', profession: 'Product and projects', titles: ['product manager', 'technical product manager', 'product owner', 'product lead'] },
  { id: 'project-manager', name: 'Project Manager', profession: 'Product and projects', titles: ['project manager', 'it project manager', 'technical project manager', 'project coordinator', 'program manager~0.8', 'delivery manager~0.8'] },
  { id: 'business-analyst', name: 'Business Analyst', profession: 'Product and projects', titles: ['business analyst', 'business systems analyst', 'it business analyst', 'requirements analyst'] },
  { id: 'scrum-master', name: 'Scrum Master / Agile Coach', profession: 'Product and projects', titles: ['scrum master', 'agile coach', 'agile delivery lead'] },

  // --- Marketing ---
  { id: 'marketing-manager', name: 'Marketing Manager', profession: 'Marketing', titles: ['marketing manager', 'marketing specialist', 'marketing coordinator', 'marketing associate', 'marketing generalist', 'brand manager~0.8'] },
  { id: 'product-marketing-manager', name: 'Product Marketing Manager', profession: 'Marketing', titles: ['product marketing manager', 'product marketer', 'product marketing specialist', 'product marketing lead', 'product marketing~0.8'] },
  { id: 'digital-marketing-manager', name: 'Digital Marketing Manager', profession: 'Marketing', titles: ['digital marketing manager', 'digital marketing specialist', 'digital marketing coordinator', 'performance marketing manager', 'growth marketing manager', 'growth marketer', 'paid media manager', 'paid media specialist', 'paid search specialist', 'ppc specialist', 'ppc manager', 'sem specialist', 'email marketing specialist', 'email marketing manager', 'demand generation manager'] },
  { id: 'content-marketing-manager', name: 'Content Marketer / Copywriter', profession: 'Marketing', titles: ['content marketing manager', 'content marketing specialist', 'content marketer', 'content writer', 'content strategist', 'content manager', 'copywriter', 'content creator~0.8'] },
  { id: 'seo-specialist', name: 'SEO Specialist', profession: 'Marketing', titles: ['seo specialist', 'seo manager', 'seo analyst', 'seo strategist', 'seo consultant'] },
  { id: 'social-media-manager', name: 'Social Media Manager', profession: 'Marketing', titles: ['social media manager', 'social media specialist', 'social media coordinator', 'social media strategist', 'community manager~0.8'] },

  // --- Sales and customers ---
  { id: 'account-executive', name: 'Account Executive', profession: 'Sales and customers', titles: ['account executive', 'sales executive', 'sales representative', 'inside sales representative', 'outside sales representative', 'sales consultant', 'business development manager~0.8', 'territory sales manager~0.8'] },
  { id: 'sales-development-representative', name: 'Sales Development Representative', profession: 'Sales and customers', titles: ['sales development representative', 'business development representative', 'lead generation specialist'] },
  { id: 'account-manager', name: 'Account Manager', profession: 'Sales and customers', titles: ['account manager', 'key account manager', 'client manager', 'client relationship manager'] },
  { id: 'customer-success-manager', name: 'Customer Success Manager', profession: 'Sales and customers', titles: ['customer success manager', 'customer success specialist', 'client success manager', 'customer success associate'] },
  { id: 'customer-support-specialist', name: 'Customer Support Specialist', profession: 'Sales and customers', titles: ['customer support specialist', 'customer support representative', 'customer support agent', 'customer service representative', 'customer service agent', 'customer service specialist', 'customer care representative', 'call center representative', 'call center agent', 'support specialist~0.8', 'customer support associate'] },
  { id: 'sales-engineer', name: 'Sales Engineer / Solutions Consultant', profession: 'Sales and customers', titles: ['sales engineer', 'presales engineer', 'solutions engineer', 'solutions consultant', 'solution consultant', 'presales consultant'] },

  // --- Finance ---
  { id: 'accountant', name: 'Accountant', profession: 'Finance', titles: ['accountant', 'staff accountant', 'general ledger accountant', 'tax accountant', 'cost accountant', 'accounting specialist', 'accounting associate'] },
  { id: 'bookkeeper', name: 'Bookkeeper / Accounts Payable', profession: 'Finance', titles: ['bookkeeper', 'accounts payable specialist', 'accounts payable clerk', 'accounts receivable specialist', 'accounts receivable clerk', 'accounting clerk', 'billing specialist', 'ap specialist', 'ar specialist'] },
  { id: 'financial-analyst', name: 'Financial Analyst', profession: 'Finance', titles: ['financial analyst', 'finance analyst', 'fpa analyst', 'financial planning analyst', 'corporate finance analyst', 'investment analyst~0.8'] },
  { id: 'auditor', name: 'Auditor', profession: 'Finance', titles: ['auditor', 'internal auditor', 'it auditor', 'external auditor', 'audit associate', 'audit senior', 'audit analyst'] },

  // --- People and HR ---
  { id: 'recruiter', name: 'Recruiter', profession: 'People and HR', titles: ['recruiter', 'technical recruiter', 'talent acquisition specialist', 'talent acquisition partner', 'talent acquisition coordinator', 'recruiting coordinator', 'sourcer', 'talent sourcer'] },
  { id: 'hr-generalist', name: 'HR Generalist / HR Business Partner', profession: 'People and HR', titles: ['hr generalist', 'hr business partner', 'hr manager', 'hr specialist', 'hr coordinator', 'hr associate', 'people partner', 'people operations specialist', 'people operations manager'] },
  { id: 'instructional-designer', name: 'Instructional Designer', profession: 'People and HR', titles: ['instructional designer', 'learning designer', 'elearning developer', 'learning and development specialist', 'training specialist', 'corporate trainer~0.8'] },

  // --- Healthcare ---
  { id: 'registered-nurse', name: 'Registered Nurse', profession: 'Healthcare', titles: ['registered nurse', 'staff nurse', 'nurse', 'charge nurse', 'icu nurse', 'er nurse', 'travel nurse', 'clinical nurse'] },
  { id: 'medical-assistant', name: 'Medical Assistant', profession: 'Healthcare', titles: ['medical assistant', 'certified medical assistant', 'clinical medical assistant', 'patient care technician~0.8'] },
  { id: 'medical-laboratory-scientist', name: 'Medical Laboratory Scientist', profession: 'Healthcare', titles: ['medical laboratory scientist', 'clinical laboratory scientist', 'laboratory scientist', 'medical technologist', 'medical laboratory technician', 'clinical laboratory technician', 'laboratory technologist'] },
  { id: 'medical-coder', name: 'Medical Coder / Biller', profession: 'Healthcare', titles: ['medical coder', 'medical biller', 'medical billing specialist', 'medical coding specialist', 'coding specialist', 'certified coder', 'medical billing and coding specialist'] },
  { id: 'clinical-research-coordinator', name: 'Clinical Research Coordinator', profession: 'Healthcare', titles: ['clinical research coordinator', 'clinical research associate', 'clinical trial coordinator', 'clinical trial associate', 'research coordinator~0.8'] },

  // --- Science ---
  { id: 'research-scientist', name: 'Research Scientist (lab)', profession: 'Science', titles: ['research scientist', 'scientist~0.7', 'research associate', 'postdoctoral researcher', 'postdoc', 'biologist~0.8', 'chemist~0.8', 'immunologist~0.8', 'toxicologist~0.8', 'microbiologist~0.8', 'biochemist~0.8', 'pharmacologist~0.8'] },
  { id: 'environmental-scientist', name: 'Environmental Scientist', profession: 'Science', titles: ['environmental scientist', 'environmental engineer', 'environmental specialist', 'environmental consultant'] },

  // --- Operations ---
  { id: 'operations-manager', name: 'Operations Manager', profession: 'Operations', titles: ['operations manager', 'operations supervisor', 'operations coordinator', 'operations analyst~0.8', 'plant manager~0.8'] },
  { id: 'supply-chain-analyst', name: 'Supply Chain Analyst / Planner', profession: 'Operations', titles: ['supply chain analyst', 'supply chain planner', 'supply chain specialist', 'demand planner', 'inventory analyst', 'materials planner', 'logistics analyst'] },
  { id: 'logistics-coordinator', name: 'Logistics Coordinator', profession: 'Operations', titles: ['logistics coordinator', 'logistics specialist', 'shipping coordinator', 'dispatcher', 'warehouse supervisor', 'warehouse manager'] },
  { id: 'procurement-specialist', name: 'Buyer / Procurement Specialist', profession: 'Operations', titles: ['buyer', 'purchasing agent', 'purchasing specialist', 'procurement specialist', 'procurement analyst', 'sourcing specialist', 'category manager~0.8', 'purchasing manager'] },

  // --- Legal and compliance ---
  { id: 'paralegal', name: 'Paralegal', profession: 'Legal and compliance', titles: ['paralegal', 'legal assistant', 'litigation paralegal', 'corporate paralegal', 'legal secretary~0.8'] },
  { id: 'compliance-analyst', name: 'Compliance Analyst', profession: 'Legal and compliance', titles: ['compliance analyst', 'compliance officer', 'compliance specialist', 'compliance manager', 'privacy analyst', 'aml analyst', 'kyc analyst', 'risk and compliance analyst'] },
  { id: 'attorney', name: 'Attorney', profession: 'Legal and compliance', titles: ['attorney', 'lawyer', 'counsel', 'corporate counsel', 'general counsel', 'legal counsel', 'associate attorney'] },

  // --- Engineering ---
  { id: 'mechanical-engineer', name: 'Mechanical Engineer', profession: 'Engineering', titles: ['mechanical engineer', 'mechanical design engineer', 'design engineer~0.7'] },
  { id: 'electrical-engineer', name: 'Electrical Engineer', profession: 'Engineering', titles: ['electrical engineer', 'electronics engineer', 'hardware engineer', 'controls engineer', 'electrical design engineer'] },
  { id: 'civil-engineer', name: 'Civil Engineer', profession: 'Engineering', titles: ['civil engineer', 'structural engineer', 'geotechnical engineer', 'transportation engineer'] },

  // --- Administration and writing ---
  { id: 'administrative-assistant', name: 'Administrative / Executive Assistant', profession: 'Administration and writing', titles: ['administrative assistant', 'executive assistant', 'office administrator', 'office assistant', 'receptionist', 'administrative coordinator', 'office manager~0.8'] },
  { id: 'technical-writer', name: 'Technical Writer', profession: 'Administration and writing', titles: ['technical writer', 'documentation engineer', 'technical documentation engineer', 'documentation specialist', 'api writer', 'technical editor'] },
];

const byId = new Map(ROLES.map((r) => [r.id, r]));

/** A role by id, or undefined for an id this version does not know. */
export function roleById(id: string): Role | undefined {
  return byId.get(id);
}
