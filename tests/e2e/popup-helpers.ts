import type { Page } from 'playwright-core';
import type { PostingSnapshot, SavedSkill } from '@/lib/model/posting';
import type { SeenReport } from '@/lib/model/seen-posting';
import type { Requirement } from '@/lib/model/mention';
import { loadTaxonomy } from '@/lib/taxonomy/load-taxonomy';
import { launchExtensionBrowser, type ExtensionBrowser } from './extension-browser';

const byId = new Map(loadTaxonomy().skills.map((s) => [s.id, s]));

/**
 * A browser with the built extension and no job sites (these tests seed postings through messages).
 * SKILLGAP_EXTENSION_DIR may point at a copy of the build, so a run is not disturbed by a rebuild of .output.
 */
export function launchBrowser(opts: { userDataDir?: string } = {}): Promise<ExtensionBrowser> {
  return launchExtensionBrowser({ hosts: [], port: 9, ...opts, ...(process.env.SKILLGAP_EXTENSION_DIR ? { extensionDir: process.env.SKILLGAP_EXTENSION_DIR } : {}) });
}

/** A posting's skills from `[id, requirement, group?]` triples, named as the taxonomy names them. */
export function skillsOf(list: readonly (readonly [string, Requirement, number?])[]): SavedSkill[] {
  return list.map(([id, requirement, group]) => {
    const s = byId.get(id);
    if (!s) throw new Error(`no skill "${id}" in the taxonomy`);
    return { id, name: s.name, category: s.category, requirement, evidence: `${s.name} (${requirement}).`, ...(group !== undefined ? { group } : {}) };
  });
}

/** A posting snapshot as the content script would send it. */
export function snapshot(key: string, title: string, company: string, skills: SavedSkill[], text = `${title} at ${company}. ${skills.map((s) => s.evidence).join(' ')}`): PostingSnapshot {
  return { key, url: `https://boards.greenhouse.io/${company.toLowerCase().replace(/\W+/g, '')}/jobs/${key.replace(/\D/g, '') || '1'}`, site: 'greenhouse', title, company, location: 'Remote', text, skills };
}

/** Opens one of the extension's pages (popup.html, options.html#data) in a tab. */
export async function openExtensionPage(browser: ExtensionBrowser, path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
}

/** Sends messages to the background from an extension page, as the content script does from job pages. */
export async function sendToBackground(page: Page, messages: readonly object[]): Promise<void> {
  const errors = await page.evaluate(async (list) => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ ok: boolean; error?: string } | undefined> } } }).chrome.runtime;
    const out: string[] = [];
    for (const m of list) {
      const r = await runtime.sendMessage(m);
      if (!r?.ok) out.push(r?.error ?? 'no answer');
    }
    return out;
  }, messages as object[]);
  if (errors.length) throw new Error(`the background refused: ${errors.join('; ')}`);
}

/** Records postings as viewed, through the same message the content script sends. */
export async function seedViewed(page: Page, postings: readonly PostingSnapshot[]): Promise<void> {
  await sendToBackground(page, postings.map(({ text: _text, ...posting }): { type: string; posting: SeenReport } => ({ type: 'posting:seen', posting })));
}

/** Saves postings to the watchlist, through the same message the panel's save button sends. */
export async function seedSaved(page: Page, postings: readonly PostingSnapshot[]): Promise<void> {
  await sendToBackground(page, postings.map((posting) => ({ type: 'watchlist:save', posting })));
}

/** The stored profile's skills as [id, level] pairs, read back from the extension's storage. */
export async function storedProfile(page: Page): Promise<[string, string][]> {
  return page.evaluate(async () => {
    const { profile } = (await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('profile')) as {
      profile?: { skills: { id: string; level: string }[] };
    };
    return (profile?.skills ?? []).map((s) => [s.id, s.level] as [string, string]);
  });
}
