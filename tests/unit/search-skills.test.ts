import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '@/lib/taxonomy/load-taxonomy';
import { searchSkills } from '@/lib/taxonomy/search-skills';

const taxonomy = loadTaxonomy();
const top = (q: string) => searchSkills(taxonomy, q, 5).map((s) => s.skill.id);

describe('skill autocomplete', () => {
  it.each([
    ['k8s', 'kubernetes'],
    ['postgres', 'postgresql'],
    ['Python', 'python'],
    ['google an', 'google-analytics'],
    ['ms excel', 'microsoft-excel'],
    ['quickb', 'quickbooks'],
  ])('puts %s first as %s', (q, id) => {
    expect(top(q)[0]).toBe(id);
  });

  it('says which alias matched', () => {
    expect(searchSkills(taxonomy, 'k8s', 1)[0]?.matchedAlias?.toLowerCase()).toBe('k8s');
  });

  it('returns nothing for an empty query and at most the limit', () => {
    expect(searchSkills(taxonomy, '  ')).toEqual([]);
    expect(searchSkills(taxonomy, 'a', 8).length).toBeLessThanOrEqual(8);
  });
});
