// The workbench frame: navigation built from the registered views, the router, the contact
// side panel, the command palette and the theme. It knows no view in particular; every view
// and panel comes from GET /api/v1/workbench and follows installs and uninstalls as they happen.
import {
  api, h, icon, toast, errorBox, loadModule, mountContactPanels, countryName, debounce, navigate,
} from '/ui/meridian.js';

const POLL_MS = 2000;
const HEALTH_MS = 15000;

const state = {
  revision: null,
  views: [],
  commands: [],
  problems: [],
  current: null, // { view, element, route }
  panelPerson: null,
};
window.meridianFrame = state;

const $ = (id) => document.getElementById(id);
const frame = $('frame');
const main = $('main');
const panel = $('contact-panel');
const palette = $('palette');
const paletteInput = $('palette-input');
const paletteList = $('palette-list');
const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

// ---- The registry: what views, panels and commands exist now ----

let asking = false;

async function refreshRegistry() {
  if (asking) return; // a slow answer is still on its way; two would both count as the first
  asking = true;
  let body;
  let etag;
  try {
    const response = await fetch('/api/v1/workbench', {
      credentials: 'same-origin', cache: 'no-store',
      headers: state.revision === null ? {} : { 'If-None-Match': `"${state.revision}"` },
    });
    if (response.status === 304 || !response.ok) return;
    etag = response.headers.get('ETag');
    body = await response.json();
  } catch {
    return; // the workbench is restarting, or answered half; the next poll tries again
  } finally {
    asking = false;
  }
  const before = new Map(state.views.map((v) => [v.id, v]));
  const first = state.revision === null;
  state.revision = etag ? etag.replaceAll('"', '') : body.revision;
  const profileChanged = !first && JSON.stringify(state.profile) !== JSON.stringify(body.profile);
  state.profile = body.profile;
  if (profileChanged) document.dispatchEvent(new CustomEvent('meridian:profile-changed', { detail: { profile: body.profile } }));
  state.views = body.views;
  state.commands = body.commands;
  state.problems = body.problems;
  renderNav(first ? new Set() : new Set(body.views.filter((v) => !before.has(v.id)).map((v) => v.id)));
  if (!first) announceChanges(before, body.views);
  renderStatus();
  if (first) route();
  else if (profileChanged && state.current && state.current.view.id !== 'preferences') {
    mount(state.current.view, parseHash().rest, parseHash().query);
  }
  else reconcileCurrent(before);
  // Views take the profile when they start: a changed one is shown by starting them again.
  if (state.panelPerson) {
    if (profileChanged) openPanel(state.panelPerson, true);
    else refreshPanelIfChanged(before);
  }
  document.dispatchEvent(new CustomEvent('meridian:views-changed', { detail: { views: state.views } }));
}

function mainViews() {
  return state.views.filter((v) => v.placement === 'MAIN');
}

function announceChanges(before, after) {
  const now = new Map(after.map((v) => [v.id, v]));
  for (const v of after) {
    const old = before.get(v.id);
    if (!old && v.placement === 'MAIN') toast(`New view: ${v.title}, from ${v.bundle.symbolicName}.`, 'success');
    else if (old && old.bundle.version !== v.bundle.version) {
      toast(`${v.title} was updated to ${v.bundle.version}; reload the window to use the new version.`);
    }
  }
  for (const [id, v] of before) {
    if (!now.has(id) && v.placement === 'MAIN') toast(`The view ${v.title} was removed with its plugin ${v.bundle.symbolicName}.`);
  }
}

function renderNav(added) {
  const list = $('nav-list');
  const views = mainViews();
  list.replaceChildren(...views.map((v, i) => h('li', {},
    h('a', {
      href: `#/${v.id}`, class: added.has(v.id) ? 'nav-added' : null, dataset: { view: v.id },
      title: i < 9 ? `${v.title} (Alt+${i + 1})` : v.title,
      'aria-current': state.current && state.current.view.id === v.id ? 'page' : null,
    }, icon(v.icon), h('span', {}, v.title)))));
  $('nav-empty').hidden = views.length > 0;
}

