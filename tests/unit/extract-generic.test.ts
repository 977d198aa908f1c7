import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/extract/read-page';

const load = (file: string) => parseHTML(readFileSync(join(import.meta.dirname, '../fixtures/generic', file), 'utf8')).document as unknown as Document;

describe('the generic reader, for sites the person enabled', () => {
  it('reads a careers page no adapter knows, with a confidence', () => {
    const page = readPage(load('company-careers-posting.html'), new URL('https://www.fernhilldairy.example/careers/payroll-specialist?utm_source=x'));
    expect(page.kind).toBe('posting');
    expect(page.site).toBeNull();
    expect(page.posting).toMatchObject({ title: 'Payroll Specialist', company: 'Fernhill Dairy', key: 'www.fernhilldairy.example:/careers/payroll-specialist' });
    expect(page.posting!.confidence).toBeGreaterThanOrEqual(0.6);
    expect(page.posting!.text).toContain('Requirements');
    expect(page.posting!.anchor?.tagName).toBe('H1');
  });

  it('does not take a blog post for a posting', () => {
    expect(readPage(load('company-blog-post.html'), new URL('https://www.fernhilldairy.example/blog/cheddar')).kind).toBe('none');
  });
});
