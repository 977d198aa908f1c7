import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/extract/read-page';
import { ashbyRoutes } from '../fixtures/ashby/routes';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const urlOf = (file: string) => ashbyRoutes.find((r) => r.file === `ashby/${file}`)!.url;

function load(file: string): Document {
  return parseHTML(readFileSync(join(FIXTURES, 'ashby', file), 'utf8')).document as unknown as Document;
}
function read(file: string, url = urlOf(file)) {
  return readPage(load(file), new URL(url));
}

const ID = '8d2f4b61-3c7e-4a95-b0d8-6e1f2a3b4c5d';
const POSTING = {
  title: 'Senior Security Engineer',
  company: 'Beacon Ledger',
  location: 'Remote (US)',
  key: `ashby:${ID}`,
  url: `https://jobs.ashbyhq.com/beaconledger/${ID}`,
};

describe('Ashby posting', () => {
  it('reads the rendered posting', () => {
    const page = read('posting-security-engineer.html', `${urlOf('posting-security-engineer.html')}?utm_source=linkedin`);
    expect(page).toMatchObject({ site: 'ashby', kind: 'posting', cards: [] });
    const p = page.posting!;
    expect(p).toMatchObject({ ...POSTING, confidence: 0.95 });
    expect(p.text.split('\n')).toEqual(expect.arrayContaining(["What we're looking for", 'Nice to have']));
    expect(p.text).toContain('Deep knowledge of AWS security services (IAM, GuardDuty, CloudTrail, KMS, Security Hub).');
    // The description only: not the left-pane facts or the apply button.
    expect(p.text).not.toMatch(/Employment Type|Apply for this Job|Offers Equity/);
    expect(p.anchor?.tagName).toBe('H1');
    expect(p.textMap?.nodes.length).toBeGreaterThan(10);
  });

  it('reads the data Ashby embeds before its app has rendered', () => {
    const doc = load('posting-security-engineer.html');
    doc.querySelector('#root')!.replaceChildren();
    const p = readPage(doc, new URL(urlOf('posting-security-engineer.html'))).posting!;
    expect(p).toMatchObject({ ...POSTING, confidence: 0.85 });
    expect(p.text).toContain('Proficiency in Python or Go.');
    expect(p.anchor).toBeUndefined();
  });

  it('keeps the posting and its key on the Application tab, next to the heading', () => {
    const page = read('application-security-engineer.html');
    expect(page.kind).toBe('posting');
    expect(page.posting).toMatchObject(POSTING);
    expect(page.posting!.text.split('\n')).toContain("What you'll do");
    expect(page.posting!.text).not.toMatch(/Submit Application|LinkedIn Profile/);
    expect(page.posting!.anchor?.textContent).toBe('Senior Security Engineer');
  });
});

describe('Ashby board', () => {
  it('reads the job board as cards', () => {
    const page = read('board-beacon-ledger.html');
    expect(page.kind).toBe('list');
    expect(page.cards).toHaveLength(9);
    expect(page.cards[0]).toMatchObject({ ...POSTING, snippet: '' });
    expect(page.cards[5]).toMatchObject({
      key: 'ashby:5e6f7a8b-9c0d-4e1f-8a3b-4c5d6e7f8091',
      title: 'Technical Support Specialist',
      location: 'Omaha, NE',
    });
    expect(page.cards[5]?.element.tagName).toBe('A');
    expect(page.cards[5]?.anchor?.textContent).toBe('Technical Support Specialist');
  });

  it('takes card places from the details line when the embedded data is missing', () => {
    const doc = load('board-beacon-ledger.html');
    for (const s of doc.querySelectorAll('script')) s.remove();
    const page = readPage(doc, new URL(urlOf('board-beacon-ledger.html')));
    expect(page.cards.map((c) => c.location)).toEqual(['Remote (US)', 'Remote (US)', 'Denver, CO', 'Remote (US)', 'Remote (US)', 'Omaha, NE', 'Omaha, NE', 'Denver, CO', 'Remote (US)']);
    expect(page.cards[0]?.company).toBe('Beacon Ledger');
  });
});

describe('Ashby pages that are not postings', () => {
  it('reads a closed posting as none', () => {
    expect(read('closed-posting.html')).toMatchObject({ site: 'ashby', kind: 'none', cards: [] });
  });
});
