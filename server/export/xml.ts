// XML text for the GEXF and GraphML writers: characters XML 1.0 cannot carry are dropped, the rest escaped.

/**
 * Characters XML 1.0 forbids even as references: C0 controls other than tab, line feed and carriage return,
 * lone surrogates, U+FFFE and U+FFFF.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** `text` without the characters XML 1.0 cannot represent. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/**
 * `text` escaped for use both as element content and inside a double- or single-quoted attribute value.
 * Tab, line feed and carriage return become character references so that attribute-value normalisation
 * and line-end handling keep them as they were.
 */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"'\t\n\r]/g, (char) => ENTITIES[char] ?? char);
}

/** An element's attributes, ` name="value"` each, skipping undefined values. */
export function xmlAttributes(attributes: Record<string, string | number | undefined>): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}
