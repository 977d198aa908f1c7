import { describe, expect, it } from 'vitest';
import { isBoilerplate } from '@/lib/skills/boilerplate';
import { findSkills } from '@/lib/skills/skill-engine';

const ids = (text: string) => findSkills(text).map((m) => m.id);

describe('employer and agency boilerplate yields no skills', () => {
  it.each([
    ['an equal-opportunity statement', 'Acme is an equal opportunity employer. We hire regardless of race, religion, disability, payroll history or veteran status.', 'payroll', 'payroll'],
    ['a non-discrimination list', 'It is a fundamental principle at Acme not to discriminate on any basis including age, race, accounting background, religion or sex.', 'accounting', 'accounting'],
    ['an EEO line with its slashes', 'EEO Affirmative Action Employer/Vets/Disabled, payroll staff included.', 'payroll', 'payroll'],
    ['a pay-transparency note', 'The actual hiring rate is dependent upon several factors, including the terms of the applicable collective bargaining agreement, education and training.', 'labor-relations', 'collective bargaining'],
    ['a salary range', 'For applicants in New York the base salary range is $85,000 - $100,000 per year plus Salesforce commission.', 'salesforce', 'Salesforce'],
    ['a staffing agency blurb', 'We offer contract, temporary and permanent placement solutions for finance and accounting, technology, marketing and creative roles.', 'accounting', 'accounting'],
    ['a recruiting firm', 'Robert Half is the world’s largest specialized talent solutions firm, placing accounting and payroll professionals.', 'payroll', 'payroll'],
    ['an accommodation notice', 'Applicants who need a reasonable accommodation to use Salesforce during the application process should contact us.', 'salesforce', 'Salesforce'],
    ['an E-Verify notice', 'Acme participates in E-Verify and will provide the federal government with your Form I-9 and Excel records.', 'microsoft-excel', 'Excel'],
    ['a "statistics show" note', 'Statistics show that women apply only when they meet 100% of the qualifications, so apply even without every Salesforce certificate.', 'salesforce', 'Salesforce'],
  ])('%s', (_name, sentence, id, term) => {
    // The same words asked for as a requirement are found, so the test fails if the skill is simply unknown.
    expect(ids(`Requirements: ${term} experience.`)).toContain(id);
    expect(ids(sentence)).not.toContain(id);
  });

  it('keeps the requirements around the boilerplate', () => {
    const text = ['Requirements', '• 3+ years of payroll processing with ADP Workforce Now.', 'Acme is an equal opportunity employer.'].join('\n');
    expect(ids(text)).toEqual(expect.arrayContaining(['payroll', 'adp']));
  });

  it.each([
    'Requirements: knowledge of EEO compliance and affirmative action plans.',
    'Experience with payroll, benefits and compensation administration.',
    'You will research competitors and report on trends.',
    'You strive to learn techniques where BERT/ELMo are not just Sesame Street© characters.',
  ])('does not take a requirement about the same topics for boilerplate: %s', (sentence) => {
    expect(isBoilerplate(sentence)).toBe(false);
  });

  it('finds HR skills an HR posting asks for, though they name equal opportunity', () => {
    expect(ids('Requirements: knowledge of EEO compliance and affirmative action plans.')).toEqual(expect.arrayContaining(['eeo-compliance', 'affirmative-action-plans']));
  });
});
