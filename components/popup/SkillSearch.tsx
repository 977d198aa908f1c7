import { useId, useMemo, useState } from 'react';
import { searchSkills } from '@/lib/taxonomy/search-skills';
import type { TaxonomyData } from '@/lib/model/skill';
import { CATEGORIES } from '@/lib/model/skill';

interface Props {
  /** The taxonomy; undefined while it loads, when nothing is offered yet. */
  taxonomy: TaxonomyData | undefined;
  /** Ids already in the profile, shown as such. */
  have: ReadonlySet<string>;
  onAdd(id: string): void;
}

/** A combobox over the taxonomy's names and aliases: type, arrow to a suggestion, Enter to add. */
export function SkillSearch({ taxonomy, have, onAdd }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const suggestions = useMemo(() => (taxonomy ? searchSkills(taxonomy, query, 8) : []), [taxonomy, query]);
  const choose = (index: number) => {
    const s = suggestions[index];
    if (!s) return;
    onAdd(s.skill.id);
    setQuery('');
    setActive(0);
  };
  return (
    <div className="skill-search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">Add a skill</label>
      <input
        id={`${listId}-input`}
        role="combobox"
        aria-expanded={suggestions.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={suggestions.length ? `${listId}-${active}` : undefined}
        placeholder="Add a skill: Python, k8s, Google Ads…"
        value={query}
        autoComplete="off"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, suggestions.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            choose(active);
          } else if (e.key === 'Escape') setQuery('');
        }}
      />
      {suggestions.length > 0 && (
        <ul id={listId} role="listbox" className="suggestions" aria-label="Matching skills">
          {suggestions.map((s, i) => (
            <li
              key={s.skill.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(i);
              }}
            >
              <span className="name">{s.skill.name}</span>
              {s.matchedAlias && <span className="alias"> ({s.matchedAlias})</span>}
              <span className="category">{have.has(s.skill.id) ? 'in your profile' : CATEGORIES[s.skill.category]}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
