import { describe, expect, it } from 'vitest';
import { findSkills } from '@/lib/skills/skill-engine';

const levelOf = (text: string, id: string) => findSkills(text).find((m) => m.id === id)?.requirement;

describe('bullets whose line breaks were lost are read as separate bullets', () => {
  it('splits before a word that opens a qualification ("experienceMust have")', () => {
    const text = 'Requirements\nMust have 5+ years of payroll experienceMust have experience with ADP Workforce Now and knowledge of Excel is a plus';
    // Glued, the trailing "is a plus" would cover the whole run and turn payroll preferred. (A skill glued at
    // its end, "ADP Workforce NowFamiliarity", is still not matched: the matcher reads folded text.)
    expect(levelOf(text, 'payroll')).toBe('required');
    expect(levelOf(text, 'microsoft-excel')).toBe('preferred');
  });

  it('splits at a full stop with no space before a capitalised word ("preferred.Minimum")', () => {
    const text = 'Qualifications\nOne year of experience with Epic required.Coursework in medical terminology is a plus.';
    expect(levelOf(text, 'epic-systems')).toBe('required');
    expect(levelOf(text, 'medical-terminology')).toBe('preferred');
  });

  it('keeps camel-case product names whole', () => {
    const ids = findSkills('Requirements: JavaScript, PowerShell and QuickBooks experience.').map((m) => m.id);
    expect(ids).toEqual(expect.arrayContaining(['javascript', 'powershell', 'quickbooks']));
  });

  it('reads a level heading in the middle of a line ("Essential: … Desirable: …")', () => {
    const text = 'Essential: Registered with the NMC, 3 years of experience in angiography Desirable: ILS certificate, IV cannulation';
    expect(levelOf(text, 'nmc-registration')).toBe('required');
    expect(levelOf(text, 'ils')).toBe('preferred');
  });
});
