import { useEffect, useState } from 'react';
import { SaveErrorLine } from '@/components/popup/SaveErrorLine';
import { SkillGapProvider } from '@/components/popup/skillgap-context';
import { DASHBOARD_SECTIONS } from './dashboard-sections';

const sectionFromHash = () => {
  const id = location.hash.slice(1);
  return DASHBOARD_SECTIONS.some((s) => s.id === id) ? id : DASHBOARD_SECTIONS[0].id;
};

/** The dashboard (the options page, in a full tab): side navigation over DASHBOARD_SECTIONS. */
export function Dashboard() {
  const [active, setActive] = useState(sectionFromHash);
  useEffect(() => {
    const onHash = () => setActive(sectionFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const section = DASHBOARD_SECTIONS.find((s) => s.id === active)!;
  return (
    <div className="dashboard">
      <nav aria-label="Dashboard sections">
        <p className="brand">SkillGap</p>
        <ul>
          {DASHBOARD_SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`} aria-current={s.id === active ? 'page' : undefined}>{s.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main aria-labelledby="section-heading">
        <h1 id="section-heading">{section.label}</h1>
        {section.intro && <p className="intro">{section.intro}</p>}
        <SaveErrorLine />
        <SkillGapProvider>
          {section.render()}
        </SkillGapProvider>
      </main>
    </div>
  );
}
