// What-if: pick services or elements that fail, see which services stop, how many users they have, and after how
// many hours the outage becomes a serious accident to report (電気通信事業法28条).
import { getJson, postJson, regimes } from './api.js';
import { badge, decisionDetail, errorBox, fill, h, number } from './dom.js';
import { href } from './app.js';

export async function renderWhatIf(view, _id, params, outdated) {
  const regimeList = await regimes();
  if (outdated()) {
    return;
  }
  const picked = new Set((params.get('ids') ?? '').split(',').map((s) => s.trim()).filter(Boolean));
  const chips = h('ul', { id: 'whatif-picked', class: 'chips' });
  const input = h('input', { id: 'whatif-input', type: 'search', placeholder: 'type an element or service id or name',
    'aria-label': 'Element or service to fail', autocomplete: 'off' });
  const suggestions = h('ul', { id: 'whatif-suggestions', class: 'suggestions' });
  const hours = h('input', { id: 'whatif-hours', type: 'number', min: '0', step: '0.5', value: params.get('hours') ?? '',
    placeholder: 'e.g. 3', 'aria-label': 'Outage hours' });
  const regime = h('select', { id: 'whatif-regime', 'aria-label': 'Regime' },
    regimeList.map((r) => h('option', { value: r.id, selected: r.id === params.get('regime') }, `${r.id}${r.isDefault ? ' (default)' : ''}`)));
  const run = h('button', { id: 'whatif-run', type: 'button' }, 'Run what-if');
  const results = h('div', { id: 'whatif-results' });

  const drawChips = () => fill(chips, [...picked].map((id) => h('li', {}, id,
    h('button', { type: 'button', class: 'remove', title: `Remove ${id}`, onclick: () => { picked.delete(id); drawChips(); } }, '×'))),
  picked.size ? null : h('li', { class: 'empty' }, 'nothing picked yet'));
  const add = (id) => {
    picked.add(id);
    input.value = '';
    fill(suggestions);
    drawChips();
  };
  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      if (!input.value.trim()) {
        fill(suggestions);
        return;
      }
      const hits = await getJson('api/v1/search', { q: input.value, type: 'element,service', limit: 10 });
      fill(suggestions, hits.map((hit) => h('li', {}, h('button', { type: 'button', 'data-id': hit.id, onclick: () => add(hit.id) },
        `${hit.id}`, h('span', { class: 'muted' }, ` ${hit.type}, ${hit.kind ?? ''}${hit.party ? `, ${hit.party}` : ''}`)))));
    }, 200);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && input.value.trim()) {
      e.preventDefault();
      add(suggestions.querySelector('button')?.dataset.id ?? input.value.trim());
    }
  });
  run.addEventListener('click', async () => {
    if (!picked.size) {
      fill(results, h('p', { class: 'error' }, 'Pick at least one element or service first.'));
      return;
    }
    history.replaceState(null, '', href('whatif', '', { ids: [...picked].join(','), hours: hours.value, regime: regime.value }));
    fill(results, h('p', { class: 'loading' }, 'Propagating the failure…'));
    try {
      const result = await postJson('api/v1/whatif', { failed: [...picked],
        hours: hours.value === '' ? null : Number(hours.value), regime: regime.value });
      showResult(results, result, hours.value);
    } catch (error) {
      fill(results, errorBox(error));
    }
  });

  drawChips();
  fill(view,
    h('h1', {}, 'What if it fails?'),
    h('p', { class: 'help' }, 'Pick the facilities or services that fail. The failure is carried up to everything that ',
      'requires them (an "any of" group fails only when all its members do) and, for each service that stops, the page says ',
      'how many users it has and after how many hours of outage it is a serious accident (電気通信事業法28条; 施行規則58条). ',
      'With an outage duration, it also says which reports that outage triggers.'),
    h('div', { class: 'controls whatif-controls' },
      h('div', { class: 'picker' }, h('label', {}, 'Fail ', input), suggestions),
      h('label', {}, 'Outage hours ', hours), h('label', {}, 'Regime ', regime), run),
    h('div', {}, h('strong', {}, 'Failing: '), chips),
    results);
  if (picked.size) {
    run.click();
  }
}

function showResult(results, result, hours) {
  const users = result.services.reduce((sum, s) => sum + (s.users ?? 0), 0);
  fill(results,
    h('p', { class: 'count', id: 'whatif-summary' }, `${result.services.length} services fail, with ${number(users)} users; `,
      `${result.elements.length} elements fail (${result.initiallyFailed.length} picked, the rest carried up from them).`),
    result.services.length ? h('table', { class: 'data', id: 'whatif-services' },
      h('thead', {}, h('tr', {}, ['service', 'provider', 'users', 'accident class', 'serious accident after',
        'routine report after', 'near-miss candidate', hours ? `reports after ${hours} h` : 'reports', 'failed below'].map((t) => h('th', {}, t)))),
      h('tbody', {}, result.services.flatMap((s) => {
        const row = h('tr', { class: `expandable${s.serious ? ' flag' : ''}`, title: 'Click for the reasons and the citations' },
          h('td', {}, h('a', { href: href('chain', s.id) }, s.id)), h('td', {}, s.provider), h('td', { class: 'num' }, number(s.users)),
          h('td', {}, s.accidentClass), h('td', { class: 'num' }, s.seriousAfterHours === null ? 'never' : `${s.seriousAfterHours} h`),
          h('td', { class: 'num' }, s.routineAfterHours === null ? 'never' : `${s.routineAfterHours} h`),
          h('td', {}, s.nearMissCandidate ? 'yes' : 'no'),
          h('td', {}, s.reports.length ? s.reports.map((r) => badge(r.split('/').pop())) : (hours ? 'none' : '(give hours)')),
          h('td', {}, `${s.failedBelow.length}: ${s.failedBelow.slice(0, 6).join(', ')}${s.failedBelow.length > 6 ? ', …' : ''}`));
        row.addEventListener('click', () => {
          if (row.nextSibling?.classList?.contains('detail-row')) {
            row.nextSibling.remove();
          } else {
            row.after(h('tr', { class: 'detail-row' }, h('td', { colspan: 9 }, decisionDetail({ rule: s.rules.join(', '),
              regime: s.regime, reasons: s.reasons, extra: h('ul', {}, s.citations.map((c) => h('li', { class: 'citation' }, c))) }))));
          }
        });
        return [row];
      }))) : h('p', {}, 'No service stops: every failed element has an alternative or serves nothing.'),
    h('details', {}, h('summary', {}, `The ${result.elements.length} failed elements`),
      h('ul', { class: 'members' }, result.elements.slice(0, 500).map((e) => h('li', {},
        h('a', { href: href('chain', e.id) }, e.id), ` ${e.kind}, ${e.owner}${e.initially ? ' (picked)' : ''}`)))));
}
