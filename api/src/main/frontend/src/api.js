// The REST API as the pages use it: JSON in and out, the API key if one was entered, and problem details (RFC 9457)
// turned into readable errors.

// The key lives in this tab's session storage: gone when the tab closes, never in a URL, a cookie or a log.
const KEY_ITEM = 'demarc.apiKey';

/** The API key entered for this tab, or '' for none. */
export function apiKey() {
  return sessionStorage.getItem(KEY_ITEM) ?? '';
}

/** Uses the key for every request of this tab from now on; an empty key forgets it. */
export function setApiKey(key) {
  if (key) {
    sessionStorage.setItem(KEY_ITEM, key);
  } else {
    sessionStorage.removeItem(KEY_ITEM);
  }
}

function headers(others) {
  const key = apiKey();
  return key ? { ...others, Authorization: `Bearer ${key}` } : others;
}

async function failure(response) {
  let detail = '';
  try {
    const problem = await response.json();
    detail = problem.detail || problem.title || '';
  } catch {
    // Not a problem document: the status line says enough.
  }
  const error = new Error(detail || `${response.status} ${response.statusText}`);
  error.status = response.status;
  return error;
}

/** The path with the parameters that have a value as its query. */
export function url(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') {
      query.append(key, value);
    }
  }
  return query.toString() ? `${path}?${query}` : path;
}

async function get(path, params, accept) {
  const response = await fetch(url(path, params), { headers: headers({ Accept: accept }) });
  if (!response.ok) {
    throw await failure(response);
  }
  return response;
}

export async function getJson(path, params = {}) {
  return (await get(path, params, 'application/json')).json();
}

/** A page of a list and how many items there are in all (the X-Total-Count header). */
export async function getPage(path, params = {}) {
  const response = await get(path, params, 'application/json');
  return { items: await response.json(), total: Number(response.headers.get('X-Total-Count')) };
}

export async function postJson(path, body) {
  const response = await fetch(path, {
    method: 'POST',
    headers: headers({ 'Content-Type': 'application/json', Accept: 'application/json' }),
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    throw await failure(response);
  }
  return response.json();
}

/**
 * Makes a link to the API work with a key in use, which a plain link cannot send: a click then fetches what it
 * points to with the key, and saves it (a link with a download name) or opens it in a new tab.
 */
export function sendsKey(link) {
  link.addEventListener('click', async (event) => {
    if (!apiKey()) {
      return;
    }
    event.preventDefault();
    // Opened now, while the click still counts as the user's: a tab opened after the fetch would be blocked.
    const tab = link.download ? null : window.open('', '_blank');
    try {
      const response = await fetch(link.href, { headers: headers({ Accept: '*/*' }) });
      if (!response.ok) {
        throw await failure(response);
      }
      const address = URL.createObjectURL(await response.blob());
      if (tab) {
        tab.location.href = address;
      } else {
        const save = document.createElement('a');
        save.href = address;
        save.download = link.download;
        save.click();
      }
      setTimeout(() => URL.revokeObjectURL(address), 60_000);
    } catch (error) {
      tab?.close();
      const message = document.createElement('span');
      message.className = 'error';
      message.setAttribute('role', 'alert');
      message.textContent = `Could not load: ${error.message}`;
      link.after(' ', message);
    }
  });
  return link;
}

/** The rulebook's regimes, the default first; fetched once. */
let regimesOnce;
export function regimes() {
  regimesOnce ??= getJson('api/v1/regimes').then((list) =>
    [...list].sort((a, b) => Number(b.isDefault) - Number(a.isDefault)), (error) => {
    regimesOnce = undefined; // a refusal may end with a key entered: ask again then
    throw error;
  });
  return regimesOnce;
}

/** Parties by id, fetched in one summaries request per batch of unknown ids and kept for the page's life. */
const partyNames = new Map();
export async function partyName(ids) {
  const unknown = [...new Set(ids)].filter((id) => id && !partyNames.has(id));
  if (unknown.length) {
    const found = await postJson('api/v1/summaries', { ids: unknown });
    for (const party of found.filter((s) => s.type === 'party')) {
      partyNames.set(party.id, party);
    }
    unknown.filter((id) => !partyNames.has(id)).forEach((id) => partyNames.set(id, { id, name: id }));
  }
  return (id) => partyNames.get(id) ?? { id, name: id };
}
