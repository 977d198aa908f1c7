import { useLiveQuery } from 'dexie-react-hooks';
import { progressRepo, WATCHLIST_SUBJECT } from '@/lib/db/progress-repo';
import { explainSuggestion, type Suggestion } from '@/lib/match/suggest-next-skills';
import { withSkill } from '@/lib/profile/profile';
import { learnLinkFor } from '@/lib/taxonomy/learn-links';
import { useSkillGap } from './skillgap-context';
import { useSuggestions } from './use-suggestions';

const EFFORT_LABEL = { d: 'days to learn', w: 'weeks to learn', m: 'months to learn' } as const;
const DAY = 86_400_000;
const shortDate = (t: number) => new Date(t).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });

/** "What to learn next": ranked suggestions, each explained, and the skills being learned. */
export function LearnNextTab({ limit = 10 }: { limit?: number }) {
  const { db, profile, settings, byId, saveProfile } = useSkillGap();
  const report = useSuggestions(limit);
  const history = useLiveQuery(() => progressRepo(db).series(WATCHLIST_SUBJECT), [db]);
  if (!report) return <p className="empty" role="status">Working out what to learn next…</p>;
  const { considered } = report;
  if (considered.total === 0) {
    return (
      <section aria-labelledby="learn-heading">
        <h2 id="learn-heading">What to learn next</h2>
        <p className="empty">Browse a few job postings with SkillGap on, or save some: suggestions come from the postings you look at.</p>
      </section>
    );
  }
  const first = history?.[0];
  const item = (s: Suggestion, learning: boolean) => {
    const skill = byId.get(s.id);
    const link = skill ? learnLinkFor(skill) : undefined;
    return (
      <li key={s.id} data-skill={s.id} className="suggestion">
        <div className="suggestion-head">
          <span className="name">{s.name}</span>
          {s.effort && <span className="effort">{EFFORT_LABEL[s.effort]}</span>}
        </div>
        <p className="why">{explainSuggestion(s, considered, settings.threshold)}</p>
        {learning && s.startedAt !== undefined && (
          <p className="since">Learning since {shortDate(s.startedAt)} ({Math.max(0, Math.floor((Date.now() - s.startedAt) / DAY))} days)</p>
        )}
        <div className="actions">
          {link && (
            <a href={link.url} target="_blank" rel="noreferrer noopener" aria-label={`${link.label} (opens a new tab)`}>{link.label}</a>
          )}
          {learning ? (
            <button type="button" onClick={() => void saveProfile(withSkill(profile, s.id, 'working'), `Marked ${s.name} as learned`)}>I know it now</button>
          ) : (
            <button type="button" className="primary" onClick={() => void saveProfile(withSkill(profile, s.id, 'learning'), `Started learning ${s.name}`)}>
              Start learning
            </button>
          )}
        </div>
      </li>
    );
  };
  return (
    <section aria-labelledby="learn-heading">
      <h2 id="learn-heading">What to learn next</h2>
      <p className="muted" data-testid="learn-basis">
        From {considered.viewed} {considered.viewed === 1 ? 'posting' : 'postings'} you viewed in the last {settings.recentWindowDays} days
        {' '}and {considered.saved} saved.
        {considered.saved > 0 && ` Saved jobs match ${report.saved.meanPercent}% on average`}
        {considered.saved > 0 && first && first.value !== report.saved.meanPercent && ` (${first.value}% on ${shortDate(first.week)})`}
        {considered.saved > 0 && '.'}
      </p>
      {report.suggestions.length === 0 ? (
        <p className="empty">You have every skill these postings ask for. Nothing to suggest.</p>
      ) : (
        <ol className="suggestions-list" aria-label="Suggested skills, best first">{report.suggestions.map((s) => item(s, false))}</ol>
      )}
      {report.learning.length > 0 && (
        <>
          <h3>Learning now</h3>
          <ul className="suggestions-list" aria-label="Skills you are learning">{report.learning.map((s) => item(s, true))}</ul>
        </>
      )}
    </section>
  );
}
