// The API key control in the header. Once a server has keys (README, "Access control and audit"), every page needs
// one: it is entered here, kept for this tab only, and sent by api.js with each request.
import { apiKey, setApiKey } from './api.js';
import { fill, h } from './dom.js';

/** Draws the control into the form and redraws the page whenever the key changes. */
export function renderKeyControl(form, redraw) {
  const change = (key) => {
    setApiKey(key);
    renderKeyControl(form, redraw);
    redraw();
  };
  form.onsubmit = (event) => event.preventDefault();
  if (apiKey()) {
    fill(form,
      h('span', { id: 'api-key-status' }, 'API key in use for this tab'),
      h('button', { id: 'api-key-forget', type: 'button', onclick: () => change('') }, 'Forget'));
    return;
  }
  const input = h('input', { id: 'api-key-input', type: 'password', autocomplete: 'off', spellcheck: 'false',
    placeholder: 'only if the server asks for one', 'aria-label': 'API key' });
  form.onsubmit = (event) => {
    event.preventDefault();
    if (input.value.trim()) {
      change(input.value.trim());
    }
  };
  fill(form, h('label', {}, 'API key ', input), h('button', { id: 'api-key-use', type: 'submit' }, 'Use'));
}
