// Meridian's toolkit for views: the one way to call the REST API, to build DOM without markup
// strings, and to talk to the frame. Views import it as '/ui/meridian.js'; it is part of the
// workbench's public surface (docs/extending.md, section 2.5).

const csrfMeta = document.querySelector('meta[name="meridian-csrf"]');
const CSRF = csrfMeta ? csrfMeta.content : '';

/** An answer from the REST API that was not a success; detail is the server's sentence. */
export class ApiError extends Error {
  constructor(status, error, detail, fields) {
    super(detail || `The request failed with status ${status}.`);
    this.status = status;
    this.error = error;
    this.detail = detail;
    this.fields = fields || {};
  }
}

/**
 * Calls a REST route of this workbench. `json` is sent as a JSON body; `body` as it is (a
 * FormData, a File). Answers the parsed JSON, the text for non-JSON answers, or null for 204.
 * A change carries the page's anti-forgery header; a failure throws an ApiError.
 */
export async function api(path, { method = 'GET', json, body, headers = {}, signal } = {}) {
  // The client header has changes recorded as made in the workbench (origin "ui" in a contact's history).
  const init = {
    method, headers: { Accept: 'application/json', 'X-Meridian-Client': 'workbench', ...headers }, credentials: 'same-origin', signal, cache: 'no-store',
  };
  if (method !== 'GET' && method !== 'HEAD') init.headers['X-Meridian-CSRF'] = CSRF;
  if (json !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(json);
  } else if (body !== undefined) {
    init.body = body;
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'unreachable', 'The workbench did not answer. Is it still running? Start it again with bin/meridian.');
  }
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  const payload = type.includes('json') ? await response.json().catch(() => null) : await response.text();
  if (!response.ok) {
    if (payload && typeof payload === 'object') throw new ApiError(response.status, payload.error, payload.detail, payload.fields);
    throw new ApiError(response.status, `http_${response.status}`, `The request failed with status ${response.status}.`);
  }
  return payload;
}

/**
 * Sends a large body (a file, a FormData) to a REST route with progress: onProgress(fraction)
 * is called as the bytes leave (fetch cannot report that). Answers and fails as api() does.
 */
export function upload(path, body, { method = 'POST', headers = {}, onProgress, signal } = {}) {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(method, path);
    const all = { Accept: 'application/json', 'X-Meridian-Client': 'workbench', 'X-Meridian-CSRF': CSRF, ...headers };
    for (const [name, value] of Object.entries(all)) request.setRequestHeader(name, value);
    if (onProgress) request.upload.addEventListener('progress', (e) => { if (e.lengthComputable) onProgress(e.loaded / e.total); });
    request.addEventListener('load', () => {
      let payload = null;
      try {
        payload = request.responseText ? JSON.parse(request.responseText) : null;
      } catch {
        payload = null;
      }
      if (request.status >= 200 && request.status < 300) resolve(payload);
      else if (payload && typeof payload === 'object') reject(new ApiError(request.status, payload.error, payload.detail, payload.fields));
      else reject(new ApiError(request.status, `http_${request.status}`, `The request failed with status ${request.status}.`));
    });
    request.addEventListener('error', () => reject(new ApiError(0, 'unreachable',
      'The workbench did not answer. Is it still running? Start it again with bin/meridian.')));
    request.addEventListener('abort', () => reject(new DOMException('The upload was stopped.', 'AbortError')));
    if (signal) signal.addEventListener('abort', () => request.abort());
    request.send(body);
  });
}

/**
 * Builds an element. Attributes go through setAttribute and children become text nodes, so a
 * value from a contact or a plugin is always shown as text, never read as markup.
 *   h('a', { href: '#/contacts', class: 'button', onclick: fn }, 'Open ', h('b', {}, name))
 * `text` sets textContent; `on<event>` adds a listener; `hidden`/`disabled` and other booleans
 * are set when true; null and undefined attributes and children are skipped.
 */
