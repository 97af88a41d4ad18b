// A strict RFC 4180 CSV parser for the tests: quoted fields, doubled quotes, CRLF records, line ends in quotes.

/** The records of a CSV text; throws on a stray quote, an unclosed quote or a bare CR/LF record end. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"' && field === '') {
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error('CSV: unclosed quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        field += text[i];
        i += 1;
      }
      if (i < text.length && text[i] !== ',' && !text.startsWith('\r\n', i)) {
        throw new Error(`CSV: text after a closing quote at ${i}`);
      }
    } else if (text[i] === ',') {
      record.push(field);
      field = '';
      i += 1;
    } else if (text.startsWith('\r\n', i)) {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else {
      const char = text[i] as string;
      if (char === '"' || char === '\r' || char === '\n')
        throw new Error(`CSV: bare ${JSON.stringify(char)} at ${i}`);
      field += char;
      i += 1;
    }
  }
  if (field !== '' || record.length > 0) throw new Error('CSV: the last record does not end with CRLF');
  return records;
}

/** Records as objects keyed by the header row; empty fields are left out (they mean "no value"). */
export function csvObjects(text: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error('CSV: no header row');
  return rows.map((row) => {
    if (row.length !== header.length)
      throw new Error(`CSV: a row of ${row.length} fields, header has ${header.length}`);
    return Object.fromEntries(header.flatMap((name, index) => (row[index] ? [[name, row[index]]] : [])));
  });
}
