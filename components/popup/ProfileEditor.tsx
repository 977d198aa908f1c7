import { useEffect, useMemo, useState } from 'react';
import { SKILL_LEVEL_LABELS, skillLevelSchema, type SkillLevel } from '@/lib/model/profile';
import { withSkill, withoutSkill, withYears } from '@/lib/profile/profile';
import { loadedTaxonomyIndex, loadTaxonomyIndex, useSkillGap } from './skillgap-context';
import { SkillSearch } from './SkillSearch';

/** The person's skills: add with autocomplete over names and aliases, set the level and years, remove. */
export function ProfileEditor() {
  const { profile, saveProfile, nameOf } = useSkillGap();
  // Autocomplete needs the whole taxonomy: loaded once the skills are on screen, not before.
  const [taxonomy, setTaxonomy] = useState(() => loadedTaxonomyIndex()?.taxonomy);
  useEffect(() => {
    if (!taxonomy) void loadTaxonomyIndex().then((index) => setTaxonomy(index.taxonomy));
  }, [taxonomy]);
  const have = useMemo(() => new Set(profile.skills.map((s) => s.id)), [profile]);
  const sorted = useMemo(() => [...profile.skills].sort((a, b) => nameOf(a.id).localeCompare(nameOf(b.id))), [profile, nameOf]);
  return (
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">Your skills ({profile.skills.length})</h2>
      <SkillSearch
        taxonomy={taxonomy}
        have={have}
        onAdd={(id) => void saveProfile(withSkill(profile, id, profile.skills.find((s) => s.id === id)?.level ?? 'working'), `Added ${nameOf(id)}`)}
      />
      {sorted.length === 0 ? (
        <p className="empty">Add the skills you have. Job pages then show what each posting asks for that you lack.</p>
      ) : (
        <ul className="profile-skills" aria-label="Skills in your profile">
          {sorted.map((ps) => {
            const name = nameOf(ps.id);
            return (
              <li key={ps.id} data-skill={ps.id}>
                <span className="name">{name}</span>
                <select
                  aria-label={`Level for ${name}`}
                  value={ps.level}
                  onChange={(e) => void saveProfile(withSkill(profile, ps.id, e.target.value as SkillLevel), `Changed ${name} to ${SKILL_LEVEL_LABELS[e.target.value as SkillLevel].toLowerCase()}`)}
                >
                  {skillLevelSchema.options.map((level) => (
                    <option key={level} value={level}>{SKILL_LEVEL_LABELS[level]}</option>
                  ))}
                </select>
                <input
                  className="years"
                  type="number"
                  min={0}
                  max={70}
                  step={0.5}
                  inputMode="decimal"
                  aria-label={`Years of ${name}`}
                  placeholder="yrs"
                  defaultValue={ps.years ?? ''}
                  key={`${ps.id}-${ps.years ?? ''}`}
                  onBlur={(e) => {
                    const raw = e.target.value.trim();
                    const years = raw === '' ? undefined : Number(raw);
                    if (years !== undefined && (!Number.isFinite(years) || years < 0 || years > 70)) {
                      e.target.value = String(ps.years ?? '');
                      return;
                    }
                    if (years !== ps.years) void saveProfile(withYears(profile, ps.id, years), `Set years of ${name}`);
                  }}
                  onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
                />
                <button type="button" className="remove" aria-label={`Remove ${name}`} onClick={() => void saveProfile(withoutSkill(profile, ps.id), `Removed ${name}`)}>
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
