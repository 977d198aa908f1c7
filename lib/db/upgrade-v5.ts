import type { Table, Transaction } from 'dexie';
import type { IndexedPosting } from './database';
import { buildPacks, type IndexPack } from './index-packs';

/** Database v4 → v5: packs the posting index built by v4 (see lib/db/index-packs.ts). */
export async function upgradeToV5(tx: Transaction): Promise<void> {
  const rows = await (tx.table('postingIndex') as Table<IndexedPosting, string>).toArray();
  await (tx.table('indexPacks') as Table<IndexPack, number>).bulkPut(buildPacks(rows));
}
