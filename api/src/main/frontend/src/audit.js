// The audit: who did what through the API and the command line, newest first, with the filters GET /api/v1/audit
// takes, a page at a time, and the filtered log to download. Only the roles regulator and admin may read it.
import { getPage, sendsKey, url } from './api.js';
import { badge, errorBox, fill, h, number, table } from './dom.js';
import { href } from './app.js';

const PAGE = 50;
const ENDPOINT = 'api/v1/audit';
const READERS = 'regulator or admin';
const FILTERS = ['since', 'until', 'who', 'role', 'method', 'path', 'outcome'];
const ROLES = ['regulator', 'architect', 'inventory', 'admin'];
const METHODS = ['GET', 'POST', 'DELETE', 'CLI'];
const OUTCOMES = [['ok', 'answered'], ['refused', 'refused (401, 403)'], ['failed', 'failed']];
const EXPORTS = [['json', 'JSON', 'json'], ['jsonl', 'JSON Lines', 'jsonl'], ['csv', 'CSV', 'csv']];

export async function renderAudit(view, _id, params, outdated) {
  const filters = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? '']));
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const text = (name, placeholder, label) => h('input', { id: `audit-${name}`, type: 'search', name,
    value: filters[name], placeholder, 'aria-label': label });
  const choice = (name, label, options) => h('select', { id: `audit-${name}`, name, 'aria-label': label },
    h('option', { value: '' }, 'any'),
    options.map(([value, shown]) => h('option', { value, selected: value === filters[name] }, shown)));
  const form = h('form', { id: 'audit-filters', class: 'controls' },
    h('label', {}, 'From ', text('since', '2026-11-29 or 2026-11-29T06:00:00Z', 'From (UTC)')),
    h('label', {}, 'to ', text('until', 'a day (through its end) or an instant', 'Until (UTC)')),
    h('label', {}, 'Who ', text('who', 'key name, local, anonymous', 'Who')),
    h('label', {}, 'Role ', choice('role', 'Role', ROLES.map((r) => [r, r]))),
    h('label', {}, 'Method ', choice('method', 'Method', METHODS.map((m) => [m, m]))),
    h('label', {}, 'What ', text('path', '/api/v1/imports, import, keys', 'Path or command starts with')),
    h('label', {}, 'Outcome ', choice('outcome', 'Outcome', OUTCOMES)),
    h('button', { id: 'audit-run', type: 'submit' }, 'Show'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = Object.fromEntries(FILTERS.map((name) => [name, form.elements[name].value.trim()]));
    location.hash = href('audit', '', chosen);
  });
  const results = h('div', { id: 'audit-results' }, h('p', { class: 'loading' }, 'Reading the audit…'));
  fill(view,
    h('h1', {}, 'Audit'),
    h('p', { class: 'help' }, 'Every request to the API (reads, imports, checks, refusals) and every import and key ',
      'change of the command line, newest first: when (UTC), who (the API key\'s name and role; local while the API ',
      'is open), what (method, path or command, parameters), the SHA-256 of what was sent, what the answer held, and ',
      'the outcome. Click a row for all of it. Only the roles regulator and admin may read the audit; reading it is ',
      'recorded too.'),
    form, results);

  let page;
  try {
    page = await getPage(ENDPOINT, { ...filters, order: 'newest', offset, limit: PAGE });
  } catch (error) {
    if (!outdated()) {
      fill(results, refusal(error));
    }
    return;
  }
  if (outdated()) {
    return;
  }
  fill(results, summary(page, offset, filters), exportLinks(filters),
    page.items.length ? auditTable(page.items) : h('p', { class: 'empty' }, 'No entry matches these filters.'),
    pager(page, offset, filters));
}

/** What to tell someone the API refused: which key is needed, or that theirs may not read the audit. */
function refusal(error) {
  if (error.status === 401) {
    return h('p', { id: 'audit-refused', class: 'error', role: 'alert' }, 'This server needs an API key to read the ',
      `audit (role ${READERS}): enter one under “API key” above. The server said: ${error.message}`);
  }
  if (error.status === 403) {
    return h('p', { id: 'audit-refused', class: 'error', role: 'alert' }, 'Not permitted: your API key may not read ',
      `the audit, which is for the roles ${READERS}. The server said: ${error.message}`);
  }
  return errorBox(error);
}

