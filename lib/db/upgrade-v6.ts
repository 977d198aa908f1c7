import type { Table, Transaction } from 'dexie';
import { BIN_BASE_V6, binRecordV6, CODES_ID_V6, type V6Pack } from './frozen/pack-v6';

/** Database v5 → v6: writes each pack's binary form beside it, with the frozen v6 encoder (lib/db/frozen/pack-v6.ts). */
export async function upgradeToV6(tx: Transaction): Promise<void> {
  const table = tx.table('indexPacks') as Table<V6Pack, number>;
  const packs = (await table.toArray()).filter((p) => p.id !== CODES_ID_V6 && p.id < BIN_BASE_V6);
  await table.bulkPut(packs.map((p) => binRecordV6(p)));
}