function renderStatus() {
  const pill = $('status');
  const n = state.problems.length + (state.healthProblems || 0);
  pill.hidden = n === 0;
  pill.replaceChildren(icon('warning'), `${n} plugin problem${n === 1 ? '' : 's'}`);
  pill.setAttribute('aria-label', `${n} plugin problem${n === 1 ? '' : 's'}: open Plugins`);
}

async function refreshHealth() {
  try {
    const health = await api('/api/v1/health');
    state.healthProblems = health.bundles.filter((b) => !b.healthy).length + health.unsatisfiedComponents.length
      + Object.keys(health.rejectedPlugins).length + Object.keys(health.rejectedConfiguration).length;
    renderStatus();
  } catch {
    // health is advisory here; the Plugins view shows failures in full
  }
}

// ---- Routing: #/VIEW/REST?QUERY ----

function parseHash() {
  const raw = location.hash.startsWith('#/') ? location.hash.slice(2) : '';
  const [path, query = ''] = raw.split('?');
  const parts = path.split('/');
  let id = parts[0] || '';
  try {
    id = decodeURIComponent(id);
  } catch {
    // a broken escape (#/%) names no view; it is shown as not installed
  }
  return { id, rest: parts.slice(1).join('/'), query };
}

async function route() {
  // A link to an anchor in the page (#section) scrolls there; only #/… is a place in the window.
  if (location.hash && !location.hash.startsWith('#/')) return;
  const { id, rest, query } = parseHash();
  const views = mainViews();
  if (!id) {
    if (views.length) history.replaceState(null, '', `#/${views[0].id}`);
    if (views.length) return route();
    main.replaceChildren(h('p', { class: 'loading' }, 'No views are installed yet.'));
    main.setAttribute('aria-busy', 'false');
    return;
  }
  const view = views.find((v) => v.id === id);
  if (!view) {
    showMissing(id);
    return;
  }
  if (state.current && state.current.view.id === id && state.current.view.module === view.module && state.current.element) {
    state.current.element.setAttribute('route', rest);
    state.current.element.setAttribute('query', query);
    return;
  }
  await mount(view, rest, query);
}

async function mount(view, rest, query) {
  state.current = { view, element: null };
  renderNav(new Set());
  document.title = `${view.title} · Meridian`;
  const heading = h('h1', { tabindex: '-1', id: 'view-title' }, view.title);
  main.setAttribute('aria-busy', 'true');
  // The heading stays in place while the content under it changes, so it keeps the focus.
  const content = h('div', { class: 'view-content' }, h('p', { class: 'loading' }, 'Loading…'));
  main.replaceChildren(h('div', { class: 'view-header' }, heading), content);
  // Moving between views takes the focus to the new heading, as a page load would; the first view
  // of a fresh window leaves it at the top, where the skip link is the first stop.
  if (state.navigated) heading.focus();
  state.navigated = true;
  try {
    await loadModule(view);
  } catch (e) {
    if (state.current?.view !== view) return;
    content.replaceChildren(viewFailure(view, e));
    main.setAttribute('aria-busy', 'false');
    return;
  }
  if (state.current?.view !== view) return; // the user moved on while it loaded, or the view went
  const element = h(view.element, { route: rest, query });
  state.current.element = element;
  content.replaceChildren(element);
  main.setAttribute('aria-busy', 'false');
}

function viewFailure(view, error) {
  return h('div', { class: 'view-error', role: 'alert' },
    h('h2', {}, `${view.title} could not be shown`),
    h('p', {}, error.message),
    h('p', {}, 'The rest of the workbench is unaffected. ', h('a', { href: '#/plugins' }, 'Plugins'),
      ' shows the bundle\'s state and what is wrong with it.'));
}

