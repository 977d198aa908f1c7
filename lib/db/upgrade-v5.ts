import type { Table, Transaction } from 'dexie';
import { buildPacksV5, type V5IndexRow, type V5Pack } from './frozen/pack-v5';

/** Database v4 → v5: packs the posting index built by v4, with the frozen v5 encoder (lib/db/frozen/pack-v5.ts). */
export async function upgradeToV5(tx: Transaction): Promise<void> {
  const rows = await (tx.table('postingIndex') as Table<V5IndexRow, string>).toArray();
  await (tx.table('indexPacks') as Table<V5Pack, number>).bulkPut(buildPacksV5(rows));
}
