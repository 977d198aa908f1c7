import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/extract/read-page';
import { findSkills } from '@/lib/skills/skill-engine';

const load = (file: string) => parseHTML(readFileSync(join(import.meta.dirname, '../fixtures/greenhouse', file), 'utf8')).document as unknown as Document;

describe('Greenhouse pages', () => {
  it.each([
    ['classic-backend-engineer.html', 'https://boards.greenhouse.io/northwindlogistics/jobs/4012345?gh_src=abc', 'Senior Backend Engineer', 'Northwind Logistics', 'Chicago, IL (Hybrid)', 'greenhouse:4012345'],
    ['job-boards-marketing-manager.html', 'https://job-boards.greenhouse.io/brightleaffoods/jobs/5098765', 'Growth Marketing Manager', 'Brightleaf Foods', 'Remote - US', 'greenhouse:5098765'],
    ['job-boards-data-analyst.html', 'https://job-boards.greenhouse.io/harborhealth/jobs/5124680', 'Data Analyst, Clinical Operations', 'Harbor Health', 'Boston, MA', 'greenhouse:5124680'],
  ])('reads %s', (file, url, title, company, location, key) => {
    const page = readPage(load(file), new URL(url));
    expect(page).toMatchObject({ site: 'greenhouse', kind: 'posting' });
    expect(page.posting).toMatchObject({ title, company, location, key });
    expect(page.posting!.url).not.toContain('gh_src');
    expect(page.posting!.anchor?.textContent?.trim()).toBe(title);
    expect(page.posting!.text.length).toBeGreaterThan(1500);
  });

  it('takes the job id from an embedded gh_jid, so a company-site embed is the same posting', () => {
    const page = readPage(load('classic-backend-engineer.html'), new URL('https://boards.greenhouse.io/northwindlogistics?gh_jid=4012345'));
    expect(page.posting?.key).toBe('greenhouse:4012345');
  });

  it('says a board index is not a posting', () => {
    expect(readPage(load('classic-board-index.html'), new URL('https://boards.greenhouse.io/northwindlogistics')).kind).toBe('none');
  });

  it('finds the skills a careful reader lists, at their levels', () => {
    const posting = readPage(load('classic-backend-engineer.html'), new URL('https://boards.greenhouse.io/northwindlogistics/jobs/4012345')).posting!;
    const found = new Map(findSkills(posting.text).map((m) => [m.id, m.requirement]));
    for (const id of ['python', 'go', 'postgresql', 'docker', 'kubernetes', 'aws']) expect(found.get(id), id).toBe('required');
    for (const id of ['terraform', 'graphql', 'rust']) expect(found.get(id), id).toBe('preferred');
    expect(found.has('react')).toBe(false);
    expect(found.has('spring')).toBe(false);
  });

  it('keeps a map from the text back to the page, so evidence can be pointed at', () => {
    const doc = load('job-boards-data-analyst.html');
    const posting = readPage(doc, new URL('https://job-boards.greenhouse.io/harborhealth/jobs/5124680')).posting!;
    const tableau = findSkills(posting.text).find((m) => m.id === 'tableau')!;
    const { nodes, starts } = posting.textMap!;
    const i = starts.findLastIndex((s) => s <= tableau.start);
    const nodeStart = starts[i] ?? Number.NaN;
    expect(nodes[i]?.data.slice(tableau.start - nodeStart, tableau.end - nodeStart)).toBe('Tableau');
  });
});
