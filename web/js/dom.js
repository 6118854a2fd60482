// Building the page from API data. Everything the API says is inserted as text; the only
// HTML taken from it is its own escaped snippets and article bodies (see trustedApiHtml).

// el("li", {class: "card", dataset: {id}}, "text", childNode, …): an element whose string
// children become text nodes, never HTML.
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "class") node.className = value;
    else if (name === "dataset") Object.assign(node.dataset, value);
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else if (value === true) node.setAttribute(name, "");
    else node.setAttribute(name, String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

// Replaces a node's children.
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

export function byId(id) {
  const node = document.getElementById(id);
  if (!node) throw new Error(`the page has no #${id}`);
  return node;
}

export function show(node, visible = true) {
  node.hidden = !visible;
}

// HTML the API escaped itself: snippets (escaped text with <mark>) and article bodies
// (Markdown rendered with raw HTML escaped). Parsed into an inert template, then stripped
// of anything but formatting, so a mistake upstream cannot run script here; the page's
// Content-Security-Policy is the second lock.
const ALLOWED_TAGS = new Set([
  "A", "B", "BLOCKQUOTE", "BR", "CODE", "DEL", "EM", "H1", "H2", "H3", "H4", "H5", "H6", "HR", "I", "IMG",
  "LI", "MARK", "OL", "P", "PRE", "S", "STRONG", "TABLE", "TBODY", "TD", "TH", "THEAD", "TR", "UL", "SPAN",
]);
const ALLOWED_ATTRIBUTES = new Set(["href", "title", "alt", "src", "align"]);

export function trustedApiHtml(html) {
  const template = document.createElement("template");
  template.innerHTML = html;
  sanitize(template.content);
  return template.content;
}

function sanitize(root) {
  for (const node of [...root.querySelectorAll("*")]) {
    if (!ALLOWED_TAGS.has(node.tagName)) {
      node.replaceWith(document.createTextNode(node.textContent));
      continue;
    }
    for (const attribute of [...node.attributes]) {
      const safe = ALLOWED_ATTRIBUTES.has(attribute.name) && !/^\s*(javascript|data|vbscript):/i.test(attribute.value);
      if (!safe) node.removeAttribute(attribute.name);
    }
    if (node.tagName === "A") {
      node.setAttribute("rel", "noopener noreferrer");
      node.setAttribute("target", "_blank");
    }
  }
}