function summary(page, offset, filters) {
  const filtered = FILTERS.some((name) => filters[name]);
  const shown = page.items.length ? `${number(offset + 1)}–${number(offset + page.items.length)} of ` : '';
  return h('p', { id: 'audit-count', class: 'count' },
    `${shown}${number(page.total)} entries${filtered ? ' matching the filters' : ''}, newest first.`);
}

/** The filtered log, whole and oldest first, as a file. */
function exportLinks(filters) {
  return h('p', { id: 'audit-export' }, 'Export these entries (all pages, oldest first): ',
    EXPORTS.flatMap(([format, label, extension], i) => {
      const link = sendsKey(h('a', { href: url(ENDPOINT, { ...filters, format }), download: `demarc-audit.${extension}`,
        'data-format': format }, label));
      return [i ? ' · ' : '', link];
    }));
}

function auditTable(entries) {
  return table('audit-table', ['when (UTC)', 'who', 'what', 'source hash', 'result', 'outcome'],
    entries.map((entry) => ({
      cells: [
        h('span', { class: 'when' }, when(entry.at)),
        [h('strong', {}, entry.who), entry.role ? ` (${entry.role})` : '', entry.channel === 'cli' ? ' · command line' : ''],
        [h('code', {}, `${entry.method} ${entry.path}`), parameters(entry.query)],
        entry.sourceHash
          ? h('code', { title: entry.sourceHash }, `${entry.sourceHash.slice(0, 12)}…`, entry.bytes ? ` ${number(entry.bytes)} B` : '')
          : '',
        counts(entry.counts),
        [badge(outcome(entry)), ` ${entry.status}`],
      ],
      class: outcome(entry) === 'ok' ? null : 'flag',
      detail: () => detail(entry),
    })));
}

/** As the server's AuditQuery.Outcome decides it. */
function outcome(entry) {
  if (entry.channel === 'cli') {
    return entry.status === 0 ? 'ok' : 'failed';
  }
  if (entry.status === 401 || entry.status === 403) {
    return 'refused';
  }
  return entry.status < 400 ? 'ok' : 'failed';
}

function when(at) {
  return at.replace('T', ' ').replace(/\.\d+Z$/, 'Z');
}

function parameters(query) {
  const pairs = Object.entries(query ?? {}).flatMap(([name, values]) => values.map((v) => (v ? `${name}=${v}` : name)));
  return pairs.length ? h('div', { class: 'muted params' }, pairs.join(' ')) : null;
}

function counts(map) {
  return Object.entries(map ?? {}).map(([name, n]) => `${name} ${number(n)}`).join(', ');
}

function detail(entry) {
  const row = (term, value) => [h('dt', {}, term), h('dd', {}, value ?? '-')];
  return h('dl', { class: 'facts' },
    row('at', entry.at), row('who', entry.who), row('role', entry.role), row('channel', entry.channel),
    row('client', entry.client), row('method', entry.method), row('path or command', entry.path),
    row('parameters', parameters(entry.query) ?? '-'), row('status or exit code', String(entry.status)),
    row('source hash (SHA-256)', entry.sourceHash ? h('code', {}, entry.sourceHash) : null),
    row('bytes', entry.bytes == null ? null : number(entry.bytes)), row('answer held', counts(entry.counts) || null),
    row('took', `${number(entry.millis)} ms`));
}

function pager(page, offset, filters) {
  const to = (at) => href('audit', '', { ...filters, offset: at || null });
  return h('p', { class: 'pager' },
    offset > 0 ? h('a', { id: 'audit-newer', href: to(Math.max(0, offset - PAGE)) }, '‹ newer') : null,
    offset > 0 && offset + PAGE < page.total ? ' · ' : null,
    offset + PAGE < page.total ? h('a', { id: 'audit-older', href: to(offset + PAGE) }, 'older ›') : null);
}
