// Search: any service, element or party by a part of its id or name, each hit linked to the page that explains it.
import { getJson } from './api.js';
import { errorBox, fill, h, table } from './dom.js';
import { href } from './app.js';

const LIMIT = 50;
const TYPES = [['', 'everything'], ['service', 'services'], ['element', 'elements (functions and resources)'],
  ['party', 'parties (carriers, clouds, contractors)']];

export async function renderSearch(view, _id, params) {
  const input = h('input', { id: 'search-input', type: 'search', value: params.get('q') ?? '', autofocus: true,
    placeholder: 'an id or a name, e.g. voice, kumo, upf', 'aria-label': 'Search text' });
  const type = h('select', { id: 'search-type', 'aria-label': 'What to search' },
    TYPES.map(([value, label]) => h('option', { value, selected: value === (params.get('type') ?? '') }, label)));
  const results = h('div', { id: 'search-results' });
  let timer;
  const run = () => {
    clearTimeout(timer);
    timer = setTimeout(() => search(input.value, type.value, results), 200);
  };
  input.addEventListener('input', run);
  type.addEventListener('change', run);
  fill(view,
    h('h1', {}, 'Search'),
    h('p', { class: 'help' }, 'Type a part of the id or the name of a service, a facility (network function, VM, ',
      'server, line, site…) or a party. Open a service to see the chain of facilities it depends on and the duty ',
      'decided for each; open a carrier to see its duties, demarcation points and exposure.'),
    h('form', { class: 'controls', onsubmit: (e) => { e.preventDefault(); search(input.value, type.value, results); } },
      input, type, h('button', { type: 'submit' }, 'Search')),
    results);
  input.focus();
  await search(input.value, type.value, results);
}

async function search(text, type, results) {
  history.replaceState(null, '', href('search', '', { q: text, type }));
  let hits;
  try {
    hits = await getJson('api/v1/search', { q: text, type, limit: LIMIT + 1 });
  } catch (error) {
    fill(results, errorBox(error));
    return;
  }
  const more = hits.length > LIMIT;
  const shown = hits.slice(0, LIMIT);
  if (!shown.length) {
    fill(results, h('p', { class: 'empty' }, `Nothing has “${text}” in its id or name.`));
    return;
  }
  fill(results,
    h('p', { class: 'count' }, more ? `The first ${LIMIT} matches; type more to narrow them.` : `${shown.length} matches.`),
    table('search-table', ['', 'id', 'name', 'kind', 'provider / owner', 'open'], shown.map((hit) => [
      h('span', { class: `type type-${hit.type}` }, hit.type),
      h('a', { href: link(hit), class: 'hit' }, hit.id),
      hit.name ?? '',
      hit.kind ?? '',
      hit.party ? h('a', { href: href('carrier', hit.party) }, hit.party) : '',
      h('a', { href: link(hit) }, action(hit)),
    ])));
}

function link(hit) {
  if (hit.type === 'party') {
    return hit.kind === 'carrier' ? href('carrier', hit.id) : href('chain', '', { owner: hit.id });
  }
  return href('chain', hit.id);
}

function action(hit) {
  if (hit.type === 'party') {
    return hit.kind === 'carrier' ? 'duties, demarcation, exposure' : 'facilities it owns';
  }
  return hit.type === 'service' ? 'dependency chain and duties' : 'its chain and the services using it';
}
