import { describe, expect, it } from 'vitest';
import { registrationId, siteAccessFor } from '@/lib/site-access/site-access';

describe('what the popup offers for the active tab', () => {
  it.each([
    ['chrome://extensions', false, 'unavailable'],
    [undefined, false, 'unavailable'],
    ['https://www.linkedin.com/jobs/view/123/', false, 'supported'],
    ['https://acme.wd1.myworkdayjobs.com/Ext/job/R1', false, 'supported'],
    ['https://careers.fernhilldairy.example/jobs/7', false, 'available'],
    ['https://careers.fernhilldairy.example/jobs/7', true, 'enabled'],
  ])('%s (granted: %s) → %s', (url, granted, kind) => {
    expect(siteAccessFor(url, granted, []).kind).toBe(kind);
  });

  it('says when the badge is hidden on a site, and gives the origin to ask for', () => {
    expect(siteAccessFor('https://boards.greenhouse.io/acme/jobs/1', false, ['boards.greenhouse.io'])).toMatchObject({ kind: 'supported', hidden: true, site: 'Greenhouse' });
    expect(siteAccessFor('https://careers.example.org/a?b=c', false, [])).toMatchObject({ kind: 'available', origin: 'https://careers.example.org' });
  });

  it('names registrations by origin', () => {
    expect(registrationId('https://careers.example.org')).toBe('site-https-careers-example-org');
  });
});
