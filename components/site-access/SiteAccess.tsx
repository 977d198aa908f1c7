import { browser } from '#imports';
import { useEffect, useState } from 'react';
import { sendRequest } from '@/lib/messaging/send';
import { siteAccessFor, type SiteAccess } from '@/lib/site-access/site-access';
import { overlayPrefsStorage, readOverlayPrefs } from '@/lib/storage/overlay-storage';

/**
 * The popup's line about the active tab's site: SkillGap runs here; or it can be enabled here (asking the
 * browser for that one origin, as an optional permission); or the badge is hidden here and can come back.
 */
export function SiteAccessControl() {
  const [access, setAccess] = useState<SiteAccess>({ kind: 'unavailable' });
  const [tabId, setTabId] = useState<number>();
  const [message, setMessage] = useState('');

  const refresh = async () => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    setTabId(tab?.id);
    let granted = false;
    try {
      granted = tab?.url ? await browser.permissions.contains({ origins: [`${new URL(tab.url).origin}/*`] }) : false;
    } catch {
      granted = false;
    }
    setAccess(siteAccessFor(tab?.url, granted, (await readOverlayPrefs()).hiddenSites));
  };
  useEffect(() => {
    void refresh();
  }, []);

  const unhide = async (host: string) => {
    const prefs = await readOverlayPrefs();
    await overlayPrefsStorage.setValue({ ...prefs, hiddenSites: prefs.hiddenSites.filter((h) => h !== host) });
    await refresh();
  };

  const enable = async (origin: string) => {
    // The request must come straight from the click, before any other await.
    const granted = await browser.permissions.request({ origins: [`${origin}/*`] });
    if (!granted) {
      setMessage('Not enabled: the permission was not given.');
      return;
    }
    try {
      await sendRequest({ type: 'site:enable', origin, tabId });
      setMessage('Enabled: SkillGap now reads postings on this site.');
    } catch (err) {
      setMessage(`Could not enable it: ${err instanceof Error ? err.message : String(err)}`);
    }
    await refresh();
  };

  const disable = async (origin: string) => {
    await sendRequest({ type: 'site:disable', origin }).catch(() => undefined);
    await browser.permissions.remove({ origins: [`${origin}/*`] });
    setMessage('SkillGap no longer runs on this site.');
    await refresh();
  };

  if (access.kind === 'unavailable') return null;
  return (
    <div className="site-access" role="status" aria-live="polite">
      {access.kind === 'supported' && <span>Runs on {access.site}.</span>}
      {access.kind === 'enabled' && (
        <>
          <span>Enabled on {access.host}.</span>{' '}
          <button type="button" className="link" onClick={() => void disable(access.origin)}>Disable</button>
        </>
      )}
      {access.kind === 'available' && (
        <button type="button" className="enable-site" onClick={() => void enable(access.origin)}>
          Enable SkillGap on this site
        </button>
      )}
      {(access.kind === 'supported' || access.kind === 'enabled') && access.hidden && (
        <>
          {' '}
          <button type="button" className="link" onClick={() => void unhide(access.host)}>Show the badge here again</button>
        </>
      )}
      {message && <p className="site-access-message">{message}</p>}
    </div>
  );
}
