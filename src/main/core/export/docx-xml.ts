/**
 * The XML docx 9.15.2 writes for one of its components, without packing a document. A
 * streamed Word list needs only its table rows' XML; packing a one-table document per slice
 * of rows to cut them out built docx's styles, settings and zip every time, and that garbage
 * was most of a 10,000-row export's peak memory and time. docx does not export its writer,
 * so this follows it (its `stringifyXmlable` without indentation, as `Packer` writes
 * document.xml); tests/unit/export/streamed-rows.test.ts proves the bytes the same as a
 * whole build's, so a docx upgrade that changes its writer fails there, not in a file.
 */
import { Document, type IContext, type IXmlableObject, type XmlComponent } from 'docx';

const ESCAPES = new Map([
  ['&', '&amp;'],
  ['"', '&quot;'],
  ["'", '&apos;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
]);

// docx drops the control characters XML 1.0 forbids and escapes quotes in text too.
// eslint-disable-next-line no-control-regex
const SPECIAL = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;

const escape = (value: unknown): unknown =>
  typeof value === 'string' ? value.replace(SPECIAL, (c) => ESCAPES.get(c) ?? '') : value;

/** A text value as docx writes it (nothing for undefined). */
const text = (value: unknown): string => (value === undefined ? '' : String(escape(value)));

/** One element: `{ name: [ {_attr}, child, … ] }`, `{ name: { _attr } }` or `{ name: text }`. */
function element(data: IXmlableObject): string {
  const name = Object.keys(data)[0];
  const values: unknown = name === undefined ? undefined : data[name];
  const attributes: string[] = [];
  const content: string[] = [];
  const addAttributes = (attr: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(attr))
      attributes.push(`${key}="${String(escape(value))}"`);
  };
  if (typeof values === 'object') {
    if (values !== null) {
      const { _attr: attr, _cdata: cdata } = values as {
        _attr?: Record<string, unknown>;
        _cdata?: string;
      };
      if (attr) addAttributes(attr);
      if (cdata) content.push(`<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`);
      if (Array.isArray(values)) {
        // docx's writer keeps the empty markers the xml package used: content of length 1 is
        // an element written short unless something follows
        let isText = false;
        content.push('');
        for (const value of values as unknown[])
          if (typeof value === 'object' && value !== null) {
            const child = value as IXmlableObject;
            if (Object.keys(child)[0] === '_attr')
              addAttributes(child._attr as Record<string, unknown>);
            else content.push(element(child));
          } else {
            content.pop();
            isText = true;
            content.push(text(value));
          }
        if (!isText) content.push('');
      }
    }
  } else content.push(text(values));
  const open =
    (name ? `<${name}` : '') +
    (attributes.length > 0 ? ` ${attributes.join(' ')}` : '') +
    (content.length > 0 ? (name ? '>' : '') : '/>');
  if (content.length === 0) return open;
  return open + content.join('') + (name ? `</${name}>` : '');
}

/** A context like the one `Packer` gives document.xml's components. */
export function documentContext(): IContext {
  const file = new Document({ sections: [] });
  return { file, viewWrapper: file.Document, stack: [] };
}

/** The component's XML as `Packer` writes it into document.xml. */
export function componentXml(component: XmlComponent, context: IContext): string {
  const xml = component.prepForXml(context);
  if (!xml) throw new Error('docx component wrote no XML');
  return element(xml);
}
