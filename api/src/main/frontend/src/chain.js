// A service's (or an element's) dependency chain drawn as a layered graph: the service at the top, then network
// functions, VMs and containers, clusters and servers, and regions, zones and sites at the bottom; filled by owner,
// third-party facilities and boundaries between parties marked, anyOf groups drawn as redundancy. Large chains stay
// usable: layers can be collapsed, elements grouped by owner, and at most `cap` boxes are drawn at a time.
import cytoscape from './vendor/cytoscape.esm.min.js';
import { getJson, partyName, postJson, regimes } from './api.js';
import { add, badge, decisionDetail, errorBox, fill, h, pathText, table } from './dom.js';
import { href } from './app.js';

/** The layers, top to bottom, and the element kinds of each (docs/graph-model.md). */
export const LAYERS = [
  { name: 'Services', kinds: [] },
  { name: 'Network functions', kinds: ['pnf', 'vnf', 'cnf'] },
  { name: 'VMs and containers', kinds: ['vm', 'container'] },
  { name: 'Clusters, servers, equipment, lines, storage', kinds: ['cluster', 'nfvi', 'server', 'equipment', 'line', 'storage'] },
  { name: 'Cloud regions, zones and sites', kinds: ['cloud-region', 'availability-zone', 'site'] },
];
/** Boxes drawn at first and added by each "show more"; never more than MAX_DRAWN, whatever the chain's size. */
export const PAGE = 60;
export const MAX_DRAWN = 600;
const PER_ROW = 6;
const DX = 205;
const DY = 105;
const LAYER_GAP = 50;
/** The smallest zoom the drawing opens at: below it the boxes' text cannot be read. */
const READABLE_ZOOM = 0.68;
const PALETTE = ['#90caf9', '#ffcc80', '#a5d6a7', '#ce93d8', '#fff59d', '#80cbc4', '#f48fb1', '#bcaaa4', '#b0bec5',
  '#e6ee9c', '#ffab91', '#9fa8da'];
const SUMMARY_BATCH = 5000;

export function layerOf(node) {
  if (node.type === 'service') {
    return 0;
  }
  const layer = LAYERS.findIndex((l) => l.kinds.includes(node.kind));
  return layer >= 0 ? layer : (node.type === 'function' ? 1 : 3);
}

export async function renderChain(view, id, params, outdated) {
  if (!id) {
    return renderPicker(view, params);
  }
  fill(view, h('h1', {}, 'Dependency chain of ', h('code', {}, id)), h('p', { class: 'loading' }, 'Loading the chain…'));
  const [chain, regimeList] = await Promise.all([getJson(`api/v1/chains/${encodeURIComponent(id)}`), regimes()]);
  const model = buildModel(chain);
  await addSummaries(model);
  const parties = await partyName([...model.nodes.values()].map((n) => n.owner));
  if (outdated()) {
    return;
  }
  const state = {
    regime: params.get('regime') || regimeList[0]?.id,
    byOwner: params.get('group') === 'owner',
    collapsed: new Set((params.get('collapse') ?? '').split(',').filter(Boolean).map(Number)),
    cap: PAGE,
    decisions: new Map(),
  };
  if (chain.rootType === 'service') {
    await loadDecisions(model, state);
  }
  model.colours = colours(model);
  layout(view, chain, model, state, regimeList, parties);
}

