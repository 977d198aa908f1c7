import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeTitle, titleKey, titleMatchesKey, titleMatchesRole } from '@/lib/goals/normalize-title';
import { ROLES } from '@/lib/goals/roles';

interface Labelled {
  title: string;
  role: string | null;
}
const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/titles/real-titles.json'), 'utf8')) as { titles: Labelled[] };
const roleIds = new Set(ROLES.map((r) => r.id));

describe('title normalisation over real titles', () => {
  it('has at least 100 distinct real titles, each labelled with a known role or null', () => {
    expect(fixture.titles.length).toBeGreaterThanOrEqual(100);
    expect(new Set(fixture.titles.map((t) => t.title)).size).toBe(fixture.titles.length);
    for (const t of fixture.titles) if (t.role !== null) expect(roleIds, t.title).toContain(t.role);
    // Not a one-role fixture: several roles and titles that fit none.
    expect(new Set(fixture.titles.map((t) => t.role)).size).toBeGreaterThanOrEqual(10);
    expect(fixture.titles.filter((t) => t.role === null).length).toBeGreaterThanOrEqual(20);
  });

  it.each(fixture.titles.map((t) => [t.title, t.role] as const))('%s → %s', (title, role) => {
    const n = normalizeTitle(title);
    expect(n.roleId).toBe(role);
    if (role) {
      expect(n.confidence).toBeGreaterThanOrEqual(0.4);
      expect(titleMatchesRole(title, role)).toBe(true);
    } else expect(n.candidates).toEqual([]);
  });
});

describe('title normalisation over variants across professions', () => {
  it.each([
    ['Sr. Software Developer', 'software-engineer'],
    ['Software Development Engineer II', 'software-engineer'],
    ['SWE Intern (Summer 2026)', 'software-engineer'],
    ['Programmer Analyst', 'software-engineer'],
    ['Front End Developer', 'frontend-developer'],
    ['Front-end Engineer - React', 'frontend-developer'],
    ['Senior Frontend Engineer (Remote)', 'frontend-developer'],
    ['React Developer', 'frontend-developer'],
    ['Back-End Developer, Payments', 'backend-developer'],
    ['Java Developer', 'backend-developer'],
    ['.NET Developer', 'backend-developer'],
    ['C# Developer', 'backend-developer'],
    ['Node.js Developer', 'backend-developer'],
    ['Full-Stack Developer', 'full-stack-developer'],
    ['Full Stack Software Engineer', 'full-stack-developer'],
    ['iOS Developer', 'mobile-developer'],
    ['Android Engineer - Kotlin', 'mobile-developer'],
    ['Dev Ops Engineer', 'devops-engineer'],
    ['DevOps Engineer III - Hybrid', 'devops-engineer'],
    ['Site Reliability Engineer (SRE)', 'site-reliability-engineer'],
    ['SRE II', 'site-reliability-engineer'],
    ['SDET', 'qa-engineer'],
    ['QA Engineer', 'qa-engineer'],
    ['Test Automation Engineer (Selenium)', 'qa-engineer'],
    ['Software Development Engineer in Test', 'qa-engineer'],
    ['Cloud Engineer (AWS)', 'cloud-engineer'],
    ['Cyber Security Analyst', 'security-analyst'],
    ['Firmware Engineer', 'embedded-software-engineer'],
    ['Help Desk Technician', 'it-support-specialist'],
    ['Engineering Manager, Platform', 'engineering-manager'],
    ['ML Engineer', 'machine-learning-engineer'],
    ['Acme Corp - Data Engineer', 'data-engineer'],
    ['Data Engineer at Acme', 'data-engineer'],
    ['UX/UI Designer', 'ux-designer'],
    ['Senior Product Designer', 'ux-designer'],
    ['Graphic Designer', 'graphic-designer'],
    ['Product Manager, Growth', 'product-manager'],
    ['Sr. PM - Payments', 'product-manager'],
    ['Senior Product Owner', 'product-manager'],
    ['Product Marketing Manager', 'product-marketing-manager'],
    ['Sr. Product Marketing Mgr, Developer Tools', 'product-marketing-manager'],
    ['PMM - Enterprise', 'product-marketing-manager'],
    ['Marketing Mgr', 'marketing-manager'],
    ['Marketing Manager - Product', 'marketing-manager'],
    ['Digital Marketing Specialist', 'digital-marketing-manager'],
    ['SEO Specialist (Contract)', 'seo-specialist'],
    ['Social Media Coordinator', 'social-media-manager'],
    ['Copywriter', 'content-marketing-manager'],
    ['Account Executive, Mid-Market', 'account-executive'],
    ['SDR', 'sales-development-representative'],
    ['Business Development Representative', 'sales-development-representative'],
    ['Customer Success Manager', 'customer-success-manager'],
    ['Customer Service Representative', 'customer-support-specialist'],
    ['Solutions Engineer', 'sales-engineer'],
    ['Staff Accountant', 'accountant'],
    ['Senior Accountant - Hybrid', 'accountant'],
    ['Accounts Payable Specialist', 'bookkeeper'],
    ['FP&A Analyst', 'financial-analyst'],
    ['Internal Auditor', 'auditor'],
    ['Technical Recruiter (Contract)', 'recruiter'],
    ['Human Resources Business Partner', 'hr-generalist'],
    ['RN - Med/Surg - Nights', 'registered-nurse'],
    ['Registered Nurse (RN) ICU', 'registered-nurse'],
    ['Travel ICU Nurse', 'registered-nurse'],
    ['Certified Medical Assistant', 'medical-assistant'],
    ['Medical Coder - Remote', 'medical-coder'],
    ['Clinical Research Coordinator II', 'clinical-research-coordinator'],
    ['Buyer', 'procurement-specialist'],
    ['Compliance Officer', 'compliance-analyst'],
    ['Corporate Counsel', 'attorney'],
    ['Executive Assistant to the CEO', 'administrative-assistant'],
    ['Director of Engineering', null],
    ['Head of Data Science', null],
    ['Growth Hacker', null],
    ['Barista', null],
  ])('%s → %s', (title, role) => {
    expect(normalizeTitle(title).roleId).toBe(role);
  });
});

