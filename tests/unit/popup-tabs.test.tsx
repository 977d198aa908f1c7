// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LearnNextTab } from '@/components/popup/LearnNextTab';
import { usePopupStore } from '@/components/popup/popup-store';
import { ProfileTab } from '@/components/popup/ProfileTab';
import { SaveErrorLine } from '@/components/popup/SaveErrorLine';
import { SkillGapProvider } from '@/components/popup/skillgap-context';
import { WatchlistView } from '@/components/popup/WatchlistView';
import { SkillGapDatabase } from '@/lib/db/database';
import type { PostingSnapshot, SavedSkill } from '@/lib/model/posting';
import { seenRepo } from '@/lib/db/seen-repo';
import { watchlistRepo } from '@/lib/db/watchlist-repo';
import type { Profile } from '@/lib/model/profile';
import { profileStorage } from '@/lib/storage/items';
import { App } from '@/entrypoints/popup/App';

const skill = (id: string, name: string, requirement: SavedSkill['requirement'] = 'required'): SavedSkill => ({ id, name, category: 'lang', requirement, evidence: `${name}.` });
const posting = (key: string, title: string, company: string, skills: SavedSkill[]): PostingSnapshot => ({
  key, url: `https://boards.greenhouse.io/x/jobs/${key.length}`, site: 'greenhouse', title, company, location: 'Remote', text: `${title} text`, skills,
});
const profile = (...ids: [string, Profile['skills'][number]['level']][]): Profile => ({ skills: ids.map(([id, level]) => ({ id, level, updatedAt: 1 })) });

