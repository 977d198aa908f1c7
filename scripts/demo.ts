// npm run demo [-- --headless]: builds SkillGap, serves the bundled demo job pages on 127.0.0.1 and opens
// Chromium with the extension loaded on them. Without a display (or with --headless) it writes screenshots
// of the badge, the open panel and the popup to demo-output/ and exits.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchExtensionBrowser, seedProfile } from '../tests/e2e/extension-browser';
import { startFixtureServer } from '../tests/e2e/fixture-server';
import { FIXTURE_ROUTES } from '../tests/fixtures/routes';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const OUT = 'demo-output';
const POSTING = 'http://boards.greenhouse.io/northwindlogistics/jobs/4012345';
const DEMO_PROFILE = ['python', 'go', 'postgresql', 'docker', 'git', 'linux', 'sql', 'graphql'];

console.log('demo: building the extension…');
execSync('npx wxt build', { stdio: 'inherit' });
const server = await startFixtureServer();
const browser = await launchExtensionBrowser({ hosts: server.hosts, port: server.port, headless });
await seedProfile(browser, DEMO_PROFILE.map((id) => ({ id, level: id === 'python' ? 'expert' : 'strong' })));
console.log(`demo: serving ${FIXTURE_ROUTES.length} demo pages; profile: ${DEMO_PROFILE.join(', ')}`);

const page = await browser.context.newPage();
await page.goto(POSTING);
const badge = page.getByTestId('skillgap-badge');
await badge.waitFor({ timeout: 15_000 });

if (!headless) {
  console.log('demo: Chromium is open on a demo posting. Close the browser window to end the demo.');
  for (const r of FIXTURE_ROUTES.filter((r) => /jobs\/\d+/.test(r.url)).slice(1)) await (await browser.context.newPage()).goto(r.url);
  await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
} else {
  mkdirSync(OUT, { recursive: true });
  const header = page.locator('#header');
  await header.screenshot({ path: join(OUT, 'badge.png') });
  await badge.click();
  await page.getByTestId('skillgap-panel').waitFor();
  await page.waitForTimeout(300); // let the panel's entrance animation finish
  await page.screenshot({ path: join(OUT, 'panel.png') });
  const popup = await browser.openPopup();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.locator('.profile-skills li').first().waitFor();
  await popup.screenshot({ path: join(OUT, 'popup.png') });
  console.log(`demo: badge says "${(await badge.textContent())?.trim()}"`);
  console.log(`demo: screenshots written to ${OUT}/badge.png, ${OUT}/panel.png and ${OUT}/popup.png`);
}
await browser.close();
await server.close();
