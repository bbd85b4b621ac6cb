// A carrier's page: its duty table (filtered by service, status and regime), its demarcation points and gaps, its
// user-information exposure lists, and what changes under another regime.
import { getJson, regimes, sendsKey } from './api.js';
import { add, badge, decisionDetail, errorBox, fill, h, number, pathText, table } from './dom.js';
import { href } from './app.js';

const ROWS = 200;
/** A carrier with more services than this starts on one service: all its decisions at once are megabytes. */
const ALL_SERVICES_AT_ONCE = 40;
const STATUSES = ['in-scope', 'exempt', 'not-applicable'];
const GAPS = new Set(['missing-point', 'missing-function-check', 'undeclared-boundary']);

export async function renderCarrier(view, id, params, outdated) {
  const [carriers, regimeList] = await Promise.all([
    getJson('api/v1/search', { type: 'party', limit: 500 }).then((parties) => parties.filter((p) => p.kind === 'carrier')),
    regimes()]);
  if (outdated()) {
    return;
  }
  const carrierSelect = h('select', { id: 'carrier-select', 'aria-label': 'Carrier' },
    h('option', { value: '' }, '— choose a carrier —'),
    carriers.map((c) => h('option', { value: c.id, selected: c.id === id }, `${c.name ?? c.id} (${c.id})`)));
  const regime = params.get('regime') || regimeList[0]?.id;
  const regimeSelect = h('select', { id: 'carrier-regime', 'aria-label': 'Regime' },
    regimeList.map((r) => h('option', { value: r.id, selected: r.id === regime }, `${r.id}${r.isDefault ? ' (default)' : ''} — ${r.title}`)));
  const navigate = () => { location.hash = href('carrier', carrierSelect.value, { regime: regimeSelect.value }); };
  carrierSelect.addEventListener('change', navigate);
  regimeSelect.addEventListener('change', navigate);
  fill(view,
    h('h1', {}, 'Carrier'),
    h('p', { class: 'help' }, 'A carrier\'s duties under 電気通信事業法41条 for every facility its services use, the ',
      'demarcation points (分界点, 設備規則23条・24条) with other parties and the gaps in them, the countries its ',
      'handling policy must name (27条の8), and what changes under another regime. Click a row for its reasons and citation.'),
    h('div', { class: 'controls' }, h('label', {}, 'Carrier ', carrierSelect), h('label', {}, 'Regime ', regimeSelect)));
  if (!id) {
    return;
  }
  const party = await getJson(`api/v1/parties/${encodeURIComponent(id)}`);
  const duties = h('section', { id: 'duties' });
  const demarcation = h('section', { id: 'demarcation' });
  const exposure = h('section', { id: 'exposure' });
  const diff = h('section', { id: 'diff' });
  add(view,
    h('p', {}, h('strong', {}, party.properties.name ?? id), ` — ${party.properties.category ?? ''} carrier, `,
      `${number(party.properties.users)} users, designations: ${(party.properties.designations ?? []).join(', ') || 'none'}; `,
      `${party.services.length} services.`),
    h('nav', { class: 'sections' }, h('a', { href: '#duties', onclick: jump('duties') }, 'Duties'),
      h('a', { href: '#demarcation', onclick: jump('demarcation') }, 'Demarcation points and gaps'),
      h('a', { href: '#exposure', onclick: jump('exposure') }, 'Exposure lists'),
      h('a', { href: '#diff', onclick: jump('diff') }, 'Regime diff')),
    evidenceLinks(id, regime),
    duties, demarcation, exposure, diff);
  await Promise.all([
    renderDuties(duties, id, party.services, regime, params),
    renderDemarcation(demarcation, id, regime),
    renderExposure(exposure, id, regime),
  ]);
  renderDiff(diff, id, regime, regimeList);
}

/** Links to the carrier's evidence report (docs/reports.md) under this regime, one per format a regulator files. */
function evidenceLinks(id, regime) {
  const report = (format) => `api/v1/reports/${encodeURIComponent(id)}?${new URLSearchParams({ regime, format })}`;
  const formats = [['html', 'printable HTML'], ['pdf', 'PDF'], ['json', 'JSON'], ['md', 'Markdown'],
    ['ttl', 'RDF Turtle (PROV-O)'], ['jsonld', 'JSON-LD']];
  return h('p', { class: 'evidence', id: 'evidence-report' }, 'Evidence report (duties, demarcation points, exposure, ',
    'sources and a content hash): ', formats.flatMap(([format, label], i) =>
      [i ? ' · ' : '', sendsKey(h('a', { href: report(format), target: '_blank', rel: 'noopener' }, label))]));
}

