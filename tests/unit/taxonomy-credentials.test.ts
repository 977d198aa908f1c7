import { describe, expect, it } from 'vitest';
import { findSkills } from '@/lib/skills/skill-engine';

const ids = (text: string) => findSkills(text).map((m) => m.id);
const levelOf = (text: string, id: string) => findSkills(text).find((m) => m.id === id)?.requirement;

describe('credentials, licences and registrations are skills, with their spellings', () => {
  it.each([
    ['rn-license', 'Requirements: current RN license in the state of Oregon.'],
    ['lpn-license', 'Requirements: active LPN license or LVN license.'],
    ['nmc-registration', 'Essential: registered with the NMC with a live NMC PIN.'],
    ['rgn', 'Requirements: Registered General Nurse (RGN).'],
    ['bls', 'Requirements: Basic Cardiac Life Support (BCLS) certification.'],
    ['acls', 'Requirements: Advanced Cardiac Life Support certification.'],
    ['pals', 'Requirements: PALS certification within 90 days of hire.'],
    ['ils', 'Desirable: ILS certificate.'],
    ['cpa', 'Requirements: CPA required.'],
    ['acca', 'Requirements: ACCA or CIMA qualified.'],
    ['cdl', 'Requirements: valid Class A CDL with a clean driving record.'],
    ['hgv-licence', 'Requirements: LGV Class 1 licence.'],
    ['driver-cpc', 'Requirements: valid Driver CPC card and tachograph card.'],
    ['forklift-certification', 'Requirements: forklift certified, or willing to be.'],
    ['osha-30', 'Requirements: OSHA 30-Hour card.'],
    ['cscs-card', 'Requirements: valid CSCS card.'],
    ['bs-7671', 'Requirements: 18th Edition Wiring Regulations.'],
    ['city-and-guilds', 'Requirements: City & Guilds Level 3 in Electrical Installation.'],
    ['nvq', 'Requirements: NVQ Level 3 or equivalent.'],
    ['qts', 'Requirements: Qualified Teacher Status.'],
    ['pgce', 'Requirements: PGCE or equivalent teaching qualification.'],
    ['bar-admission', 'Requirements: member in good standing of the State Bar of California.'],
    ['servsafe', 'Requirements: ServSafe Manager certification.'],
    ['food-hygiene-certificate', 'Requirements: Level 2 Food Hygiene certificate.'],
    ['gas-safe', 'Requirements: Gas Safe registered engineer.'],
    ['epa-608', 'Requirements: EPA 608 Universal certification.'],
    ['journeyman-electrician-license', 'Requirements: Journeyman Electrician License.'],
    ['master-plumber-license', 'Requirements: Master Plumber License.'],
    ['pe-license', 'Requirements: Professional Engineer (PE) license.'],
    ['registered-architect', 'Requirements: licensed architect.'],
  ])('%s', (id, sentence) => {
    expect(ids(sentence)).toContain(id);
    expect(levelOf(sentence, id)).not.toBe('mentioned');
  });

  it('reads the level a trade posting states: "RN license required", "NVQ Level 3 or equivalent" under Essential', () => {
    expect(levelOf('Qualifications\n• RN license required.', 'rn-license')).toBe('required');
    expect(levelOf('Essential: NVQ Level 3 or equivalent Desirable: ILS certificate', 'nvq')).toBe('required');
    expect(levelOf('Essential: NVQ Level 3 or equivalent Desirable: ILS certificate', 'ils')).toBe('preferred');
  });

  it.each([
    ['"PE" as physical education or private equity', 'You will teach PE to year 7 pupils and advise our private equity clients.', 'pe-license'],
    ['"ILS" as a landing system', 'The airport installed a new ILS on runway 27 last spring.', 'ils'],
    ['"CPA" as cost per acquisition', 'We track CPA and ROAS across paid channels every week.', 'cpa'],
  ])('does not take %s for the credential', (_name, sentence, id) => {
    expect(ids(sentence)).not.toContain(id);
  });
});
