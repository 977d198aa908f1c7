import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page (including open shadow roots) and returns the serious and critical violations. */
export async function seriousA11yViolations(page: Page, include?: string): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(`(async () => {
    const result = await axe.run(${include ? JSON.stringify(include) : 'document'}, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  })()`);
}

/** The page's body markup without SkillGap's own elements, to show the page itself was not changed. */
export async function pageMarkupWithoutOverlay(page: Page): Promise<string> {
  return page.evaluate(`(() => {
    const clone = document.body.cloneNode(true);
    clone.querySelectorAll('span[data-skillgap=overlay], span[data-skillgap=card]').forEach((el) => el.remove());
    return clone.innerHTML;
  })()`);
}

/** Names of the CSS highlights registered in the page, with their range counts and the texts they cover. */
export async function registeredHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(`(() => {
    const out = {};
    for (const [name, highlight] of CSS.highlights) out[name] = [...highlight].map((r) => r.toString());
    return out;
  })()`);
}

/** Sends a message to the background from one of the extension's pages and returns its raw answer. */
export async function sendFromExtensionPage(page: Page, message: unknown): Promise<{ ok: boolean; error?: string; value?: unknown }> {
  return page.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome.runtime.sendMessage(m), message);
}
