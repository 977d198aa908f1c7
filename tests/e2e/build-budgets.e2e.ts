import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { skillLinesByCategory } from '@/lib/taxonomy/data/index';
import { generatedSkillLinesByCategory } from '@/lib/taxonomy/generated/index';
import { EXTENSION_DIR } from './extension-browser';

// Size budgets of the build that `npm run test:e2e` has just made (the overlay issue's budgets): the content
// script, loaded into every job page, stays small; the taxonomy lives in the background and stays compact.

const CONTENT_SCRIPT = join(EXTENSION_DIR, 'content-scripts', 'job-page.js');
const BACKGROUND = join(EXTENSION_DIR, 'background.js');
const KB = 1000;

/** Budgets, in bytes. */
const BUDGETS = {
  /** The content script before gzip, taxonomy included (it is in the background now, so this is all overlay). */
  contentScript: 200 * KB,
  /** The taxonomy's data, curated and generated layers, gzipped (the generated layer is about 12,000 skills). */
  taxonomyGzip: 600 * KB,
};

describe('build budgets', () => {
  it('the content script is under 200 KB before gzip', () => {
    expect(existsSync(CONTENT_SCRIPT), `no ${CONTENT_SCRIPT}: run "npx wxt build" first`).toBe(true);
    const size = statSync(CONTENT_SCRIPT).size;
    expect(size, `content script is ${(size / KB).toFixed(1)} KB`).toBeLessThan(BUDGETS.contentScript);
  });

  it('the taxonomy data is under 600 KB gzipped', () => {
    const data = [...Object.values(skillLinesByCategory), ...Object.values(generatedSkillLinesByCategory)].join('\n');
    const gzipped = gzipSync(data, { level: 9 }).length;
    expect(gzipped, `taxonomy is ${(gzipped / KB).toFixed(1)} KB gzipped`).toBeLessThan(BUDGETS.taxonomyGzip);
  });

  it('the taxonomy ships in the background worker, not in the content script', () => {
    // A line of the taxonomy as written in lib/taxonomy/data: the built background carries it verbatim.
    const line = Object.values(skillLinesByCategory)
      .join('\n')
      .split('\n')
      .find((l) => l.startsWith('python | Python |'))!;
    expect(readFileSync(BACKGROUND, 'utf8')).toContain(line);
    expect(readFileSync(CONTENT_SCRIPT, 'utf8')).not.toContain('python | Python |');
    // The generated layer too: its first line is in the background, not in the content script.
    const generatedLine = Object.values(generatedSkillLinesByCategory).join('\n').split('\n').find((l) => l.includes(' | '))!;
    expect(readFileSync(BACKGROUND, 'utf8')).toContain(generatedLine);
    expect(readFileSync(CONTENT_SCRIPT, 'utf8')).not.toContain(generatedLine);
  });
});
