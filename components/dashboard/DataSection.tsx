import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useSkillGap } from '@/components/popup/skillgap-context';
import { backupRepo } from '@/lib/db/backup-repo';
import { applyImport, currentData } from '@/lib/export/apply-import';
import { collectExport } from '@/lib/export/collect-export';
import { eraseEverything } from '@/lib/export/erase-everything';
import { isStorageFull, STORAGE_FULL_SENTENCE } from '@/lib/storage/storage-failure';
import { exportFileName, type ExportDoc, type ExportScope } from '@/lib/export/export-format';
import { describePlan, planImport, type ImportMode } from '@/lib/export/import-plan';
import { parseExport } from '@/lib/export/parse-export';
import { storagePersonStore } from '@/lib/export/storage-person-store';
import { DAY_CHOICES } from '@/lib/model/settings';
import { downloadText } from './download';

const SCOPE_LABEL: Record<ExportScope, string> = { profile: 'your skill profile', watchlist: 'your saved postings', everything: 'everything' };

/** Export, import (with a preview and a backup), backups, erase everything, and how long viewed postings are kept. */
export function DataSection() {
  const { db, nameOf, settings, saveSettings } = useSkillGap();
  const id = useId();
  const [pending, setPending] = useState<{ doc: ExportDoc; fromVersion: number; fileName: string } | null>(null);
  const [mode, setMode] = useState<ImportMode>('merge');
  const [plan, setPlan] = useState<string[]>([]);
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);
  const [confirmErase, setConfirmErase] = useState(false);
  const backups = useLiveQuery(() => backupRepo(db).list(), [db]);

  const exportScope = async (scope: ExportScope) => {
    const doc = await collectExport(db, storagePersonStore, scope);
    downloadText(exportFileName(scope, doc.exportedAt), JSON.stringify(doc, null, 2), 'application/json');
  };
  const preview = async (doc: ExportDoc, m: ImportMode) => {
    setPlan(describePlan(planImport(doc, await currentData(db, storagePersonStore), m), nameOf));
  };
  const onFile = async (file: File | undefined) => {
    setError('');
    setDone('');
    setPending(null);
    if (!file) return;
    const parsed = parseExport(await file.text());
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    setPending({ doc: parsed.doc, fromVersion: parsed.fromVersion, fileName: file.name });
    await preview(parsed.doc, mode);
  };
  const apply = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      const { backupId } = await applyImport(db, storagePersonStore, pending.doc, mode);
      setDone(`Imported ${pending.fileName}.${backupId !== undefined ? ' What you had before is kept as a backup below.' : ''}`);
      setPending(null);
    } catch (err) {
      setError(isStorageFull(err) ? STORAGE_FULL_SENTENCE : `The import failed and nothing was changed in your saved postings: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(false);
    }
  };
  const restore = async (backupId: number) => {
    const backup = await backupRepo(db).get(backupId);
    const parsed = backup ? parseExport(backup.json) : { ok: false as const, message: 'That backup is gone.' };
    if (!parsed.ok) {
      setError(`The backup cannot be restored: ${parsed.message}`);
      return;
    }
    await applyImport(db, storagePersonStore, parsed.doc, 'replace');
    setDone(`Restored the backup of ${new Date(backup!.takenAt).toLocaleString()}. What you had just before is kept as a backup too.`);
  };

  return (
    <>
      <section aria-labelledby={`${id}-export`}>
        <h3 id={`${id}-export`}>Export</h3>
        <p className="muted">A JSON file you can keep, or import into SkillGap in another browser.</p>
        <div className="button-row">
          <button type="button" onClick={() => void exportScope('profile')}>Export the profile</button>
          <button type="button" onClick={() => void exportScope('everything')}>Export everything</button>
        </div>
      </section>

      <section aria-labelledby={`${id}-import`}>
        <h3 id={`${id}-import`}>Import</h3>
        <label className="file">
          Choose a SkillGap export file
          <input type="file" accept="application/json,.json" onChange={(e) => { void onFile(e.target.files?.[0]); e.target.value = ''; }} />
        </label>
        {error && <p role="alert" className="error" data-testid="import-error">{error}</p>}
        {done && <p role="status" className="note" data-testid="import-done">{done}</p>}
        {pending && (
          <div className="import-preview" data-testid="import-preview">
            <p>
              <strong>{pending.fileName}</strong> holds {SCOPE_LABEL[pending.doc.scope]}, exported {new Date(pending.doc.exportedAt).toLocaleString()}
              {pending.fromVersion !== pending.doc.version ? ` (an older format, version ${pending.fromVersion}, read and brought up to date)` : ''}.
            </p>
            <fieldset>
              <legend>How to import it</legend>
              <label><input type="radio" name={`${id}-mode`} checked={mode === 'merge'} onChange={() => { setMode('merge'); void preview(pending.doc, 'merge'); }} /> Merge: add what the file has, keep the rest</label>
              <label><input type="radio" name={`${id}-mode`} checked={mode === 'replace'} onChange={() => { setMode('replace'); void preview(pending.doc, 'replace'); }} /> Replace: make {SCOPE_LABEL[pending.doc.scope]} what the file holds (a backup is kept first)</label>
            </fieldset>
            <ul className="plan" aria-label="What the import will change">{plan.map((line) => <li key={line}>{line}</li>)}</ul>
            <div className="button-row">
              <button type="button" className="primary" disabled={busy} onClick={() => void apply()}>{mode === 'merge' ? 'Merge it in' : 'Replace with it'}</button>
              <button type="button" onClick={() => setPending(null)}>Cancel</button>
            </div>
          </div>
        )}
      </section>

      <section aria-labelledby={`${id}-backups`}>
        <h3 id={`${id}-backups`}>Backups</h3>
        {!backups?.length ? (
          <p className="muted">None yet. Replacing your data by an import keeps a backup here first (the last five are kept).</p>
        ) : (
          <ul className="backups">
            {backups.map((b) => (
              <li key={b.id}>
                <span>{new Date(b.takenAt).toLocaleString()} · {b.reason}</span>
                <button type="button" onClick={() => void restore(b.id!)}>Restore</button>
                <button type="button" className="link" onClick={() => downloadText(`skillgap-backup-${new Date(b.takenAt).toISOString().slice(0, 10)}.json`, b.json, 'application/json')}>Download</button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby={`${id}-keep`}>
        <h3 id={`${id}-keep`}>Viewed postings</h3>
        <label>
          Keep postings you viewed for{' '}
          <select value={settings.keepViewedDays} onChange={(e) => void saveSettings({ ...settings, keepViewedDays: Number(e.target.value) })}>
            {DAY_CHOICES.map((d) => <option key={d} value={d}>{d} days</option>)}
          </select>
        </label>
        <p className="muted">Older ones are forgotten (saved postings stay until you remove them).</p>
      </section>

      <section aria-labelledby={`${id}-erase`}>
        <h3 id={`${id}-erase`}>Erase everything</h3>
        {!confirmErase ? (
          <button type="button" className="danger" onClick={() => setConfirmErase(true)}>Erase everything…</button>
        ) : (
          <div role="alertdialog" aria-labelledby={`${id}-erase-q`} className="confirm">
            <p id={`${id}-erase-q`}>Erase your profile, settings, goals, learning plan, saved and viewed postings, progress, backups, and what you set on job pages (hidden badges, words marked “not a skill here”)? This cannot be undone; export first if you may want them back.</p>
            <div className="button-row">
              <button type="button" className="danger" onClick={() => void eraseEverything(db, storagePersonStore).then(() => { setConfirmErase(false); setDone('Everything was erased.'); })}>
                Yes, erase everything
              </button>
              <button type="button" autoFocus onClick={() => setConfirmErase(false)}>Cancel</button>
            </div>
          </div>
        )}
      </section>
    </>
  );
}
