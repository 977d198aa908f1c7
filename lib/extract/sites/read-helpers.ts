import { elementText, type TextMap } from '../element-text';

/** A card's snippet as text, one block per line so its sentences stay apart; '' when there is none. */
export function snippetText(el: Element | null): string {
  return el ? elementText(el).text.trim() : '';
}

/**
 * The text of several elements read as one, one block per line, with a map back to all their text nodes:
 * for postings whose description is split into sections with buttons and forms between them.
 */
export function elementsText(elements: readonly Element[]): { text: string; map: TextMap } {
  let text = '';
  const nodes: Text[] = [];
  const starts: number[] = [];
  for (const el of elements) {
    const part = elementText(el);
    if (!part.text.trim()) continue;
    if (text && !text.endsWith('\n')) text += '\n';
    const offset = text.length;
    nodes.push(...part.map.nodes);
    starts.push(...part.map.starts.map((s) => s + offset));
    text += part.text;
  }
  return { text, map: { nodes, starts } };
}

/** The first `<meta>` content for any of the names or properties given, trimmed; '' when absent. */
export function metaContent(doc: Document, ...names: string[]): string {
  for (const name of names) {
    const content = doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return '';
}
