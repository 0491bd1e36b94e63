/**
 * A small XML tree for asserting on OOXML parts: elements by qualified name (`w:p`), attributes as
 * written, text of `w:t` descendants. Built on saxes, strict XML — a malformed part fails the test.
 */

import { SaxesParser } from 'saxes';

/** An element of a parsed part. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  parent: XmlElement | undefined;
}

/** Parses a part's XML into its root element. */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '', parent: undefined };
  let current = root;
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [key, value] of Object.entries(tag.attributes)) attrs[key] = String(value);
    const element: XmlElement = { name: tag.name, attrs, children: [], text: '', parent: current };
    current.children.push(element);
    if (!tag.isSelfClosing) current = element;
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing && current.parent) current = current.parent;
  });
  parser.on('text', (text) => {
    current.text += text;
  });
  parser.write(xml).close();
  const first = root.children[0];
  if (!first) throw new Error('empty XML');
  return first;
}

/** All descendants named `name`, in document order. */
export function findAll(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const child of e.children) {
      if (child.name === name) found.push(child);
      walk(child);
    }
  };
  walk(element);
  return found;
}

/** The first descendant named `name`, or undefined. */
export function find(element: XmlElement, name: string): XmlElement | undefined {
  return findAll(element, name)[0];
}

/** The first descendant following a path of names (`w:pPr`, `w:ind`), or undefined. */
export function path(element: XmlElement, ...names: string[]): XmlElement | undefined {
  let at: XmlElement | undefined = element;
  for (const name of names) at = at?.children.find((c) => c.name === name);
  return at;
}

/** The text of a paragraph (or any element): its `w:t` descendants joined, `w:br` as a newline, `w:tab` as a tab. */
export function textOf(element: XmlElement): string {
  let text = '';
  const walk = (e: XmlElement) => {
    for (const child of e.children) {
      if (child.name === 'w:t') text += child.text;
      else if (child.name === 'w:br') text += '\n';
      else if (child.name === 'w:tab' && child.parent?.name === 'w:r') text += '\t';
      else walk(child);
    }
  };
  walk(element);
  return text;
}

/** A style of styles.xml by its id. */
export function styleById(styles: XmlElement, id: string): XmlElement {
  const style = findAll(styles, 'w:style').find((s) => s.attrs['w:styleId'] === id);
  if (!style) throw new Error(`no style ${id}`);
  return style;
}