/** Nodes by id and edges by their ends, from the tree below the root and the paths of the services above it. */
export function buildModel(chain) {
  const nodes = new Map();
  const edges = new Map();
  const addNode = (n) => {
    if (!nodes.has(n.id)) {
      nodes.set(n.id, { id: n.id, name: n.name ?? null, type: n.type ?? null, owner: n.owner ?? null,
        operator: n.operator ?? null, countries: n.countries ?? [], roles: n.roles ?? [] });
    }
  };
  const addEdge = (from, to, via, group = null, boundary = null) => {
    const key = `${from}\u0000${to}`;
    if (!edges.has(key)) {
      edges.set(key, { from, to, via, group, boundary });
    }
  };
  const walk = (node, parent) => {
    addNode(node);
    if (parent) {
      if (node.via === 'managed-by') {
        addEdge(node.id, parent.id, 'manages');
      } else {
        addEdge(parent.id, node.id, node.via, node.anyOfGroup, node.boundary);
      }
    }
    node.children.forEach((child) => walk(child, node));
  };
  walk(chain.down, null);
  for (const crossing of chain.usedBy ?? []) {
    crossing.path.forEach((step, i) => {
      addNode({ id: step.id });
      if (i > 0) {
        const previous = crossing.path[i - 1].id;
        if (step.via === 'managed-by') {
          addEdge(step.id, previous, 'manages');
        } else {
          addEdge(previous, step.id, step.via);
        }
      }
    });
  }
  const boundaries = new Map((chain.boundaries ?? []).map((b) => [b.connection, b]));
  return { root: chain.root, rootType: chain.rootType, nodes, edges, boundaries,
    viewpoint: chain.down.owner, usedBy: chain.usedBy ?? [] };
}

/** Kind, name, type and owner of every node, from the summaries endpoint (the chain's paths carry ids only). */
async function addSummaries(model) {
  const ids = [...model.nodes.keys()];
  for (let i = 0; i < ids.length; i += SUMMARY_BATCH) {
    const found = await postJson('api/v1/summaries', { ids: ids.slice(i, i + SUMMARY_BATCH) });
    for (const summary of found.filter((s) => s.type !== 'party')) {
      const node = model.nodes.get(summary.id);
      node.kind = summary.kind;
      node.name ??= summary.name;
      node.owner ??= summary.party;
      node.type = summary.type === 'service' ? 'service' : (node.type ?? 'element');
    }
  }
  for (const node of model.nodes.values()) {
    node.layer = layerOf(node);
  }
  model.thirdParty = thirdPartyByUse(model);
}

/**
 * For an element's chain: the elements owned by another party than a carrier whose service uses them (他者設備), from
 * the paths of the services above it; what lies below the element is used by all of them.
 */
function thirdPartyByUse(model) {
  const third = new Set();
  const carriers = new Set(model.usedBy.map((c) => c.carrier));
  for (const crossing of model.usedBy) {
    crossing.path.slice(1).map((step) => model.nodes.get(step.id))
      .filter((node) => node.owner && node.owner !== crossing.carrier).forEach((node) => third.add(node.id));
  }
  const below = [model.root];
  const seen = new Set(below);
  const down = new Map();
  // What an element needs, and what manages it (a manager is used for what it manages).
  model.edges.forEach((e) => (e.via === 'manages' ? down.set(e.to, [...(down.get(e.to) ?? []), e.from])
    : down.set(e.from, [...(down.get(e.from) ?? []), e.to])));
  for (let i = 0; i < below.length; i++) {
    const node = model.nodes.get(below[i]);
    if (node.owner && [...carriers].some((carrier) => carrier !== node.owner)) {
      third.add(node.id);
    }
    (down.get(below[i]) ?? []).filter((id) => !seen.has(id)).forEach((id) => { seen.add(id); below.push(id); });
  }
  return third;
}

async function loadDecisions(model, state) {
  const decisions = await getJson('api/v1/duties', { service: model.root, regime: state.regime });
  state.decisions = new Map(decisions.map((d) => [d.element, d]));
}

/** One colour per owner, the viewpoint party's first. */
function colours(model) {
  const owners = [...new Set([...model.nodes.values()].map((n) => n.owner).filter(Boolean))]
    .sort((a, b) => (a === model.viewpoint ? -1 : b === model.viewpoint ? 1 : a.localeCompare(b)));
  return new Map(owners.map((owner, i) => [owner, PALETTE[i % PALETTE.length]]));
}