/** Scrolls to a section without touching the hash, which holds the page's route. */
function jump(sectionId) {
  return (event) => {
    event.preventDefault();
    document.getElementById(sectionId)?.scrollIntoView({ behavior: 'smooth' });
  };
}

async function renderDuties(section, carrier, services, regime, params) {
  const many = services.length > ALL_SERVICES_AT_ONCE;
  const initial = params.get('service') ?? (many ? services[0] : '');
  const service = h('select', { id: 'duty-service', 'aria-label': 'Service' },
    many ? null : h('option', { value: '' }, 'all services'),
    services.map((s) => h('option', { value: s, selected: s === initial }, s)));
  const status = h('select', { id: 'duty-status', 'aria-label': 'Status' }, h('option', { value: '' }, 'any status'),
    STATUSES.map((s) => h('option', { value: s }, s)));
  const third = h('input', { type: 'checkbox', id: 'duty-third-party' });
  const body = h('div');
  let decisions = [];
  let shown = ROWS;
  const draw = () => {
    const rows = decisions.filter((d) => (!status.value || d.status === status.value) && (!third.checked || d.thirdParty));
    const inScope = decisions.filter((d) => d.status === 'in-scope');
    fill(body,
      h('p', { class: 'count' }, `${decisions.length} decisions: ${inScope.length} in scope `,
        `(${inScope.filter((d) => d.thirdParty).length} third-party facilities), `,
        `${decisions.filter((d) => d.status === 'exempt').length} exempt, `,
        `${decisions.filter((d) => d.status === 'not-applicable').length} not applicable. `,
        rows.length !== decisions.length ? `${rows.length} match the filters.` : ''),
      table('duty-table', ['service', 'element', 'kind', 'owner', 'third party', 'status', 'duty bearer', 'rule'],
        rows.slice(0, shown).map((d) => ({
          class: d.thirdParty && d.status === 'in-scope' ? 'flag' : '',
          cells: [h('a', { href: href('chain', d.service, { select: d.element }) }, d.service), d.element, d.elementKind,
            d.owner, d.thirdParty ? 'yes' : '', badge(d.status), d.dutyBearer ?? '', h('code', {}, d.rule)],
          detail: () => decisionDetail({ ...d, extra: h('p', {}, h('strong', {}, 'Path: '), pathText(d.path)) }),
        }))),
      rows.length > shown ? h('button', { type: 'button', onclick: () => { shown += ROWS; draw(); } },
        `Show ${Math.min(ROWS, rows.length - shown)} more of ${rows.length - shown}`) : null);
  };
  const load = async () => {
    fill(body, h('p', { class: 'loading' }, 'Loading the decisions…'));
    try {
      decisions = await getJson('api/v1/duties', { carrier, service: service.value, regime });
      shown = ROWS;
      draw();
    } catch (error) {
      fill(body, errorBox(error));
    }
  };
  service.addEventListener('change', load);
  status.addEventListener('change', draw);
  third.addEventListener('change', draw);
  fill(section, h('h2', {}, 'Duties under 41条'),
    h('div', { class: 'controls' }, h('label', {}, 'Service ', service), h('label', {}, 'Status ', status),
      h('label', { class: 'check' }, third, 'third-party facilities only')),
    many ? h('p', { class: 'help' }, `${services.length} services: one at a time.`) : null,
    body);
  await load();
}

