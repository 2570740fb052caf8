/**
 * A small, strict XML parser for tests (Node has no DOMParser and the project has no XML
 * dependency). It rejects what an RSS reader would reject: bad nesting, unquoted attributes,
 * unknown entities, a raw "&" or "<" in text, more than one root element.
 */
export type XmlElement = { name: string; attrs: Record<string, string>; children: XmlElement[]; text: string };

const NAME = /[A-Za-z_][\w.:-]*/y;

function decodeEntities(raw: string, where: number): string {
  return raw.replace(/&([^;\s&<]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(";")) throw new Error(`XML: bare "&" at offset ${where}`);
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (body in named) return named[body]!;
    const num = /^#(\d+)$/.exec(body) ?? /^#x([0-9a-fA-F]+)$/.exec(body);
    if (num) return String.fromCodePoint(parseInt(num[1]!, body.startsWith("#x") ? 16 : 10));
    throw new Error(`XML: unknown entity &${body}; at offset ${where}`);
  });
}

export function parseXml(xml: string): XmlElement {
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const fail = (msg: string): never => {
    throw new Error(`XML: ${msg} at offset ${i}`);
  };
  const readName = (): string => {
    NAME.lastIndex = i;
    const m = NAME.exec(xml);
    if (!m) fail("expected a name");
    i += m![0].length;
    return m![0];
  };
  const skipWs = () => {
    while (i < xml.length && /\s/.test(xml[i]!)) i++;
  };
  if (xml.startsWith("<?xml")) {
    const end = xml.indexOf("?>");
    if (end < 0) fail("unterminated XML declaration");
    i = end + 2;
  }
  while (i < xml.length) {
    if (xml.startsWith("<!--", i)) {
      const end = xml.indexOf("-->", i);
      if (end < 0) fail("unterminated comment");
      i = end + 3;
    } else if (xml.startsWith("<![CDATA[", i)) {
      const end = xml.indexOf("]]>", i);
      if (end < 0 || !stack.length) fail("CDATA outside an element or unterminated");
      stack[stack.length - 1]!.text += xml.slice(i + 9, end);
      i = end + 3;
    } else if (xml.startsWith("</", i)) {
      i += 2;
      const name = readName();
      skipWs();
      if (xml[i] !== ">") fail("expected >");
      i++;
      const open = stack.pop();
      if (!open || open.name !== name) fail(`closing </${name}> does not match <${open?.name ?? "nothing"}>`);
    } else if (xml[i] === "<") {
      i++;
      const el: XmlElement = { name: readName(), attrs: {}, children: [], text: "" };
      for (;;) {
        skipWs();
        if (xml.startsWith("/>", i) || xml[i] === ">") break;
        const attr = readName();
        skipWs();
        if (xml[i] !== "=") fail(`attribute ${attr} without a value`);
        i++;
        skipWs();
        const quote = xml[i];
        if (quote !== '"' && quote !== "'") fail(`attribute ${attr} is not quoted`);
        const end = xml.indexOf(quote!, i + 1);
        if (end < 0) fail("unterminated attribute");
        const value = xml.slice(i + 1, end);
        if (value.includes("<")) fail(`"<" inside attribute ${attr}`);
        if (attr in el.attrs) fail(`duplicate attribute ${attr}`);
        el.attrs[attr] = decodeEntities(value, i);
        i = end + 1;
      }
      const selfClosing = xml.startsWith("/>", i);
      i += selfClosing ? 2 : 1;
      if (stack.length) stack[stack.length - 1]!.children.push(el);
      else if (root) fail("more than one root element");
      else root = el;
      if (!selfClosing) stack.push(el);
    } else {
      const next = xml.indexOf("<", i);
      const end = next < 0 ? xml.length : next;
      const raw = xml.slice(i, end);
      if (!stack.length) {
        if (raw.trim()) fail("text outside the root element");
      } else {
        stack[stack.length - 1]!.text += decodeEntities(raw, i);
      }
      i = end;
    }
  }
  if (stack.length) throw new Error(`XML: <${stack[stack.length - 1]!.name}> is never closed`);
  if (!root) throw new Error("XML: no root element");
  return root;
}

export function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}

export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}