describe('what normalisation keeps and how sure it is', () => {
  it('strips seniority, places and contract terms from the key', () => {
    expect(normalizeTitle('Sr. Python Developer (W2 Only) (San Francisco) at Raas Infotek San Francisco, CA').key).toBe('python engineer');
    expect(normalizeTitle('Data Engineer 4 - Contract (Remote)').key).toBe('data engineer');
    expect(titleKey('Senior Growth Hacker II (Remote)')).toBe('growth hacker');
  });

  it('is surest for a plain title and less sure for a loose one', () => {
    expect(normalizeTitle('Data Scientist').confidence).toBe(1);
    const loose = normalizeTitle('Senior Data Scientist Oncology');
    expect(loose.roleId).toBe('data-scientist');
    expect(loose.confidence).toBeLessThan(0.9);
  });

  it('lists every role a title names, best first', () => {
    const n = normalizeTitle('Data Scientist/ML Engineer');
    expect(n.candidates.map((c) => c.roleId)).toEqual(['data-scientist', 'machine-learning-engineer']);
    expect(titleMatchesRole('Data Scientist/ML Engineer', 'machine-learning-engineer')).toBe(true);
    expect(titleMatchesRole('Data Scientist/ML Engineer', 'data-analyst')).toBe(false);
  });

  it('names no role for a title that manages a function, even when a role word is in it', () => {
    for (const title of ['Director, Data Science', 'Data Science Manager', 'Senior Manager, Epidemiologic Data Scientist']) {
      expect(normalizeTitle(title).roleId, title).toBeNull();
      expect(titleMatchesRole(title, 'data-scientist'), title).toBe(false);
    }
  });

  it('matches an own title word for word inside a posting title', () => {
    expect(titleMatchesKey('Senior Growth Hacker - Remote', 'growth hacker')).toBe(true);
    expect(titleMatchesKey('Growth Marketing Hacker', 'growth hacker')).toBe(false);
    expect(titleMatchesKey('Anything', '')).toBe(false);
  });
});