function isThirdParty(model, state, node) {
  const decision = state.decisions.get(node.id);
  if (decision) {
    return decision.thirdParty;
  }
  if (model.rootType !== 'service' && model.usedBy.length) {
    return model.thirdParty.has(node.id);
  }
  return node.type !== 'service' && !!node.owner && !!model.viewpoint && node.owner !== model.viewpoint;
}

/**
 * What is drawn: each node stands for itself, or for its group (its layer when the layer is collapsed, its owner
 * within its layer when grouping by owner); edges join groups; boxes in breadth-first order from the root, so the
 * first `cap` drawn are the ones nearest to it.
 */
export function displayGraph(model, state) {
  const keyOf = (node) => {
    if (node.id === model.root) {
      return node.id;
    }
    if (state.collapsed.has(node.layer)) {
      return state.byOwner ? `group:${node.layer}:${node.owner}` : `group:${node.layer}`;
    }
    return state.byOwner ? `group:${node.layer}:${node.owner}` : node.id;
  };
  const boxes = new Map();
  for (const node of model.nodes.values()) {
    const key = keyOf(node);
    if (!boxes.has(key)) {
      boxes.set(key, { key, layer: node.layer, group: key.startsWith('group:'),
        owner: state.byOwner || !state.collapsed.has(node.layer) ? node.owner : null, members: [] });
    }
    boxes.get(key).members.push(node);
  }
  const lines = new Map();
  for (const edge of model.edges.values()) {
    const from = keyOf(model.nodes.get(edge.from));
    const to = keyOf(model.nodes.get(edge.to));
    if (from === to) {
      continue;
    }
    const key = `${from}\u0000${to}`;
    const line = lines.get(key) ?? { key, from, to, anyOf: false, manages: true, boundaries: new Set() };
    line.anyOf ||= edge.via === 'any-of';
    line.manages &&= edge.via === 'manages';
    if (edge.boundary) {
      line.boundaries.add(edge.boundary);
    }
    lines.set(key, line);
  }
  const neighbours = new Map([...boxes.keys()].map((k) => [k, []]));
  for (const line of lines.values()) {
    neighbours.get(line.from).push(line.to);
    neighbours.get(line.to).push(line.from);
  }
  const start = keyOf(model.nodes.get(model.root));
  const order = [start];
  const seen = new Set(order);
  for (let i = 0; i < order.length; i++) {
    for (const next of neighbours.get(order[i])) {
      if (!seen.has(next)) {
        seen.add(next);
        order.push(next);
      }
    }
  }
  boxes.forEach((_, key) => !seen.has(key) && order.push(key));
  return { boxes, lines, order, neighbours };
}

/** Positions: one band per layer, at most PER_ROW boxes a row, each box near the boxes above it that it joins. */
function positions(display, drawn) {
  const drawnSet = new Set(drawn);
  const placed = new Map();
  const labels = [];
  let y = 0;
  const widest = Math.min(PER_ROW, Math.max(1, ...LAYERS.map((_, l) => drawn.filter((k) => display.boxes.get(k).layer === l).length)));
  const left = -((widest - 1) / 2) * DX - DX;
  LAYERS.forEach((layer, l) => {
    const keys = drawn.filter((k) => display.boxes.get(k).layer === l);
    if (!keys.length) {
      return;
    }
    const rank = new Map(drawn.map((k, i) => [k, i]));
    const centre = (key) => {
      const xs = display.neighbours.get(key).filter((n) => drawnSet.has(n) && placed.has(n)).map((n) => placed.get(n).x);
      return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Infinity;
    };
    keys.sort((a, b) => centre(a) - centre(b) || rank.get(a) - rank.get(b));
    keys.forEach((key, i) => {
      const row = Math.floor(i / PER_ROW);
      const inRow = Math.min(PER_ROW, keys.length - row * PER_ROW);
      placed.set(key, { x: ((i % PER_ROW) - (inRow - 1) / 2) * DX, y: y + row * DY });
    });
    labels.push({ layer: l, name: layer.name, x: left, y });
    y += Math.ceil(keys.length / PER_ROW) * DY + LAYER_GAP;
  });
  return { placed, labels, left };
}

