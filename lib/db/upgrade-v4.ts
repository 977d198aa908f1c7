import type { Table, Transaction } from 'dexie';
import type { PostingText } from './database';
import { rebuildPostingIndex, type IndexSource } from './posting-index';

/**
 * Database v3 → v4: saved postings' description texts move to their own table, and the posting index
 * and skill demand are built once from the postings already kept (later changes update them one by one).
 */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  const texts: PostingText[] = [];
  await tx.table('watchlist').toCollection().modify((p: { key: string; text?: string }) => {
    if (typeof p.text === 'string') texts.push({ key: p.key, text: p.text });
    delete p.text;
  });
  await (tx.table('postingText') as Table<PostingText, string>).bulkPut(texts);
  await rebuildPostingIndex({
    watchlist: tx.table('watchlist'),
    seen: tx.table('seen'),
    postingIndex: tx.table('postingIndex'),
    skillDemand: tx.table('skillDemand'),
  } as IndexSource);
}
