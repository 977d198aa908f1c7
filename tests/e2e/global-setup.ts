import { assertBrowserReady } from './extension-browser';

/** Fails the whole run, with the install command, when Chromium or the build is missing. */
export default function setup(): void {
  assertBrowserReady();
}
