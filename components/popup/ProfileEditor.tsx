import { useMemo } from 'react';
import { SKILL_LEVEL_LABELS, skillLevelSchema, withSkill, withoutSkill, type Profile, type SkillLevel } from '@/lib/profile/profile';
import type { Skill, TaxonomyData } from '@/lib/taxonomy/types';
import { SkillSearch } from './SkillSearch';

interface Props {
  taxonomy: TaxonomyData;
  byId: ReadonlyMap<string, Skill>;
  profile: Profile;
  onChange(next: Profile): void;
}

/** The person's skills: add with autocomplete, change the level, remove. */
export function ProfileEditor({ taxonomy, byId, profile, onChange }: Props) {
  const have = useMemo(() => new Set(profile.skills.map((s) => s.id)), [profile]);
  const sorted = useMemo(
    () => [...profile.skills].sort((a, b) => (byId.get(a.id)?.name ?? a.id).localeCompare(byId.get(b.id)?.name ?? b.id)),
    [profile, byId],
  );
  return (
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">Your skills ({profile.skills.length})</h2>
      <SkillSearch taxonomy={taxonomy} have={have} onAdd={(id) => onChange(withSkill(profile, id))} />
      {sorted.length === 0 ? (
        <p className="empty">Add the skills you have. Job pages then show what each posting asks for that you lack.</p>
      ) : (
        <ul className="profile-skills" aria-label="Skills in your profile">
          {sorted.map((ps) => {
            const name = byId.get(ps.id)?.name ?? ps.id;
            return (
              <li key={ps.id} data-skill={ps.id}>
                <span className="name">{name}</span>
                <select
                  aria-label={`Level for ${name}`}
                  value={ps.level}
                  onChange={(e) => onChange(withSkill(profile, ps.id, e.target.value as SkillLevel))}
                >
                  {skillLevelSchema.options.map((level) => (
                    <option key={level} value={level}>{SKILL_LEVEL_LABELS[level]}</option>
                  ))}
                </select>
                <button type="button" className="remove" aria-label={`Remove ${name}`} onClick={() => onChange(withoutSkill(profile, ps.id))}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