function showMissing(id) {
  state.current = null;
  renderNav(new Set());
  const heading = h('h1', { tabindex: '-1' }, 'This view is not installed');
  main.replaceChildren(h('div', { class: 'view-header' }, heading),
    h('div', { class: 'alert warn', role: 'alert' }, h('p', {},
      `No installed plugin offers a view called “${id}”. It may have been uninstalled. `,
      h('a', { href: '#/plugins' }, 'Plugins'), ' lists what is installed.')));
  main.setAttribute('aria-busy', 'false');
  heading.focus();
}

function reconcileCurrent(before) {
  if (!state.current) {
    if (parseHash().id && mainViews().some((v) => v.id === parseHash().id)) route();
    return;
  }
  const now = mainViews().find((v) => v.id === state.current.view.id);
  if (!now) {
    const gone = state.current.view;
    state.current = null;
    renderNav(new Set());
    main.replaceChildren(h('div', { class: 'view-header' }, h('h1', { tabindex: '-1' }, gone.title)),
      h('div', { class: 'alert warn', role: 'alert' }, h('p', {},
        `This view was removed: its plugin ${gone.bundle.symbolicName} was stopped or uninstalled. `,
        h('a', { href: '#/plugins' }, 'Plugins'), ' can install or start it again.')));
  } else if (!before.has(now.id)) {
    route();
  }
}

// ---- The contact side panel ----

let panelOpener = null;

async function openPanel(personId, again = false) {
  // Closing gives the focus back to what opened the panel (a "Quick look" button, a name).
  if (!again) panelOpener = document.activeElement instanceof HTMLElement && !panel.contains(document.activeElement) ? document.activeElement : null;
  state.panelPerson = personId;
  panel.hidden = false;
  const title = h('h2', { id: 'contact-panel-title', tabindex: '-1' }, 'Contact');
  const close = h('button', { type: 'button', class: 'icon-button', 'aria-label': 'Close the contact panel', onclick: closePanel }, icon('close'));
  const facts = h('div', { class: 'small muted' });
  const pageLink = h('a', { class: 'button small', href: `#/contacts/${encodeURIComponent(personId)}` }, 'Open the contact page', icon('arrow'));
  const panels = h('div', {});
  panel.replaceChildren(h('header', {}, title, close), facts,
    ...(mainViews().some((v) => v.id === 'contacts') ? [h('p', {}, pageLink)] : []), panels);
  if (!again) title.focus();
  try {
    const person = await api(`/api/v1/contacts/${encodeURIComponent(personId)}`);
    if (state.panelPerson !== personId) return;
    title.textContent = person.displayName;
    facts.replaceChildren([person.title, person.organizationName, countryName(person.country), person.timeZone]
      .filter(Boolean).join(' · '));
  } catch (e) {
    facts.replaceChildren(errorBox(e, 'The contact could not be read'));
  }
  await mountContactPanels(panels, personId);
}

function refreshPanelIfChanged(before) {
  const was = [...before.values()].filter((v) => v.placement === 'CONTACT_PANEL').map((v) => v.id).join();
  const now = state.views.filter((v) => v.placement === 'CONTACT_PANEL').map((v) => v.id).join();
  if (was !== now) openPanel(state.panelPerson, true);
}

function closePanel() {
  state.panelPerson = null;
  panel.hidden = true;
  panel.replaceChildren();
  if (panelOpener && panelOpener.isConnected) panelOpener.focus();
  else main.focus();
  panelOpener = null;
}

// ---- The command palette ----

let items = [];
let selected = 0;
let personSearch = null;

function frameCommands() {
  return [
    { title: 'Theme: light', category: 'Window', keywords: 'appearance colour bright', run: () => setTheme('light') },
    { title: 'Theme: dark', category: 'Window', keywords: 'appearance colour night', run: () => setTheme('dark') },
    { title: 'Theme: follow the system', category: 'Window', keywords: 'appearance colour auto', run: () => setTheme('system') },
    { title: 'Keyboard shortcuts', category: 'Window', keywords: 'help keys', run: () => $('shortcuts').showModal() },
    { title: 'Show or hide navigation', category: 'Window', keywords: 'sidebar menu collapse', run: toggleNav },
    { title: 'Status page (no script)', category: 'Window', keywords: 'health bundles', run: () => { location.href = '/status'; } },
  ];
}

