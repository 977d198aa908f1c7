import { describe, expect, it } from 'vitest';
import { findSkills, sharedMatcher } from '@/lib/skills/skill-engine';

const ids = (text: string) => findSkills(text).map((m) => m.id);

// A field's name used for a group of people or a business is not a skill the job asks for; the same
// name asked for, or a way of working the team follows, still is. Sentences modelled on real postings.
const groupNames: [string, string][] = [
  ['Partner with Product Management and Engineering to understand customer requirements.', 'product-management'],
  ['Partner with Data Science, Infrastructure, ML Engineering, and Product teams to architect systems.', 'data-science'],
  ['Contact the general procurement/human resources department for approval.', 'procurement'],
  ['Hamilton Porter is a technical recruiting firm that partners with companies of every size.', 'technical-recruiting'],
  ['Join our Data Science team and build models with Python.', 'data-science'],
  ['Collaborate with Product Marketing to launch campaigns in HubSpot.', 'product-marketing'],
  ['Work closely with the Digital Marketing team to launch campaigns in HubSpot.', 'digital-marketing'],
  ['The analyst works with Supply Chain and Accounts Payable departments.', 'accounts-payable'],
];
const skillsAskedFor: [string, string][] = [
  ['3+ years of experience in Product Management or related functions.', 'product-management'],
  ['Strong Product Management skills and a record of shipping.', 'product-management'],
  ['3+ years of experience in Product Marketing.', 'product-marketing'],
  ['Experience in digital marketing and SEO.', 'digital-marketing'],
  ['Assist with project management and team leadership.', 'project-management'],
  ['Experience working on a Scrum team in a CI/CD environment.', 'scrum'],
  ['Experience with Agile and Scrum teams.', 'agile'],
  ['Tools: Confluence, Trello, Team Foundation Server.', 'trello'],
  ['Experience working with Python and Django.', 'python'],
  ['Join the Python team and write Django services.', 'python'],
  ['An understanding of data warehouse organization and ETL.', 'data-warehousing'],
];

describe('names of teams, departments and businesses', () => {
  // "Does not count X" passes for any X the taxonomy lacks, so every id here must be a real skill.
  it('names only skills the taxonomy has', () => {
    const { byId } = sharedMatcher();
    expect([...groupNames, ...skillsAskedFor].map(([, id]) => id).filter((id) => !byId.has(id))).toEqual([]);
  });

  it.each(groupNames)('does not count the group in: %s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });

  it('still finds the real skills in the sentences that name a group', () => {
    expect(ids('Collaborate with Product Marketing to launch campaigns in HubSpot.')).toContain('hubspot');
    expect(ids('Join our Data Science team and build models with Python.')).toContain('python');
  });

  it.each(skillsAskedFor)('still counts the skill in: %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});
