// A strict XML parse for the tests (@xmldom/xmldom): any warning or error, e.g. a bad escape, fails the test.
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

/** The document `text` parses to; throws on anything a conforming parser would warn about or reject. */
export function parseStrictXml(text: string): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  });
  return parser.parseFromString(text, 'application/xml');
}

/** The elements of `document` with this namespace and local name, as an array. */
export function elementsNS(document: Document, namespace: string, localName: string): Element[] {
  return Array.from(document.getElementsByTagNameNS(namespace, localName));
}
