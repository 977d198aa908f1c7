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
    clone.querySelectorAll('skillgap-overlay, skillgap-card').forEach((el) => el.remove());
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

/**
 * The words under SkillGap's painted highlight boxes, by kind, over the whole page: it scrolls from top to
 * bottom, reading at each step the word at the centre of every box (needs the open-roots test build).
 */
export async function paintedWords(page: Page): Promise<Record<'have' | 'missing' | 'flash', string[]>> {
  return page.evaluate(`(async () => {
    const out = { have: new Set(), missing: new Set(), flash: new Set() };
    const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const wordAt = (x, y) => {
      const r = document.caretRangeFromPoint(x, y);
      if (!r || r.startContainer.nodeType !== Node.TEXT_NODE) return '';
      const t = r.startContainer.textContent;
      let a = r.startOffset, b = a;
      while (a > 0 && /[\\w#+]/.test(t[a - 1])) a--;
      while (b < t.length && /[\\w#+]/.test(t[b])) b++;
      return t.slice(a, b);
    };
    const read = () => {
      const root = document.querySelector('skillgap-highlights')?.shadowRoot;
      for (const box of root?.querySelectorAll('.box') ?? []) {
        const r = box.getBoundingClientRect();
        const kind = ['have', 'missing', 'flash'].find((k) => box.classList.contains(k));
        const w = wordAt(r.left + r.width / 2, r.top + r.height / 2);
        if (kind && w) out[kind].add(w);
      }
    };
    const start = scrollY;
    for (let y = 0; ; y += innerHeight / 2) {
      scrollTo(0, y);
      await frames();
      read();
      if (y + innerHeight >= document.documentElement.scrollHeight) break;
    }
    scrollTo(0, start);
    return { have: [...out.have], missing: [...out.missing], flash: [...out.flash] };
  })()`);
}
