import { defineConfig } from 'wxt';

// The manifest's version comes from package.json (WXT's default); name and description are ours.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'SkillGap',
    description: 'See which skills a job posting asks for that you do not have yet, right on the page. Private: nothing leaves your browser.',
    // storage: profile and settings; scripting + activeTab: run on a site the person enables from the popup;
    // optional host permissions: asked for one origin at a time, only when the person enables that site.
    permissions: ['storage', 'scripting', 'activeTab'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: 'SkillGap' },
  },
});
