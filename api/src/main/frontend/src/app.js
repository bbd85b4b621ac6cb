// The web view's router: #/search, #/chain/ID, #/carrier/ID, #/whatif, #/audit, each page a module rendering into
// <main>; and the API key control of the header.
import { renderSearch } from './search.js';
import { renderChain } from './chain.js';
import { renderCarrier } from './carrier.js';
import { renderWhatIf } from './whatif.js';
import { renderAudit } from './audit.js';
import { renderKeyControl } from './key.js';
import { errorBox, fill } from './dom.js';

const pages = { search: renderSearch, chain: renderChain, carrier: renderCarrier, whatif: renderWhatIf,
  audit: renderAudit };

/** The page, its path argument (an id) and its query parameters, from the location's hash. */
export function route() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = hash.split('?');
  const [page, ...rest] = path.split('/');
  return {
    page: pages[page] ? page : 'search',
    id: rest.length ? decodeURIComponent(rest.join('/')) : '',
    params: new URLSearchParams(query),
  };
}

/** A link to a page of the view. */
export function href(page, id = '', params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''));
  return `#/${page}${id ? `/${encodeURIComponent(id)}` : ''}${query.toString() ? `?${query}` : ''}`;
}

let rendering = 0;

async function show() {
  const { page, id, params } = route();
  document.querySelectorAll('nav a').forEach((a) => a.classList.toggle('active', a.dataset.page === page));
  const view = document.getElementById('view');
  const ticket = ++rendering;
  view.dataset.page = page;
  view.dataset.ready = 'false';
  try {
    // A page that finds itself outdated (another hash arrived meanwhile) stops drawing.
    await pages[page](view, id, params, () => ticket !== rendering);
  } catch (error) {
    if (ticket === rendering) {
      fill(view, errorBox(error));
    }
  }
  if (ticket === rendering) {
    view.dataset.ready = 'true';
  }
}

window.addEventListener('hashchange', show);
renderKeyControl(document.getElementById('api-key'), show);
show();
