import { extractSkills } from '@/lib/skills/extract-skills';
import type { SkillMatcher } from '@/lib/skills/compile-matcher';
import { foldTerm } from '@/lib/taxonomy/fold-text';
import type { Skill } from '@/lib/model/skill';
import type { Profile } from '@/lib/model/profile';

/** A skill found in pasted text, offered with a checkbox before anything is added. */
export interface ProposedSkill {
  id: string;
  name: string;
  category: Skill['category'];
  /** Years stated next to it ("5 years of Python"), offered as the starting value. */
  years?: number;
  /** The words as they stood in the text. */
  found: string;
  /** Already in the profile: shown, but not offered again. */
  inProfile: boolean;
  /** Checked at first: hard skills yes, soft skills no (resumes list them loosely). */
  checked: boolean;
}

/** Longest line still taken as one list item ("Python · 12 endorsements" is; a sentence is not). */
const LIST_ITEM_MAX = 60;

/**
 * Skills found in a resume or a LinkedIn skills list. The engine reads the text as it reads postings;
 * besides, a short line that is exactly a skill's name or alias counts, because a bare list ("Go",
 * "R") gives the engine none of the context it needs to accept an ambiguous word.
 */
export function proposeSkillsFromText(text: string, matcher: SkillMatcher, profile: Profile): ProposedSkill[] {
  const have = new Set(profile.skills.map((s) => s.id));
  const out = new Map<string, ProposedSkill>();
  const add = (skill: Skill, found: string, years?: number) => {
    if (out.has(skill.id)) return;
    out.set(skill.id, {
      id: skill.id,
      name: skill.name,
      category: skill.category,
      ...(years !== undefined ? { years } : {}),
      found,
      inProfile: have.has(skill.id),
      checked: !have.has(skill.id) && skill.category !== 'soft',
    });
  };
  for (const m of extractSkills(matcher, text)) {
    const skill = matcher.byId.get(m.id);
    if (skill) add(skill, m.text, m.years);
  }
  const terms = termIndex(matcher);
  for (const raw of text.split(/\r?\n|[•·|;]/)) {
    const line = raw.replace(/\(?\d+\s+endorsements?\)?/i, '').replace(/^[\s\-*–—]+|[\s,.]+$/g, '');
    if (!line || line.length > LIST_ITEM_MAX) continue;
    const skill = terms.get(foldTerm(line));
    if (skill) add(skill, line);
  }
  return [...out.values()];
}

const termIndexes = new WeakMap<SkillMatcher, Map<string, Skill>>();

/** Every folded name and alias to its skill; names win over another skill's alias. */
function termIndex(matcher: SkillMatcher): Map<string, Skill> {
  let index = termIndexes.get(matcher);
  if (index) return index;
  index = new Map();
  for (const skill of matcher.taxonomy.skills) index.set(foldTerm(skill.name), skill);
  for (const skill of matcher.taxonomy.skills) {
    for (const alias of skill.aliases) {
      const key = foldTerm(alias);
      if (!index.has(key)) index.set(key, skill);
    }
  }
  termIndexes.set(matcher, index);
  return index;
}
