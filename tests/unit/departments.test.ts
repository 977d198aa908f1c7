import { describe, expect, it } from 'vitest';
import { findSkills } from '@/lib/skills/skill-engine';

const ids = (text: string) => findSkills(text).map((m) => m.id);

// A field's name used for a group of people or a business is not a skill the job asks for; the same
// name asked for, or a way of working the team follows, still is. Sentences modelled on real postings.
describe('names of teams, departments and businesses', () => {
  it.each([
    ['Partner with Product Management and Engineering to understand customer requirements.', 'product-management'],
    ['Partner with Data Science, Infrastructure, ML Engineering, and Product teams to architect systems.', 'data-science'],
    ['Contact the general procurement/human resources department for approval.', 'procurement'],
    ['Hamilton Porter is a technical recruiting firm that partners with companies of every size.', 'technical-recruiting'],
    ['Join our Data Science team and build models with Python.', 'data-science'],
    ['Collaborate with Marketing to launch campaigns in HubSpot.', 'marketing'],
    ['The analyst works with Supply Chain and Accounts Payable departments.', 'accounts-payable'],
  ])('does not count the group in: %s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });

  it.each([
    ['3+ years of experience in Product Management or related functions.', 'product-management'],
    ['Strong Product Management skills and a record of shipping.', 'product-management'],
    ['Assist with project management and team leadership.', 'project-management'],
    ['Experience working on a Scrum team in a CI/CD environment.', 'scrum'],
    ['Experience with Agile and Scrum teams.', 'agile'],
    ['Tools: Confluence, Trello, Team Foundation Server.', 'trello'],
    ['Experience working with Python and Django.', 'python'],
    ['Join the Python team and write Django services.', 'python'],
    ['An understanding of data warehouse organization and ETL.', 'data-warehousing'],
  ])('still counts the skill in: %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});
