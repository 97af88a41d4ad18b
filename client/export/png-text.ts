// PNG metadata: a tEXt chunk (keyword and Latin-1 text) added after the header, e.g. the view's Title.

let table: Uint32Array | null = null;

/** CRC-32 of bytes, as the PNG chunks carry it. */
export function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n += 1) {
      let c = n;
      for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (table[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Latin-1 bytes of a text; characters outside it become "?" (tEXt is Latin-1 only). */
function latin1(text: string): number[] {
  return Array.from(text, (char) => {
    const code = char.codePointAt(0) ?? 63;
    if (char === '–' || char === '—') return 45;
    return code <= 0xff ? code : 63;
  });
}

/** The PNG with tEXt chunks inserted after its IHDR chunk (which is always first, 8 + 25 bytes in). */
export function withTextChunks(png: Uint8Array, entries: Record<string, string>): Uint8Array {
  const headerEnd = 8 + 8 + 13 + 4;
  const chunks: Uint8Array[] = [];
  for (const [keyword, text] of Object.entries(entries)) {
    const data = [...latin1(keyword).slice(0, 79), 0, ...latin1(text)];
    const chunk = new Uint8Array(12 + data.length);
    const view = new DataView(chunk.buffer);
    view.setUint32(0, data.length);
    chunk.set([0x74, 0x45, 0x58, 0x74], 4);
    chunk.set(data, 8);
    view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
    chunks.push(chunk);
  }
  const size = chunks.reduce((sum, chunk) => sum + chunk.length, png.length);
  const result = new Uint8Array(size);
  result.set(png.subarray(0, headerEnd), 0);
  let offset = headerEnd;
  for (const chunk of chunks) {
    result.set(chunk, offset);
    offset += chunk.length;
  }
  result.set(png.subarray(headerEnd), offset);
  return result;
}

/** The tEXt chunks of a PNG, keyword to text (for checks and tests). */
export function readTextChunks(png: Uint8Array): Record<string, string> {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const result: Record<string, string> = {};
  for (let offset = 8; offset + 12 <= png.length;) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    if (type === 'tEXt') {
      const data = png.subarray(offset + 8, offset + 8 + length);
      const zero = data.indexOf(0);
      result[String.fromCharCode(...data.subarray(0, zero))] = String.fromCharCode(
        ...data.subarray(zero + 1),
      );
    }
    if (type === 'IEND') break;
    offset += 12 + length;
  }
  return result;
}
