import { storage } from '#imports';

/**
 * The last word of profile sync, written by the background that runs it ("In sync (20:14:05).", or what went
 * wrong) and shown in the dashboard's settings. Kept for the browser session only: the background syncs
 * again, and writes it anew, when the browser starts.
 */
export const syncStatusStorage = storage.defineItem<string>('session:profileSyncStatus', { fallback: '' });
