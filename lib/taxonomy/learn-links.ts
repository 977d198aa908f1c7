import type { Skill } from './types';

/** Where to learn a skill: official documentation or a free course, opened only when the person clicks. */
export interface LearnLink {
  url: string;
  label: string;
}

/**
 * Curated links for the skills postings ask for most, one line each: `id | label | url`. Official
 * tutorials and free courses only; nothing here is ever fetched by the extension.
 */
const CURATED = `
python | Python tutorial (python.org) | https://docs.python.org/3/tutorial/
`;

let curated: Map<string, LearnLink> | undefined;

/** The curated links, parsed once. */
export function curatedLearnLinks(): ReadonlyMap<string, LearnLink> {
  if (!curated) {
    curated = new Map();
    for (const line of CURATED.split('\n')) {
      const [id, label, url] = line.split('|').map((s) => s.trim());
      if (id && label && url) curated.set(id, { url, label });
    }
  }
  return curated;
}

/** Where to learn a skill: the curated link, or else a Wikipedia search for its name. */
export function learnLinkFor(skill: Pick<Skill, 'id' | 'name'>): LearnLink {
  return curatedLearnLinks().get(skill.id) ?? {
    url: `https://en.wikipedia.org/w/index.php?search=${encodeURIComponent(skill.name)}`,
    label: `Read about ${skill.name} on Wikipedia`,
  };
}
