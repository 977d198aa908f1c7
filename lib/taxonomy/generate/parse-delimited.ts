/**
 * Reads CSV text into rows of fields: quoted fields may hold commas, doubled quotes and line breaks
 * (ESCO's altLabels cells are multi-line). A trailing line break does not make an empty last row.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Reads tab-separated text (O*NET's files): no quoting, one record a line. */
export function parseTsv(text: string): string[][] {
  return text
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.length > 0)
    .map((line) => line.split('\t'));
}

/**
 * Turns rows whose first row is a header into records of the named columns; a column the header lacks,
 * or a short row, reads as ''.
 */
export function toRecords<C extends string>(rows: string[][], columns: readonly C[]): Record<C, string>[] {
  const [header = [], ...body] = rows;
  const at = columns.map((c) => header.findIndex((h) => h.trim() === c));
  return body.map((cells) => Object.fromEntries(columns.map((c, i) => [c, (cells[at[i] ?? -1] ?? '').trim()])) as Record<C, string>);
}
