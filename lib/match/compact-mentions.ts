import type { Requirement } from '@/lib/model/mention';

/** The part of a posting's skill that scoring needs: no names, no evidence. */
export interface CompactMention {
  id: string;
  requirement: Requirement;
  /** Alternatives ("Python or Java") share a group. */
  group?: number;
  soft?: boolean;
}

const REQ_CODE: Record<Requirement, string> = { required: 'r', preferred: 'p', mentioned: 'm' };
const CODE_REQ: Record<string, Requirement> = { r: 'required', p: 'preferred', m: 'mentioned' };

/**
 * A posting's counted skills as one short string ("python/r#1 java/r#1 communication/m~"), the form kept
 * in the posting index: a string is far quicker for IndexedDB to read back than an array of objects.
 * Skills named only about the company (incidental) never count, so they are left out.
 */
export function encodeMentions(skills: readonly { id: string; requirement: Requirement; group?: number; soft?: boolean; incidental?: boolean }[]): string {
  const parts: string[] = [];
  for (const s of skills) {
    if (s.incidental) continue;
    parts.push(`${s.id}/${REQ_CODE[s.requirement]}${s.group !== undefined ? `#${s.group}` : ''}${s.soft ? '~' : ''}`);
  }
  return parts.join(' ');
}

/** Reads back what `encodeMentions` wrote. */
export function decodeMentions(encoded: string): CompactMention[] {
  if (!encoded) return [];
  const out: CompactMention[] = [];
  for (const token of encoded.split(' ')) {
    const slash = token.indexOf('/');
    if (slash <= 0) continue;
    const id = token.slice(0, slash);
    // "java/" (cut short) has no requirement letter; it reads as mentioned, like an unknown letter.
    const requirement = CODE_REQ[token[slash + 1] ?? ''] ?? 'mentioned';
    let rest = token.slice(slash + 2);
    const soft = rest.endsWith('~');
    if (soft) rest = rest.slice(0, -1);
    const m: CompactMention = { id, requirement };
    if (rest.startsWith('#')) m.group = Number(rest.slice(1));
    if (soft) m.soft = true;
    out.push(m);
  }
  return out;
}