let db: SkillGapDatabase;
beforeEach(() => {
  db = new SkillGapDatabase(`popup-${Math.random()}`);
  usePopupStore.setState({ tab: 'profile', lastChange: null, saveError: '' });
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

const renderIn = (ui: React.ReactNode) => render(<SkillGapProvider db={db}>{ui}</SkillGapProvider>);

describe('the profile tab', () => {
  it('lists the skills, adds one by an alias from the keyboard, and undoes the change', async () => {
    await profileStorage.setValue(profile(['sql', 'strong']));
    renderIn(<ProfileTab />);
    // The taxonomy (curated and generated layers, about 15,800 skills) takes longer than findBy's 1 s default to load here.
    expect(await screen.findByRole('heading', { name: 'Your skills (1)' }, { timeout: 4000 })).toBeTruthy();
    const input = screen.getByRole('combobox', { name: 'Add a skill' });
    fireEvent.change(input, { target: { value: 'k8s' } });
    const option = await screen.findByRole('option', { name: /Kubernetes/ });
    expect(option.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(async () => expect((await profileStorage.getValue()).skills.map((s) => s.id)).toEqual(['sql', 'kubernetes']));
    expect(await screen.findByRole('heading', { name: 'Your skills (2)' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Added Kubernetes.Undo');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await profileStorage.getValue()).skills.map((s) => s.id)).toEqual(['sql']));
    expect(await screen.findByRole('heading', { name: 'Your skills (1)' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('says so when the browser has no room left, and keeps the profile as it was', async () => {
    await profileStorage.setValue(profile(['sql', 'strong'], ['go', 'working']));
    renderIn(<><SaveErrorLine /><ProfileTab /></>);
    const write = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    fireEvent.click(await screen.findByRole('button', { name: 'Remove SQL' }));
    expect((await screen.findByRole('alert')).textContent).toContain('no room left for SkillGap’s data: this change was not saved');
    expect((await profileStorage.getValue()).skills.map((s) => s.id)).toEqual(['sql', 'go']);
    write.mockRestore();
    // The next save works and the message goes.
    fireEvent.click(screen.getByRole('button', { name: 'Remove SQL' }));
    await waitFor(async () => expect((await profileStorage.getValue()).skills.map((s) => s.id)).toEqual(['go']));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('changes a level and removes a skill', async () => {
    await profileStorage.setValue(profile(['sql', 'strong'], ['go', 'working']));
    renderIn(<ProfileTab />);
    fireEvent.change(await screen.findByRole('combobox', { name: 'Level for Go' }), { target: { value: 'expert' } });
    await waitFor(async () => expect((await profileStorage.getValue()).skills.find((s) => s.id === 'go')?.level).toBe('expert'));
    fireEvent.click(screen.getByRole('button', { name: 'Remove SQL' }));
    await waitFor(async () => expect((await profileStorage.getValue()).skills.map((s) => s.id)).toEqual(['go']));
  });

  it('proposes skills from pasted text with checkboxes and adds only the ticked ones', async () => {
    await profileStorage.setValue(profile(['sql', 'strong']));
    renderIn(<ProfileTab />);
    fireEvent.change(await screen.findByLabelText('Paste your resume or your LinkedIn skills (one per line)'), { target: { value: 'Python\nSQL\nKubernetes · 4 endorsements\nTableau' } });
    fireEvent.click(screen.getByRole('button', { name: 'Find skills' }));
    const group = await screen.findByRole('group', { name: /^Found 4 skills/ });
    expect((within(group).getByRole('checkbox', { name: /SQL/ }) as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Tableau' }));
    fireEvent.click(within(group).getByRole('button', { name: 'Add 2 skills' }));
    await waitFor(async () => expect((await profileStorage.getValue()).skills.map((s) => s.id)).toEqual(['sql', 'python', 'kubernetes']));
    expect(await screen.findByText('Added 2 skills to your profile.')).toBeTruthy();
  });
});

describe('the learn-next tab', () => {
  it('ranks suggestions from the postings kept and starts learning one', async () => {
    await profileStorage.setValue(profile(['docker', 'working']));
    const w = watchlistRepo(db, { profileIds: async () => ['docker'] });
    await w.save(posting('a:1', 'Platform Engineer', 'Initech', [skill('kubernetes', 'Kubernetes'), skill('docker', 'Docker')]));
    await seenRepo(db).record({ ...posting('a:2', 'SRE', 'Hooli', [skill('go', 'Go'), skill('kubernetes', 'Kubernetes', 'preferred')]), text: undefined } as never);
    renderIn(<LearnNextTab />);
    const list = await screen.findByRole('list', { name: 'Suggested skills, best first' });
    const items = within(list).getAllByRole('listitem');
    // Kubernetes: (2 required + 1 preferred + 3 for the saved job it completes) × 1.5 (close to Docker) = 9.
    // Go: 2 (required once; alone it lifts the viewed posting only to 2/3 = 67%).
    expect(items.map((li) => li.querySelector('.name')?.textContent)).toEqual(['Kubernetes', 'Go']);
    expect(items[0]?.querySelector('.why')?.textContent).toBe(
      'Required in 1, preferred in 1, of 2 postings you viewed or saved; learning it would put 1 saved job at 80% or more; close to your Docker',
    );
    expect(within(items[0]!).getByRole('link').getAttribute('href')).toBe('https://kubernetes.io/docs/tutorials/');
    fireEvent.click(within(items[0]!).getByRole('button', { name: 'Start learning' }));
    await waitFor(async () => expect((await profileStorage.getValue()).skills.find((s) => s.id === 'kubernetes')?.level).toBe('learning'));
    const learning = await screen.findByRole('list', { name: 'Skills you are learning' });
    expect(within(learning).getByText('Kubernetes')).toBeTruthy();
  });

  it('says what to do when no posting was viewed or saved', async () => {
    renderIn(<LearnNextTab />);
    expect(await screen.findByText(/Browse a few job postings with SkillGap on, or save some/)).toBeTruthy();
  });
});

describe('the watchlist tab', () => {
  it('shows scores that follow the profile, gaps closed, and filters and changes status', async () => {
    await profileStorage.setValue(profile(['python', 'working']));
    const w = watchlistRepo(db, { profileIds: async () => ['python'] });
    await w.save(posting('a:1', 'Data Engineer', 'Acme', [skill('python', 'Python'), skill('sql', 'SQL'), skill('aws', 'AWS', 'preferred')]), 1000);
    await w.save(posting('a:2', 'Analyst', 'Globex', [skill('sql', 'SQL')]), 2000);
    renderIn(<WatchlistView />);
    const list = await screen.findByRole('list', { name: 'Saved postings' });
    const card = () => within(list).getByText('Data Engineer').closest('li')!;
    // Python 2/2 of 5 weighted → 40%; sorted by match first.
    expect(within(list).getAllByRole('link').map((a) => a.textContent)).toEqual(['Data Engineer', 'Analyst']);
    expect(within(card()).getByTestId('watchlist-match').textContent).toBe('Required 1/2 · Preferred 0/1 · 40%');
    await act(async () => profileStorage.setValue(profile(['python', 'working'], ['postgresql', 'working'])));
    // PostgreSQL covers SQL: 4/5 = 80%, one gap closed since saving.
    await waitFor(() => expect(within(card()).getByTestId('watchlist-match').textContent).toBe('Required 2/2 · Preferred 0/1 · 80%'));
    expect(within(card()).getByTestId('gaps-closed').textContent).toBe('1 gap closed since you saved this');
    fireEvent.change(within(card()).getByRole('combobox', { name: 'Status of Data Engineer' }), { target: { value: 'rejected' } });
    await waitFor(async () => expect((await w.get('a:1'))?.status).toBe('rejected'));
    // Rejected postings leave the default "open" view.
    await waitFor(() => expect(within(list).queryByText('Data Engineer')).toBeNull());
    fireEvent.change(screen.getByRole('combobox', { name: 'Show' }), { target: { value: 'all' } });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter by title, company or place' }), { target: { value: 'acme' } });
    await waitFor(() => expect(within(list).getAllByRole('link').map((a) => a.textContent)).toEqual(['Data Engineer']));
  });
});

describe('the popup', () => {
  it('switches tabs from POPUP_TABS with the keyboard', async () => {
    await profileStorage.setValue(profile());
    render(<App />);
    const profileTab = await screen.findByRole('tab', { name: 'Profile' });
    expect(profileTab.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(profileTab, { key: 'End' });
    expect(screen.getByRole('tab', { name: 'Watchlist' }).getAttribute('aria-selected')).toBe('true');
    // The panel shows once the profile, settings and skill names are in (the names are a chunk of their own,
    // about 16,000 of them with the generated layer: longer than findBy's 1 s default on a busy machine).
    expect((await screen.findByRole('tabpanel', undefined, { timeout: 4000 })).getAttribute('aria-labelledby')).toBe('tab-watchlist');
    expect(await screen.findByText(/No saved postings yet/)).toBeTruthy();
  });
});
