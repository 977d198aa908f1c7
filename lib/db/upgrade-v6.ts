import type { Table, Transaction } from 'dexie';
import { BIN_BASE, binRecord, CODES_ID, type IndexPack } from './index-packs';

/** Database v5 → v6: writes each pack's binary form beside it (see `PackBin` in lib/db/index-packs.ts). */
export async function upgradeToV6(tx: Transaction): Promise<void> {
  const table = tx.table('indexPacks') as Table<IndexPack, number>;
  const packs = (await table.toArray()).filter((p) => p.id !== CODES_ID && p.id < BIN_BASE);
  await table.bulkPut(packs.map((p) => binRecord(p)));
}
