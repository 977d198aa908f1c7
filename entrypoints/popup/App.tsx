import { browser } from '#imports';
import { lazy, Suspense } from 'react';
import { POPUP_TABS } from '@/components/popup/popup-tabs';
import { usePopupStore } from '@/components/popup/popup-store';
import { SaveErrorLine } from '@/components/popup/SaveErrorLine';
import { SkillGapProvider } from '@/components/popup/skillgap-context';
import { Tabs } from '@/components/popup/Tabs';

// The line about the active tab's site reads the site adapters' URL patterns: loaded after the first paint.
const SiteAccessControl = lazy(() => import('@/components/site-access/SiteAccess').then((m) => ({ default: m.SiteAccessControl })));

/** The popup: a header with the tabs of POPUP_TABS, the active tab, and a way to the dashboard. */
export function App() {
  const tab = usePopupStore((s) => s.tab);
  const setTab = usePopupStore((s) => s.setTab);
  const active = POPUP_TABS.find((t) => t.id === tab) ?? POPUP_TABS[0];
  if (!active) return null; // POPUP_TABS is never empty; nothing to show if it ever were.
  return (
    <main className="popup">
      <header>
        <h1>SkillGap</h1>
        <Tabs tabs={POPUP_TABS} active={active.id} onSelect={setTab} label="SkillGap sections" />
      </header>
      <Suspense fallback={null}>
        <SiteAccessControl />
      </Suspense>
      <SaveErrorLine />
      <SkillGapProvider deferLoading>
        <div role="tabpanel" id={`panel-${active.id}`} aria-labelledby={`tab-${active.id}`} tabIndex={0}>
          <Suspense fallback={<p className="empty" role="status">Loading…</p>}>{active.render()}</Suspense>
        </div>
      </SkillGapProvider>
      <footer>
        <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Open the dashboard: full watchlist, insights, export and import
        </button>
      </footer>
    </main>
  );
}