function allCommands() {
  const views = mainViews().map((v) => ({ title: `Go to ${v.title}`, category: 'Views', keywords: `${v.id} open view`,
    icon: v.icon, run: () => navigate(`#/${v.id}`) }));
  const contributed = state.commands.map((c) => ({ title: c.title, category: c.category, keywords: c.keywords, icon: 'arrow',
    run: () => (c.target.startsWith('#/') ? navigate(c.target) : (location.href = c.target)) }));
  return [...views, ...contributed, ...frameCommands()];
}

/** A fuzzy match: every typed character in order; words starting with them score higher. */
function score(text, query) {
  if (!query) return 1;
  const t = text.toLowerCase();
  const q = query.toLowerCase();
  if (t.includes(q)) return 100 - t.indexOf(q) + (t.startsWith(q) ? 50 : 0);
  let at = 0;
  let points = 0;
  for (const ch of q) {
    if (ch === ' ') continue;
    const i = t.indexOf(ch, at);
    if (i < 0) return 0;
    points += i === 0 || t[i - 1] === ' ' ? 3 : i === at ? 2 : 1;
    at = i + 1;
  }
  return points;
}

function renderPalette(people = []) {
  const query = paletteInput.value.trim();
  const ranked = allCommands()
    .map((c) => ({ ...c, score: Math.max(score(c.title, query), score(`${c.category} ${c.keywords || ''}`, query) * 0.6) }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score);
  items = [...people, ...ranked].slice(0, 40);
  selected = Math.min(selected, Math.max(items.length - 1, 0));
  paletteList.replaceChildren(...items.map((item, i) => h('li', {
    id: `palette-item-${i}`, role: 'option', 'aria-selected': i === selected ? 'true' : 'false',
    onclick: () => runItem(i), onmousemove: () => select(i),
  }, icon(item.icon || 'arrow'), h('span', {}, item.title), h('span', { class: 'category' }, item.category))));
  if (!items.length) paletteList.append(h('li', { class: 'group' }, query ? `Nothing matches “${query}”.` : 'Type to search.'));
  paletteInput.setAttribute('aria-activedescendant', items.length ? `palette-item-${selected}` : '');
}

function select(i) {
  selected = i;
  for (const [n, li] of [...paletteList.querySelectorAll('[role="option"]')].entries()) {
    li.setAttribute('aria-selected', n === i ? 'true' : 'false');
    if (n === i) li.scrollIntoView({ block: 'nearest' });
  }
  paletteInput.setAttribute('aria-activedescendant', `palette-item-${i}`);
}

function runItem(i) {
  const item = items[i];
  if (!item) return;
  palette.close();
  item.run();
}

const searchPeople = debounce(async (query) => {
  if (personSearch) personSearch.abort();
  if (query.length < 2 || !mainViews().some((v) => v.id === 'contacts')) {
    renderPalette();
    return;
  }
  personSearch = new AbortController();
  try {
    const found = await api(`/api/v1/contacts?q=${encodeURIComponent(query)}&limit=5`, { signal: personSearch.signal });
    if (paletteInput.value.trim() !== query) return;
    renderPalette(found.items.map((p) => ({
      title: p.displayName, category: [p.organizationName, countryName(p.country)].filter(Boolean).join(' · ') || 'Person',
      icon: 'person', run: () => navigate(`#/contacts/${encodeURIComponent(p.id)}`),
    })));
  } catch (e) {
    if (e.name !== 'AbortError') renderPalette();
  }
}, 150);

function openPalette() {
  if (palette.open) return;
  enterDown = false;
  paletteInput.value = '';
  selected = 0;
  renderPalette();
  palette.showModal();
  paletteInput.focus();
}

paletteInput.addEventListener('input', () => {
  selected = 0;
  renderPalette();
  searchPeople(paletteInput.value.trim());
});
let enterDown = false;
paletteInput.addEventListener('keydown', (e) => {
  if (e.key === 'ArrowDown') { e.preventDefault(); select(Math.min(selected + 1, items.length - 1)); }
  else if (e.key === 'ArrowUp') { e.preventDefault(); select(Math.max(selected - 1, 0)); }
  else if (e.key === 'Enter') { e.preventDefault(); enterDown = true; }
});
// Enter runs on its release: closing the palette hands the focus back to the page, and a key still
// held would otherwise press whatever button had the focus before the palette opened.
paletteInput.addEventListener('keyup', (e) => {
  if (e.key !== 'Enter' || !enterDown) return;
  enterDown = false;
  runItem(selected);
});
palette.addEventListener('click', (e) => { if (e.target === palette) palette.close(); });
$('palette-open').addEventListener('click', openPalette);
$('palette-key').textContent = isMac ? '⌘ K' : 'Ctrl K';

// ---- Theme and navigation width ----

function setTheme(theme) {
  localStorage.setItem('meridian.theme', theme);
  applyTheme();
}

function applyTheme() {
  const theme = localStorage.getItem('meridian.theme') || 'system';
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  $('theme-toggle').setAttribute('aria-label', `Theme: ${theme === 'system' ? 'follow the system' : theme}. Change theme`);
  $('theme-toggle').title = `Theme: ${theme === 'system' ? 'follow the system' : theme}`;
}

$('theme-toggle').addEventListener('click', () => {
  const order = ['system', 'light', 'dark'];
  const now = localStorage.getItem('meridian.theme') || 'system';
  setTheme(order[(order.indexOf(now) + 1) % order.length]);
});

function toggleNav() {
  const collapsed = frame.classList.toggle('nav-collapsed');
  localStorage.setItem('meridian.nav', collapsed ? 'collapsed' : 'open');
  $('nav-toggle').setAttribute('aria-expanded', String(!collapsed));
}
$('nav-toggle').addEventListener('click', toggleNav);
if (localStorage.getItem('meridian.nav') === 'collapsed') toggleNav();

// ---- Keyboard ----

function typing(target) {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

document.addEventListener('keydown', (e) => {
  if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') {
    e.preventDefault();
    if (palette.open) palette.close(); else openPalette();
  } else if (e.altKey && !e.ctrlKey && !e.metaKey && /^Digit[1-9]$/.test(e.code)) {
    const view = mainViews()[Number(e.code.slice(5)) - 1];
    if (view) { e.preventDefault(); navigate(`#/${view.id}`); }
  } else if (e.key === '?' && !typing(e.target) && !document.querySelector('dialog[open]')) {
    e.preventDefault();
    $('shortcuts').showModal();
  } else if (e.key === 'Escape' && !panel.hidden && !document.querySelector('dialog[open]')) {
    closePanel();
  }
});

document.addEventListener('meridian:open-contact', (e) => openPanel(e.detail.personId));
// Preferences saved the profile: ask now rather than at the next poll.
document.addEventListener('meridian:settings-saved', () => refreshRegistry());
// A view names what it shows (a person's page, an article): the heading and the window title follow.
main.addEventListener('meridian:title', (e) => {
  if (!state.current) return;
  const title = e.detail && e.detail.title ? e.detail.title : state.current.view.title;
  const heading = document.getElementById('view-title');
  if (heading) heading.textContent = title;
  document.title = `${title} · Meridian`;
});
window.addEventListener('hashchange', route);

// ---- Start ----

applyTheme();
refreshRegistry();
refreshHealth();
setInterval(() => { if (!document.hidden) refreshRegistry(); }, POLL_MS);
setInterval(() => { if (!document.hidden) refreshHealth(); }, HEALTH_MS);
document.addEventListener('visibilitychange', () => { if (!document.hidden) refreshRegistry(); });