async function renderDemarcation(section, carrier, regime) {
  fill(section, h('h2', {}, 'Demarcation points (分界点) and gaps'));
  let boundaries;
  try {
    boundaries = await getJson('api/v1/demarcations', { carrier, regime });
  } catch (error) {
    add(section, errorBox(error));
    return;
  }
  const gaps = boundaries.filter((b) => GAPS.has(b.status));
  add(section,
    h('p', { class: 'count' }, `${boundaries.length} boundaries with other parties; ${gaps.length} gaps `,
      '(no declared point, no function check, or no declared connection). ',
      '"not-a-demarcation": the other side is not a carrier, so this carrier keeps the whole duty there.'),
    table('demarcation-table', ['connection', 'kind', 'between', 'parties', 'point', 'function check', 'status', 'rule'],
      boundaries.slice(0, 500).map((b) => ({
        class: GAPS.has(b.status) ? 'flag' : '',
        cells: [b.connection ?? '(none declared)', b.kind ?? '', b.between.join(' ↔ '),
          b.parties.map((p) => p.name ?? p.id).join(' ↔ '), b.point ?? '—', b.functionCheck ?? '—', badge(b.status),
          h('code', {}, b.rule)],
        detail: () => decisionDetail({ ...b, extra: h('p', {}, h('strong', {}, 'Used for: '),
          b.services.map((s) => `${s.service} (${s.carrier})`).join(', ') || '—') }),
      }))),
    boundaries.length > 500 ? h('p', {}, `The first 500 of ${boundaries.length} are listed.`) : null);
}

async function renderExposure(section, carrier, regime) {
  fill(section, h('h2', {}, 'User-information exposure (情報取扱方針, 27条の8)'));
  let report;
  try {
    report = await getJson('api/v1/exposure', { carrier, regime });
  } catch (error) {
    add(section, errorBox(error));
    return;
  }
  const c = report.carriers[0];
  if (!c) {
    add(section, h('p', {}, 'No exposure answer for this carrier.'));
    return;
  }
  add(section,
    h('p', {}, c.designated ? 'Designated (27条の5): its handling policy must publish these lists.'
      : 'Not designated for specified user information: the lists are shown for information.'),
    h('dl', { class: 'facts', id: 'exposure-lists' },
      h('dt', {}, 'Stored abroad'), h('dd', {}, c.storedAbroad.join(', ') || 'none'),
      h('dt', {}, 'Foreign contractors and storage providers'), h('dd', {}, c.foreignParties.join(', ') || 'none'),
      h('dt', {}, 'Third parties without a known country'), h('dd', {}, c.unlocatedThirdParties.join(', ') || 'none')),
    decisionDetail(c),
    table('exposure-table', ['country', 'list', 'role', 'element', 'party', 'relation', 'rule'],
      c.foreign.slice(0, 500).map((f) => ({
        cells: [f.country, f.list, f.role, f.element, f.party, f.relation, h('code', {}, f.rule)],
        detail: () => decisionDetail({ ...f, reasons: [f.reason], extra: h('p', {}, h('strong', {}, 'Path: '), pathText(f.path)) }),
      }))));
}

function renderDiff(section, carrier, regime, regimeList) {
  const others = regimeList.filter((r) => r.id !== regime);
  const to = h('select', { id: 'diff-to', 'aria-label': 'Compare with regime' }, others.map((r) => h('option', { value: r.id }, r.id)));
  const body = h('div');
  const load = async () => {
    fill(body, h('p', { class: 'loading' }, 'Comparing…'));
    try {
      const differences = await getJson('api/v1/duties/diff', { from: regime, to: to.value, carrier });
      fill(body, h('p', { class: 'count' }, `${differences.length} decisions differ between ${regime} and ${to.value}.`),
        table('diff-table', ['service', 'element', 'owner', 'third party', regime, to.value],
          differences.slice(0, 500).map((d) => ({
            cells: [d.service, d.element, d.owner, d.thirdParty ? 'yes' : '',
              h('span', {}, badge(d.fromStatus), ' ', h('code', {}, d.fromRule)), h('span', {}, badge(d.toStatus), ' ', h('code', {}, d.toRule))],
            detail: () => h('div', { class: 'diff-detail' },
              h('h4', {}, regime), decisionDetail({ rule: d.fromRule, citation: d.fromCitation, reasons: d.fromReasons }),
              h('h4', {}, to.value), decisionDetail({ rule: d.toRule, citation: d.toCitation, reasons: d.toReasons })),
          }))));
    } catch (error) {
      fill(body, errorBox(error));
    }
  };
  to.addEventListener('change', load);
  fill(section, h('h2', {}, 'What changes under another regime'),
    others.length ? h('div', { class: 'controls' }, h('label', {}, `From ${regime} to `, to),
      h('button', { type: 'button', id: 'diff-run', onclick: load }, 'Compare')) : h('p', {}, 'Only one regime is known.'),
    body);
}
