// Building the page from data without innerHTML: every text the graph holds is set as text, never parsed as markup.

/** An element with attributes (on* as listeners, class, dataset via data-*) and children (strings become text). */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'class') {
      element.className = value;
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) {
      continue;
    }
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Appends children as h() does: strings as text, null and false left out (Element.append would write "null"). */
export function add(element, ...children) {
  append(element, children);
  return element;
}

/** Replaces an element's children. */
export function fill(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/** A table with a header row; each row is a list of cells, or {cells, detail, class} with a detail shown on click. */
export function table(id, headers, rows) {
  const body = h('tbody');
  for (const row of rows) {
    const cells = Array.isArray(row) ? row : row.cells;
    const tr = h('tr', { class: row.class }, cells.map((cell) => h('td', {}, cell)));
    body.append(tr);
    if (row.detail) {
      tr.classList.add('expandable');
      tr.title = 'Click for the reasons and the citation';
      tr.addEventListener('click', () => {
        if (tr.nextSibling?.classList?.contains('detail-row')) {
          tr.nextSibling.remove();
          tr.classList.remove('open');
        } else {
          tr.after(h('tr', { class: 'detail-row' }, h('td', { colspan: cells.length }, row.detail())));
          tr.classList.add('open');
        }
      });
    }
  }
  return h('table', { id, class: 'data' }, h('thead', {}, h('tr', {}, headers.map((t) => h('th', {}, t)))), body);
}

/** A status word as a coloured badge (the stylesheet colours each status). */
export function badge(status) {
  return h('span', { class: `badge status-${String(status).replace(/[^a-z0-9-]/gi, '')}` }, status ?? '-');
}

/** The rule, citation and reasons of a decision, as the detail under a row. */
export function decisionDetail({ rule, citation, regime, reasons, extra }) {
  return h('div', { class: 'decision' },
    h('p', {}, h('strong', {}, 'Rule: '), h('code', { class: 'rule' }, rule ?? '-'), regime ? ` (regime ${regime})` : ''),
    citation ? h('p', { class: 'citation' }, h('strong', {}, 'Citation: '), citation) : null,
    reasons?.length ? h('div', {}, h('strong', {}, 'Reasons'), h('ol', {}, reasons.map((r) => h('li', {}, r)))) : null,
    extra ?? null);
}

export function pathText(path) {
  return (path ?? []).map((step) => step.id).join(' › ');
}

export function errorBox(error) {
  return h('p', { class: 'error', role: 'alert' }, `Could not load: ${error.message}`);
}

export function number(n) {
  return n === null || n === undefined ? '-' : Number(n).toLocaleString('en');
}
