import { defineConfig } from 'wxt';
import { skillNamesPlugin } from './scripts/skill-names-plugin';

/** Sites beyond the supported list, each asked for on its own when the person enables it from the popup. */
const OPTIONAL_ORIGINS = ['https://*/*', 'http://*/*'];

// The manifest's version comes from package.json (WXT's default); name and description are ours.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  vite: () => ({ plugins: [skillNamesPlugin()] }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'SkillGap',
    description: 'See which skills a job posting asks for that you do not have yet, right on the page. Private: nothing leaves your browser.',
    // storage: profile and settings; scripting + activeTab: run on a site the person enables from the popup;
    // optional host permissions: asked for one origin at a time, only when the person enables that site;
    // alarms: the daily forgetting of old viewed postings (lib/db/prune-alarm.ts).
    permissions: ['storage', 'scripting', 'activeTab', 'alarms'],
    // Manifest V2 (the Firefox build) has no optional_host_permissions: origins go in optional_permissions.
    ...(manifestVersion === 2 ? { optional_permissions: OPTIONAL_ORIGINS } : { optional_host_permissions: OPTIONAL_ORIGINS }),
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: 'SkillGap' },
    // Extension pages run only the extension's own scripts: no eval, no inline or remote code, no plugins.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self';" },
    // Firefox: a stable add-on id, and its built-in consent form saying that no data is collected.
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'skillgap@skillgap', data_collection_permissions: { required: ['none'] } } } } : {}),
  }),
});
