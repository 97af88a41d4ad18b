// Escaping text for the GEXF and GraphML writers (characters XML 1.0 cannot carry are dropped).

// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** `text` escaped for an attribute value or element content. */
export function xmlEscape(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** `#rrggbb` (or `#rgb`) to its channels; grey when unreadable. */
export function hexToRgb(hex: string): { r: number; g: number; b: number } {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(hex);
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(hex);
  const parts = short ? short.slice(1).map((c) => c + c) : long ? long.slice(1) : ['99', '99', '99'];
  const [r, g, b] = parts.map((part) => parseInt(part, 16));
  return { r: r ?? 153, g: g ?? 153, b: b ?? 153 };
}
