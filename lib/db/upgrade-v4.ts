import type { Table, Transaction } from 'dexie';
import { buildIndexV4 } from './frozen/index-v4';

/**
 * Database v3 → v4: saved postings' description texts move to their own table, and the posting index
 * and skill demand are built once from the postings already kept (later changes update them one by one).
 * It uses the frozen v4 encoders (lib/db/frozen/index-v4.ts), never today's.
 */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  const texts: { key: string; text: string }[] = [];
  await tx.table('watchlist').toCollection().modify((p: { key: string; text?: string }) => {
    if (typeof p.text === 'string') texts.push({ key: p.key, text: p.text });
    delete p.text;
  });
  await (tx.table('postingText') as Table<{ key: string; text: string }, string>).bulkPut(texts);
  await buildIndexV4({ watchlist: tx.table('watchlist'), seen: tx.table('seen'), postingIndex: tx.table('postingIndex'), skillDemand: tx.table('skillDemand') });
}
