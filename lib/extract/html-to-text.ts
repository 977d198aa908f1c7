import { elementText } from './element-text';

/**
 * Turns a description given as an HTML string (JSON-LD, APIs) into text. It is parsed with DOMParser into
 * a separate inert document: no script runs, nothing loads, and the markup never reaches the live page.
 */
export function htmlToText(doc: Document, html: string): string {
  const decoded = /&lt;\w/.test(html) && !/<\w/.test(html) ? decodeEntities(html) : html;
  const Parser = (doc.defaultView as (Window & typeof globalThis) | null)?.DOMParser ?? globalThis.DOMParser;
  const parsed = new Parser().parseFromString(`<!doctype html><html><body>${decoded}</body></html>`, 'text/html');
  return parsed.body ? elementText(parsed.body).text : '';
}

function decodeEntities(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#0?39;/g, "'").replace(/&amp;/g, '&');
}