function shortText(text, most = 24) {
  return text && text.length > most ? `${text.slice(0, most - 1)}…` : (text ?? '');
}

function boxLabel(model, state, box, hidden, parties) {
  const more = hidden ? `\n+${hidden} not drawn` : '';
  if (box.group) {
    const what = LAYERS[box.layer].name.toLowerCase();
    const third = box.members.filter((n) => isThirdParty(model, state, n)).length;
    return `${box.members.length} × ${shortText(what, 44)}\n${box.owner ? `owner ${shortText(parties(box.owner).name, 22)}` : 'all owners'}`
      + `${third ? `\n${third} third-party` : ''}${more}`;
  }
  const node = box.members[0];
  const decision = state.decisions.get(node.id);
  const status = decision ? decision.status : '';
  const third = isThirdParty(model, state, node) ? 'THIRD PARTY' : '';
  return `${shortText(node.id)}\n${node.type === 'service' ? 'service' : (node.kind ?? node.type)} · ${shortText(parties(node.owner).name ?? node.owner ?? '?', 20)}`
    + `${status || third ? `\n${[status, third].filter(Boolean).join(' · ')}` : ''}${more}`;
}

const STYLE = [
  { selector: 'node', style: { shape: 'round-rectangle', width: 185, height: 70, label: 'data(label)',
    'text-wrap': 'wrap', 'text-max-width': 180, 'font-size': 13, 'text-valign': 'center', 'text-halign': 'center',
    'background-color': 'data(colour)', 'border-width': 1, 'border-color': '#555', color: '#111' } },
  { selector: 'node.service', style: { shape: 'round-tag', 'border-width': 2 } },
  { selector: 'node.root', style: { 'border-width': 4, 'border-color': '#000' } },
  { selector: 'node.third', style: { 'border-width': 5, 'border-style': 'double', 'border-color': '#c62828', color: '#7f0000' } },
  { selector: 'node.group', style: { 'border-style': 'dashed', 'border-width': 2, shape: 'rectangle' } },
  { selector: 'node.group.third', style: { 'border-color': '#c62828' } },
  { selector: 'node:selected', style: { 'overlay-color': '#1565c0', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
  { selector: 'node.layer-label', style: { shape: 'rectangle', 'background-opacity': 0, 'border-width': 0,
    width: 170, 'font-size': 15, 'font-weight': 'bold', 'text-max-width': 170, color: '#37474f', 'text-halign': 'center', events: 'no' } },
  { selector: 'edge', style: { width: 1.5, 'line-color': '#78909c', 'target-arrow-color': '#78909c',
    'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'arrow-scale': 0.9 } },
  { selector: 'edge.any-of', style: { 'line-color': '#2e7d32', 'target-arrow-color': '#2e7d32', 'line-style': 'dashed',
    width: 3, label: 'any of (redundant)', 'font-size': 10, color: '#1b5e20', 'text-background-color': '#fff',
    'text-background-opacity': 0.85 } },
  { selector: 'edge.manages', style: { 'line-color': '#6a1b9a', 'target-arrow-color': '#6a1b9a', 'line-style': 'dotted',
    width: 2, label: 'manages', 'font-size': 10, color: '#4a148c', 'text-background-color': '#fff', 'text-background-opacity': 0.85 } },
  { selector: 'edge.boundary', style: { 'line-color': '#e65100', 'target-arrow-color': '#e65100', width: 4,
    label: 'data(boundary)', 'font-size': 10, color: '#bf360c', 'text-background-color': '#fff', 'text-background-opacity': 0.9 } },
];

function layout(view, chain, model, state, regimeList, parties) {
  const graph = h('div', { id: 'graph', role: 'img', 'aria-label': `Dependency graph of ${model.root}` });
  const details = h('aside', { id: 'details' }, h('p', { class: 'help' },
    'Click a box to see the facility, the duty decided for it, the rule and its legal citation.'));
  const status = h('span', { id: 'graph-status' });
  const more = h('button', { id: 'show-more', type: 'button' }, `Show ${PAGE} more`);
  const fit = h('button', { type: 'button', title: 'Fit the whole drawing in view' }, 'Fit');
  const byOwner = h('input', { type: 'checkbox', id: 'group-by-owner', checked: state.byOwner });
  const layersPresent = [...new Set([...model.nodes.values()].map((n) => n.layer))].sort();
  const collapse = layersPresent.map((l) => h('label', { class: 'check' },
    h('input', { type: 'checkbox', 'data-layer': l, class: 'collapse-layer', checked: state.collapsed.has(l) }),
    LAYERS[l].name));
  const regimeSelect = chain.rootType === 'service' ? h('select', { id: 'chain-regime', 'aria-label': 'Regime' },
    regimeList.map((r) => h('option', { value: r.id, selected: r.id === state.regime }, `${r.id}${r.isDefault ? ' (default)' : ''}`))) : null;
  const legend = h('div', { class: 'legend', id: 'legend' });
  const list = h('details', { id: 'element-list' });
  const rootNode = model.nodes.get(model.root);

  fill(view,
    h('h1', {}, chain.rootType === 'service' ? 'Dependency chain of service ' : 'Dependency chain of element ',
      h('code', {}, model.root), rootNode.name ? ` — ${rootNode.name}` : ''),
    h('p', { class: 'help' }, chain.rootType === 'service'
      ? `Each box is a facility the service depends on; arrows point from a facility to what it needs. Boxes are filled by owner. `
        + `A red double border marks a third-party facility (他者設備: owned by another party than ${parties(model.viewpoint).name ?? model.viewpoint}); `
        + 'an orange arrow crosses into another party\'s facilities; green dashed arrows are alternatives (any one of them is enough).'
      : `The element, what it depends on, and the services that depend on it (${chain.usedBy.length} services). `
        + 'Boxes are filled by owner; a red double border marks a third-party facility (他者設備): one owned by another '
        + 'party than a carrier whose service uses it.'),
    h('div', { class: 'controls' },
      regimeSelect ? h('label', {}, 'Regime ', regimeSelect) : null,
      h('label', { class: 'check' }, byOwner, 'Group by owner'),
      h('span', { class: 'collapse' }, 'Collapse: ', collapse),
      fit,
      h('a', { href: href('whatif', '', { ids: model.root }) }, 'What if it fails?')),
    h('div', { class: 'graph-bar' }, status, more),
    h('div', { class: 'graph-area' }, graph, details),
    legend,
    list);

  let cy;
  const draw = () => {
    const display = displayGraph(model, state);
    const drawn = display.order.slice(0, Math.min(state.cap, MAX_DRAWN));
    const drawnSet = new Set(drawn);
    const { placed, labels } = positions(display, drawn);
    const elements = [];
    for (const key of drawn) {
      const box = display.boxes.get(key);
      const hidden = display.neighbours.get(key).filter((n) => !drawnSet.has(n)).length;
      const node = box.members[0];
      const third = box.group ? box.members.some((n) => isThirdParty(model, state, n)) : isThirdParty(model, state, node);
      elements.push({ group: 'nodes', data: { id: key, label: boxLabel(model, state, box, hidden, parties),
        colour: box.owner ? model.colours.get(box.owner) ?? '#eeeeee' : '#eeeeee' }, position: placed.get(key),
        classes: [box.group ? 'group' : node.type === 'service' ? 'service' : 'element', third ? 'third' : '',
          key === model.root ? 'root' : ''].filter(Boolean).join(' ') });
    }
    labels.forEach((l) => elements.push({ group: 'nodes', data: { id: `layer-label:${l.layer}`, label: l.name, colour: '#fff' },
      position: { x: l.x, y: l.y }, classes: 'layer-label', selectable: false, grabbable: false }));
    for (const line of display.lines.values()) {
      if (drawnSet.has(line.from) && drawnSet.has(line.to)) {
        // A declared connection is named on the arrow; an undeclared crossing is the bare orange arrow.
        const boundary = [...line.boundaries].filter((b) => b !== 'undeclared').join(', ');
        elements.push({ group: 'edges', data: { id: line.key, source: line.from, target: line.to, boundary },
          classes: [line.anyOf ? 'any-of' : '', line.manages ? 'manages' : '', line.boundaries.size ? 'boundary' : '']
            .filter(Boolean).join(' ') });
      }
    }
    cy?.destroy();
    cy = cytoscape({ container: graph, elements, style: STYLE, layout: { name: 'preset' }, minZoom: 0.05,
      maxZoom: 2.5, textureOnViewport: drawn.length > 200, hideEdgesOnViewport: drawn.length > 200,
      boxSelectionEnabled: false, autoungrabify: false });
    // The drawing as cytoscape holds it, for scripting in the browser's console and for the browser tests.
    window.demarcGraph = cy;
    cy.fit(undefined, 30);
    if (cy.zoom() < READABLE_ZOOM) {
      // Readable text first: start at the top of the drawing, centred, and let the reader pan or zoom out.
      cy.zoom(READABLE_ZOOM);
      const box = cy.nodes().boundingBox();
      const centred = graph.clientWidth / 2 - ((box.x1 + box.x2) / 2) * READABLE_ZOOM;
      const leftAligned = 10 - box.x1 * READABLE_ZOOM;
      cy.pan({ x: box.w * READABLE_ZOOM > graph.clientWidth ? leftAligned : centred, y: 20 - box.y1 * READABLE_ZOOM });
    }
    cy.on('tap', 'node', (event) => showDetails(details, model, state, display.boxes.get(event.target.id()), parties));
    graph.dataset.drawnNodes = String(drawn.length);
    graph.dataset.totalNodes = String(display.order.length);
    graph.dataset.elements = String(model.nodes.size);
    const total = display.order.length;
    fill(status, drawn.length < total
      ? `Showing ${drawn.length} of ${total} boxes (${model.nodes.size} services and elements), nearest to ${model.root} first. `
        + (drawn.length >= MAX_DRAWN ? 'Collapse layers or group by owner to see the rest. ' : '')
      : `Showing all ${total} boxes (${model.nodes.size} services and elements). `);
    more.hidden = drawn.length >= total || drawn.length >= MAX_DRAWN;
    renderLegend(legend, model, parties);
    renderList(list, model, state, parties, (node) => showDetails(details, model, state,
      { key: node.id, group: false, members: [node], layer: node.layer }, parties));
  };
  more.addEventListener('click', () => { state.cap += PAGE; draw(); });
  fit.addEventListener('click', () => cy?.fit(undefined, 30));
  byOwner.addEventListener('change', () => { state.byOwner = byOwner.checked; state.cap = PAGE; draw(); });
  view.querySelectorAll('.collapse-layer').forEach((box) => box.addEventListener('change', () => {
    const l = Number(box.dataset.layer);
    if (box.checked) {
      state.collapsed.add(l);
    } else {
      state.collapsed.delete(l);
    }
    state.cap = PAGE;
    draw();
  }));
  regimeSelect?.addEventListener('change', async () => {
    state.regime = regimeSelect.value;
    await loadDecisions(model, state);
    draw();
    fill(details, h('p', { class: 'help' }, `Decisions now under ${state.regime}. Click a box to see one.`));
  });
  draw();
  const selected = new URLSearchParams(location.hash.split('?')[1] ?? '').get('select');
  if (selected && model.nodes.has(selected)) {
    const node = model.nodes.get(selected);
    showDetails(details, model, state, { key: node.id, group: false, members: [node], layer: node.layer }, parties);
  }
}

function renderLegend(legend, model, parties) {
  fill(legend,
    h('strong', {}, 'Owners: '),
    [...model.colours.entries()].map(([owner, colour]) => h('span', { class: 'swatch-item' },
      h('span', { class: 'swatch', style: `background:${colour}` }),
      `${parties(owner).name ?? owner}${owner === model.viewpoint ? (model.rootType === 'service' ? ' (provider)' : ' (owner)') : ''}`)),
    h('br'),
    h('strong', {}, 'Marks: '),
    h('span', { class: 'swatch-item' }, h('span', { class: 'swatch third-mark' }), 'third-party facility (他者設備)'),
    h('span', { class: 'swatch-item' }, h('span', { class: 'line-mark boundary' }), 'crosses to another party\'s facility (labelled with the declared connection, if there is one)'),
    h('span', { class: 'swatch-item' }, h('span', { class: 'line-mark any-of' }), 'any of (redundant alternatives)'),
    h('span', { class: 'swatch-item' }, h('span', { class: 'line-mark manages' }), 'manages (operation, monitoring)'),
    h('span', { class: 'swatch-item' }, h('span', { class: 'swatch group-mark' }), 'a group of boxes (collapsed layer or owner)'));
}

function renderList(list, model, state, parties, select) {
  const nodes = [...model.nodes.values()].sort((a, b) => a.layer - b.layer || a.id.localeCompare(b.id));
  const shown = nodes.slice(0, 500);
  fill(list,
    h('summary', {}, `Every service and element of this chain as a list (${nodes.length}${nodes.length > shown.length ? `, the first ${shown.length} shown` : ''})`),
    table('element-table', ['layer', 'id', 'kind', 'owner', 'third party', 'duty status', 'rule'], shown.map((node) => {
      const decision = state.decisions.get(node.id);
      return [LAYERS[node.layer].name,
        h('a', { href: '#', onclick: (e) => { e.preventDefault(); select(node); } }, node.id),
        node.type === 'service' ? 'service' : node.kind ?? '', parties(node.owner).name ?? node.owner ?? '',
        isThirdParty(model, state, node) ? 'yes' : '', decision ? badge(decision.status) : '', decision?.rule ?? ''];
    })));
}

function showDetails(details, model, state, box, parties) {
  if (!box) {
    return;
  }
  if (box.group) {
    const members = [...box.members].sort((a, b) => a.id.localeCompare(b.id));
    fill(details,
      h('h2', {}, `${members.length} × ${LAYERS[box.layer].name.toLowerCase()}`),
      h('p', {}, box.owner ? `Owner: ${parties(box.owner).name ?? box.owner}` : 'All owners of this layer, collapsed.'),
      h('p', { class: 'help' }, 'Click one to see its decision.'),
      h('ul', { class: 'members' }, members.slice(0, 200).map((node) => h('li', {},
        h('a', { href: '#', onclick: (e) => { e.preventDefault(); showDetails(details, model, state,
          { key: node.id, group: false, members: [node], layer: node.layer }, parties); } }, node.id),
        isThirdParty(model, state, node) ? ' (third party)' : '',
        state.decisions.get(node.id) ? [' ', badge(state.decisions.get(node.id).status)] : ''))),
      members.length > 200 ? h('p', {}, `… and ${members.length - 200} more.`) : null);
    return;
  }
  const node = box.members[0];
  const decision = state.decisions.get(node.id);
  const third = isThirdParty(model, state, node);
  const incoming = [...model.edges.values()].find((e) => e.to === node.id && e.boundary);
  const facts = [
    ['kind', node.type === 'service' ? 'service' : node.kind],
    ['name', node.name],
    [node.type === 'service' ? 'provider' : 'owner', node.owner ? `${parties(node.owner).name ?? node.owner} (${node.owner})` : null],
    ['operator', node.operator && node.operator !== node.owner ? `${parties(node.operator).name ?? node.operator} (${node.operator})` : null],
    ['countries', node.countries?.join(', ')],
    ['roles', node.roles?.join(', ')],
    ['third party (他者設備)', node.type === 'service' ? null : third ? 'yes' : 'no'],
    ['boundary', incoming ? (incoming.boundary === 'undeclared' ? 'reached across a boundary with no declared connection'
      : `beyond declared connection ${incoming.boundary}`) : null],
  ].filter(([, value]) => value);
  const boundary = incoming && incoming.boundary !== 'undeclared' ? model.boundaries.get(incoming.boundary) : null;
  fill(details,
    h('h2', { id: 'detail-id' }, node.id),
    h('dl', { class: 'facts' }, facts.map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)])),
    decision ? h('section', { id: 'detail-decision' },
      h('h3', {}, 'Duty under 41条: ', badge(decision.status)),
      h('p', {}, decision.dutyBearer ? `Duty bearer: ${parties(decision.dutyBearer).name ?? decision.dutyBearer}` : 'No carrier bears the duty for it.'),
      decision.exemptions?.length ? h('p', {}, `Exempt under ${decision.exemptions.join(', ')}`) : null,
      h('div', { id: 'detail-citation-block' }, decisionDetail(decision)),
      h('p', {}, h('strong', {}, 'Path: '), pathText(decision.path)),
      decision.standards?.length ? h('details', {}, h('summary', {}, `Standards that apply (${decision.standards.length})`),
        h('ul', {}, decision.standards.map((s) => h('li', {}, s)))) : null)
      : node.type === 'service' ? h('p', {}, `${model.nodes.size - 1} elements below; click one for its duty.`)
        : h('p', { class: 'help', id: 'detail-decision' }, model.rootType === 'service'
          ? 'No duty decision for this service: the element lies beyond a declared connection, on the other party\'s side.'
          : 'Open its own chain, or the chain of a service using it, to see the duty decided for it.'),
    boundary ? h('section', {}, h('h3', {}, 'Demarcation: ', badge(boundary.status)), decisionDetail(boundary)) : null,
    h('p', { class: 'actions' },
      node.id !== model.root ? h('a', { href: href('chain', node.id) }, node.type === 'service' ? 'Open this service\'s chain' : 'Open its own chain') : null,
      ' ', h('a', { href: href('whatif', '', { ids: node.id }) }, 'What if it fails?')));
}

async function renderPicker(view, params) {
  const owner = params.get('owner');
  const input = h('input', { id: 'chain-id', type: 'search', placeholder: 'a service or element id', 'aria-label': 'Service or element id' });
  const go = (e) => { e.preventDefault(); if (input.value.trim()) location.hash = href('chain', input.value.trim()); };
  fill(view,
    h('h1', {}, 'Dependency chain'),
    h('p', { class: 'help' }, 'Enter the id of a service or an element, or find it with ', h('a', { href: href('search') }, 'Search'), '.'),
    h('form', { class: 'controls', onsubmit: go }, input, h('button', { type: 'submit' }, 'Draw the chain')));
  if (owner) {
    try {
      const party = await getJson(`api/v1/parties/${encodeURIComponent(owner)}`);
      add(view, h('h2', {}, `Facilities owned by ${party.properties.name ?? owner} (${party.properties.type ?? 'party'})`),
        h('ul', { class: 'members' }, party.owns.slice(0, 300).map((id) => h('li', {}, h('a', { href: href('chain', id) }, id)))),
        party.owns.length > 300 ? h('p', {}, `… and ${party.owns.length - 300} more; search for them by id.`) : null);
    } catch (error) {
      add(view, errorBox(error));
    }
  }
}
