import { useId, useState } from 'react';
import type { ProposedSkill } from '@/lib/profile/propose-from-text';
import { withSkills } from '@/lib/profile/profile';
import { useSkillGap } from './skillgap-context';

/** Paste a resume or a LinkedIn skills list; tick the skills found; add them. */
export function TextImport() {
  const { profile, saveProfile } = useSkillGap();
  const id = useId();
  const [text, setText] = useState('');
  const [proposed, setProposed] = useState<ProposedSkill[] | null>(null);
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [done, setDone] = useState<string>('');

  const find = async () => {
    // The skill engine is loaded on first use: the popup opens without it.
    const [{ sharedMatcher }, { proposeSkillsFromText }] = await Promise.all([import('@/lib/skills/skill-engine'), import('@/lib/profile/propose-from-text')]);
    const found = proposeSkillsFromText(text, sharedMatcher(), profile);
    setProposed(found);
    setChecked(new Set(found.filter((p) => p.checked).map((p) => p.id)));
    setDone('');
  };
  const add = async () => {
    if (!proposed) return;
    const chosen = proposed.filter((p) => checked.has(p.id) && !p.inProfile);
    await saveProfile(withSkills(profile, chosen.map((p) => ({ id: p.id, level: 'working', ...(p.years !== undefined ? { years: p.years } : {}) }))), `Added ${chosen.length} ${chosen.length === 1 ? 'skill' : 'skills'} from text`);
    setDone(`Added ${chosen.length} ${chosen.length === 1 ? 'skill' : 'skills'} to your profile.`);
    setProposed(null);
    setText('');
  };
  const toAdd = proposed?.filter((p) => checked.has(p.id) && !p.inProfile).length ?? 0;

  return (
    <details className="text-import">
      <summary>Import from a resume or a skills list</summary>
      <label htmlFor={`${id}-text`}>Paste your resume or your LinkedIn skills (one per line)</label>
      <textarea id={`${id}-text`} rows={5} value={text} onChange={(e) => setText(e.target.value)} />
      <button type="button" onClick={() => void find()} disabled={!text.trim()}>Find skills</button>
      {done && <p role="status" className="note">{done}</p>}
      {proposed && (
        <fieldset className="proposed">
          <legend>{proposed.length ? `Found ${proposed.length} ${proposed.length === 1 ? 'skill' : 'skills'}: tick the ones to add` : 'No skills found in that text.'}</legend>
          {proposed.length > 0 && (
            <ul>
              {proposed.map((p) => (
                <li key={p.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={p.inProfile || checked.has(p.id)}
                      disabled={p.inProfile}
                      onChange={(e) => {
                        const next = new Set(checked);
                        if (e.target.checked) next.add(p.id);
                        else next.delete(p.id);
                        setChecked(next);
                      }}
                    />
                    {p.name}
                    {p.years !== undefined && <span className="muted"> · {p.years} years</span>}
                    {p.inProfile && <span className="muted"> · in your profile</span>}
                  </label>
                </li>
              ))}
            </ul>
          )}
          {proposed.length > 0 && (
            <button type="button" className="primary" onClick={() => void add()} disabled={toAdd === 0}>
              Add {toAdd} {toAdd === 1 ? 'skill' : 'skills'}
            </button>
          )}
        </fieldset>
      )}
    </details>
  );
}
