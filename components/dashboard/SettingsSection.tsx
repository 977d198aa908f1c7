import { useId } from 'react';
import { useSkillGap } from '@/components/popup/skillgap-context';
import { useStoredValue } from '@/components/popup/use-stored-value';
import { SITE_ADAPTERS } from '@/lib/extract/sites/index';
import { DAY_CHOICES } from '@/lib/model/settings';
import { DEFAULT_OVERLAY_PREFS, overlayPrefsSchema, overlayPrefsStorage } from '@/lib/storage/overlay-storage';
import { parseStored } from '@/lib/storage/items';
import { syncStatusStorage } from '@/lib/storage/sync-status-storage';

const parsePrefs = (v: unknown) => parseStored(overlayPrefsSchema, v, DEFAULT_OVERLAY_PREFS, 'overlay preferences');
// The background writes the status; anything but a string is shown as nothing.
const parseStatus = (v: unknown) => (typeof v === 'string' ? v : '');

/** The threshold, soft skills, the suggestions window, and the sites where the overlay is hidden. */
export function SettingsSection() {
  const { settings, saveSettings } = useSkillGap();
  const prefs = useStoredValue(overlayPrefsStorage, parsePrefs);
  const syncStatus = useStoredValue(syncStatusStorage, parseStatus);
  const id = useId();
  return (
    <>
      <section aria-labelledby={`${id}-match`}>
        <h3 id={`${id}-match`}>Matching</h3>
        <label className="stack">
          <span>A good fit from <output htmlFor={`${id}-threshold`}>{settings.threshold}%</output> of a posting’s skills (required ones count twice)</span>
          <input
            id={`${id}-threshold`}
            type="range"
            min={10}
            max={100}
            step={5}
            value={settings.threshold}
            onChange={(e) => void saveSettings({ ...settings, threshold: Number(e.target.value) })}
          />
        </label>
        <label className="check">
          <input type="checkbox" checked={settings.countSoftSkills} onChange={(e) => void saveSettings({ ...settings, countSoftSkills: e.target.checked })} />
          Count soft skills (communication, teamwork) as gaps
        </label>
        <label>
          “What to learn next” looks at postings viewed in the last{' '}
          <select value={settings.recentWindowDays} onChange={(e) => void saveSettings({ ...settings, recentWindowDays: Number(e.target.value) })}>
            {DAY_CHOICES.map((d) => <option key={d} value={d}>{d} days</option>)}
          </select>
        </label>
      </section>
      <section aria-labelledby={`${id}-sync`}>
        <h3 id={`${id}-sync`}>Sync</h3>
        <label className="check">
          <input type="checkbox" checked={settings.syncProfile} onChange={(e) => void saveSettings({ ...settings, syncProfile: e.target.checked })} />
          Keep my skill profile in this browser’s own sync storage, so it follows me to my other browsers
        </label>
        <p className="muted">
          Only the skills and levels are synced, by the browser’s account sync; saved and viewed postings stay here.
          {settings.syncProfile && syncStatus && <span role="status"> {syncStatus}</span>}
        </p>
      </section>
      <section aria-labelledby={`${id}-sites`}>
        <h3 id={`${id}-sites`}>Sites</h3>
        <p className="muted">SkillGap reads postings on {SITE_ADAPTERS.length} job sites: {SITE_ADAPTERS.map((a) => a.name).join(", ")}.</p>
        {prefs && prefs.hiddenSites.length > 0 ? (
          <ul className="hidden-sites" aria-label="Sites where the overlay is hidden">
            {prefs.hiddenSites.map((host) => (
              <li key={host}>
                {host}
                <button type="button" onClick={() => void overlayPrefsStorage.setValue({ ...prefs, hiddenSites: prefs.hiddenSites.filter((h) => h !== host) })}>
                  Show SkillGap here again
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">The overlay is shown on every supported site. Hide it on a site from its panel.</p>
        )}
      </section>
    </>
  );
}