export function h(tag, attributes = {}, ...children) {
  const element = tag.startsWith('svg:')
    ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4))
    : document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'text') element.textContent = String(value);
    else if (name.startsWith('on')) {
      // Handlers are functions; a string would be code written into the page, which h() never does.
      if (typeof value !== 'function') throw new TypeError(`h(): ${name} must be a function`);
      element.addEventListener(name.slice(2), value);
    } else if (name === 'style') throw new TypeError('h(): style attributes are refused by the page\'s policy; use a class');
    else if ((name === 'href' || name === 'src' || name === 'action' || name === 'formaction') && !safeUrl(String(value))) {
      element.setAttribute(name, '#');
    }
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else if (name === 'value' && 'value' in element) element.value = value;
    else if (name === 'checked' && 'checked' in element) element.checked = Boolean(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

/** A link target that cannot run script: a web or mail address, a phone number, a route or a path here. */
function safeUrl(url) {
  return /^(https?:|mailto:|tel:|#|\/(?!\/)|\?)/i.test(url.trim()) && !/[\u0000-\u001f]/.test(url);
}

function append(element, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Puts children in place of an element's own; null, undefined and false are left out, arrays flattened. */
export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

const stylesheets = new Set();

/** Adds a view's stylesheet to the page once, however many of its elements are shown. */
export function stylesheet(href) {
  if (stylesheets.has(href) || document.querySelector(`link[rel="stylesheet"][href="${CSS.escape(href)}"]`)) return;
  stylesheets.add(href);
  document.head.append(h('link', { rel: 'stylesheet', href }));
}

/** A server's phrase shown on its own: upper case first, as it usually continues another sentence. */
export function capitalised(text) {
  const t = String(text ?? '').trim();
  return t ? t.charAt(0).toUpperCase() + t.slice(1) : '';
}

/** The same, as a whole sentence: it gets a full stop unless it ends with one already (or ! ? or a quote). */
export function sentence(text) {
  const t = capitalised(text);
  return t && !/[.!?"”)]$/.test(t) ? `${t}.` : t;
}

/** An icon from the frame's set, decorative (hidden from screen readers). */
export function icon(name) {
  const svg = h('svg:svg', { class: 'icon', 'aria-hidden': 'true', focusable: 'false' });
  svg.append(h('svg:use', { href: `/ui/icons.svg#${name}` }));
  return svg;
}

/** Text with every occurrence of the words marked (`<mark>`), ignoring case. */
export function highlighted(text, words) {
  const wanted = (words || []).map((w) => w.toLowerCase()).filter((w) => w.length > 0);
  if (!wanted.length) return document.createTextNode(text);
  const fragment = document.createDocumentFragment();
  const lower = text.toLowerCase();
  let at = 0;
  while (at < text.length) {
    let next = -1;
    let length = 0;
    for (const w of wanted) {
      const i = lower.indexOf(w, at);
      if (i >= 0 && (next < 0 || i < next)) { next = i; length = w.length; }
    }
    if (next < 0) break;
    fragment.append(text.slice(at, next), h('mark', {}, text.slice(next, next + length)));
    at = next + length;
  }
  fragment.append(text.slice(at));
  return fragment;
}

/** A short message at the corner of the window; kind is 'info', 'success' or 'error'. */
export function toast(message, kind = 'info') {
  const region = document.getElementById('toasts');
  if (!region) return;
  const note = h('div', { class: `toast ${kind}` }, message);
  region.append(note);
  setTimeout(() => note.remove(), kind === 'error' ? 9000 : 5000);
}

/** Asks before something that cannot be taken back. Resolves true when confirmed. */
export function confirmDialog({ title, message, confirm = 'Continue', danger = false }) {
  return new Promise((resolve) => {
    const yes = h('button', { class: `button ${danger ? 'danger' : 'primary'}`, type: 'button' }, confirm);
    const no = h('button', { class: 'button', type: 'button' }, 'Cancel');
    const titleId = `confirm-${Math.random().toString(36).slice(2)}`;
    const dialog = h('dialog', { 'aria-labelledby': titleId },
      h('h2', { id: titleId }, title),
      message ? h('p', {}, message) : null,
      h('div', { class: 'dialog-actions' }, no, yes));
    const done = (answer) => { dialog.close(); dialog.remove(); resolve(answer); };
    yes.addEventListener('click', () => done(true));
    no.addEventListener('click', () => done(false));
    dialog.addEventListener('cancel', (e) => { e.preventDefault(); done(false); });
    document.body.append(dialog);
    dialog.showModal();
    no.focus();
  });
}

/** A message for a failed request, shown where the content would have been. */
export function errorBox(error, what = 'This could not be loaded') {
  const detail = error instanceof ApiError ? error.detail : String(error && error.message ? error.message : error);
  return h('div', { class: 'alert error', role: 'alert' }, icon('warning'), h('div', {}, h('strong', {}, `${what}. `), detail));
}

/** Empty content with what to do next. */
export function emptyState(title, text, ...actions) {
  return h('div', { class: 'empty' }, h('h2', {}, title), text ? h('p', {}, text) : null,
    actions.length ? h('div', { class: 'row' }, actions) : null);
}

const dateFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const shortDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/** A calendar date (2027-03-09) in the reader's language, without time-zone drift. */
export function formatDate(isoDate, withWeekday = false) {
  if (!isoDate) return '';
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  const date = new Date(y, m - 1, d);
  return (withWeekday ? dateFormat : shortDate).format(date);
}

/** An instant in the reader's own time zone. */
export function formatDateTime(instant) {
  if (!instant) return '';
  const date = new Date(instant);
  return `${shortDate.format(date)}, ${timeFormat.format(date)}`;
}

/** The calendar day an instant falls on where the reader is, as 2027-03-09. */
export function localDate(instant) {
  if (!instant) return '';
  const t = new Date(instant);
  return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`;
}

/** How long ago or ahead a date is, in days, in words: "today", "3 days ago", "in 2 days". */
export function relativeDays(isoDate, today = new Date()) {
  if (!isoDate) return '';
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  const then = Date.UTC(y, m - 1, d);
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const days = Math.round((then - now) / 86400000);
  if (days === 0) return 'today';
  if (days === -1) return 'yesterday';
  if (days === 1) return 'tomorrow';
  return days < 0 ? `${-days} days ago` : `in ${days} days`;
}

/** The local date today as 2027-03-09. */
export function todayIso() {
  return localDate(new Date());
}

/** The reader's IANA time zone. */
export function userZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const regionNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(undefined, { type: 'region' }) : null;

/** A country's name from its ISO code, in the reader's language. */
export function countryName(code) {
  if (!code) return '';
  try {
    return (regionNames && regionNames.of(code.toUpperCase())) || code;
  } catch {
    return code;
  }
}

/** Calls fn once typing has paused for ms; `.cancel()` drops a call still waiting. */
export function debounce(fn, ms = 250) {
  let timer;
  const debounced = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
  debounced.cancel = () => clearTimeout(timer);
  return debounced;
}

/** Opens a contact in the frame's side panel. */
export function openContact(personId) {
  document.dispatchEvent(new CustomEvent('meridian:open-contact', { detail: { personId } }));
}

/** Goes to a frame route such as '#/contacts/ID'. */
export function navigate(route) {
  if (location.hash === route) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = route;
}

/** The views and panels registered now, as the frame knows them; placement 'MAIN' or 'CONTACT_PANEL'. */
export function views(placement) {
  const all = (window.meridianFrame && window.meridianFrame.views) || [];
  return placement ? all.filter((v) => v.placement === placement) : all.slice();
}

/**
 * The user's home country, time zone and working hours (Preferences, "You"), as views' defaults:
 * { homeCountry: 'DE' or null, timeZone: 'Europe/Berlin', workingHours: '09:00-17:00' }. When
 * they change, the document receives a 'meridian:profile-changed' event.
 */
export function profile() {
  const p = window.meridianFrame && window.meridianFrame.profile;
  return p || { homeCountry: null, timeZone: userZone(), workingHours: '09:00-17:00' };
}

/**
 * Shows the registered contact-page panels for a person into a container, each as its own
 * element with a contact-id attribute; a panel whose module fails shows why, and only it.
 */
export async function mountContactPanels(container, personId, { exclude = [] } = {}) {
  container.replaceChildren();
  for (const panel of views('CONTACT_PANEL').filter((p) => !exclude.includes(p.id))) {
    const section = h('section', { class: 'panel', 'aria-label': panel.title, dataset: { panel: panel.id } },
      h('h3', {}, panel.title));
    container.append(section);
    try {
      await loadModule(panel);
      section.append(h(panel.element, { 'contact-id': personId }));
    } catch (e) {
      section.append(errorBox(e, `The panel from ${panel.bundle.symbolicName} could not be shown`));
    }
  }
}

/** Loads a view's module and waits for its element; rejects with a sentence naming the bundle. */
export async function loadModule(view) {
  try {
    await import(view.module);
  } catch (e) {
    throw new Error(`${view.bundle.symbolicName} ${view.bundle.version} serves no working module at ${view.module} (${e.message}).`);
  }
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(
      `the module ${view.module} of ${view.bundle.symbolicName} loaded but did not define <${view.element}>.`)), 5000);
  });
  try {
    await Promise.race([customElements.whenDefined(view.element), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** A download of a same-origin URL through a temporary link, so the browser keeps the page. */
export function download(url) {
  const link = h('a', { href: url, download: '' });
  document.body.append(link);
  link.click();
  link.remove();
}
