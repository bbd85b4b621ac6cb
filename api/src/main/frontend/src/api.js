// The REST API as the pages use it: JSON in and out, and problem details (RFC 9457) turned into readable errors.

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

export async function getJson(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') {
      query.append(key, value);
    }
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw await failure(response);
  }
  return response.json();
}

export async function postJson(path, body) {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    throw await failure(response);
  }
  return response.json();
}

/** The rulebook's regimes, the default first; fetched once. */
let regimesOnce;
export function regimes() {
  regimesOnce ??= getJson('api/v1/regimes').then((list) =>
    [...list].sort((a, b) => Number(b.isDefault) - Number(a.isDefault)));
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
