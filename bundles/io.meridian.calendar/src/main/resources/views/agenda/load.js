// Reading the agenda: one read at a time, re-reading until the server has heard of a change made
// here, and the states before there are items to draw: reading, failed, the empty book (with the
// demo) and all caught up.
import { api, h, icon, toast, confirmDialog, errorBox, emptyState } from '/ui/meridian.js';
import { DAYS } from './kinds.js';
import { format } from './dates.js';
import { readSent } from './actions.js';

/** How often and how long to look again for a change the agenda has not heard of yet. */
const SETTLE_TRIES = 8;
const SETTLE_MS = 300;
/** After loading the demo: how often, and how far apart, the agenda is read until it stops growing. */
const DEMO_READS = 20;
const DEMO_READ_MS = 400;

/**
 * Reads the agenda again. A read already under way may have started before the change the
 * caller just made, so the caller gets a read that starts after it (shared by all who ask meanwhile).
 */
export function readAgenda(view) {
  if (view.loading) {
    view.next = view.next || view.loading.then(() => {
      view.next = null;
      return readAgenda(view);
    });
    return view.next;
  }
  view.loading = load(view).finally(() => { view.loading = null; });
  return view.loading;
}

/**
 * Reads the agenda after a change to item i. The agenda hears of changes through events that
 * arrive a moment after the change is stored, so while the item reads exactly as before, look
 * again shortly; a view taken off the page stops looking.
 */
export async function readAfterChange(view, i, wait = true) {
  const before = signature(i);
  for (let attempt = 0; ; attempt++) {
    await view.refresh();
    if (!view.isConnected) return;
    const now = view.agenda && view.agenda.items.find((x) => x.key === i.key);
    if (!wait || !now || signature(now) !== before || attempt >= SETTLE_TRIES) return;
    await pause(view.connection.signal, SETTLE_MS);
    if (!view.isConnected) return;
  }
}

/** What an item says; the same after a change means the agenda has not heard of the change yet. */
function signature(i) {
  return `${i.kind}|${i.due}|${i.overdue}|${i.reason}`;
}

/** Waits, or stops waiting as soon as the signal says the view left the page, so no timer outlives it. */
function pause(signal, ms) {
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve();
      return;
    }
    const stop = () => { clearTimeout(timer); resolve(); };
    const timer = setTimeout(() => { signal.removeEventListener('abort', stop); resolve(); }, ms);
    signal.addEventListener('abort', stop, { once: true });
  });
}

async function load(view) {
  view.setAttribute('aria-busy', 'true');
  const before = view.updated.textContent;
  view.updated.textContent = 'Updating…';
  if (!view.agenda && !view.error) view.body.replaceChildren(skeleton());
  try {
    const agenda = await api(`/api/v1/agenda?${view.parameters()}&limit=1000`);
    // An empty agenda means two things: nobody is due, or there is nobody yet. Only the book can tell.
    view.bookSize = agenda.total === 0 ? (await api('/api/v1/contacts?limit=1')).total : null;
    view.agenda = agenda;
    view.error = null;
    view.loadedAt = Date.now();
    view.updated.textContent = `Updated ${format({ hour: '2-digit', minute: '2-digit' }).format(new Date())}`;
  } catch (e) {
    if (view.agenda && !view.error) {
      // Keep what is on screen: a refresh that fails (the workbench restarting) should not take the morning's list away.
      view.updated.textContent = before.replace('Updated', 'Not updated since');
      toast(`The agenda could not be refreshed: ${e.detail || e.message}`, 'error');
    } else {
      view.error = e;
      view.updated.textContent = '';
    }
  }
  view.sent = readSent();
  view.removeAttribute('aria-busy');
  view.render();
}

function skeleton() {
  return h('div', { class: 'agenda-skeleton', 'aria-hidden': 'true' },
    [0, 1, 2, 3].map(() => h('div', { class: 'agenda-skeleton-row' }, h('span', {}), h('span', {}), h('span', {}))),
    h('p', { class: 'visually-hidden' }, 'Reading your agenda…'));
}

/** The failed first read, with the way out: again, or Preferences when the server refused the zone or hours. */
export function readFailure(view) {
  return [errorBox(view.error, 'The agenda could not be read'),
    h('div', { class: 'row' },
      h('button', { type: 'button', class: 'button', onclick: () => view.refresh() }, 'Try again'),
      view.error.fields && (view.error.fields.zone || view.error.fields.hours)
        ? h('a', { class: 'button', href: '#/preferences' }, 'Check your time zone and hours in Preferences') : null)];
}

// ---- Nothing to draw: the empty book and its demo, or all caught up ----

export function emptyBook(view) {
  const demo = h('button', { type: 'button', class: 'button primary', id: 'agenda-load-demo', onclick: () => loadDemo(view) },
    icon('contacts'), 'Load the demo book');
  const box = emptyState('Your contact book is empty',
    'The agenda fills itself from your contacts: who is due a call, which promises fall due, birthdays and holidays, '
    + 'each at a good time in their day and yours. Look around with invented people first, or bring in your own.',
    demo, h('a', { class: 'button', href: '#/import' }, icon('import'), 'Import a file'));
  box.classList.add('agenda-empty');
  box.prepend(h('div', { class: 'agenda-empty-icon', 'aria-hidden': 'true' }, icon('agenda')));
  return box;
}

export function allClear() {
  const box = emptyState('All caught up', `Nobody is due in the next ${DAYS} days: no promises, follow-ups, birthdays or holidays. `
    + 'New items appear here as cadences come round.',
  h('a', { class: 'button', href: '#/contacts' }, icon('contacts'), 'Go to contacts'));
  box.classList.add('agenda-empty');
  box.prepend(h('div', { class: 'agenda-empty-icon', 'aria-hidden': 'true' }, icon('check')));
  return box;
}

export async function loadDemo(view) {
  if (view.demoRunning) return;
  const ok = await confirmDialog({
    title: 'Load the demo book?',
    message: 'Meridian adds about fifty invented people in over twenty countries, with their companies and a year and a half '
      + 'of calls, meetings and promises ending today. They are marked as demo people; nothing of yours is changed.',
    confirm: 'Load the demo book',
  });
  if (!ok) return;
  view.demoRunning = true;
  const button = view.querySelector('#agenda-load-demo');
  if (button) { button.disabled = true; button.lastChild.textContent = 'Loading the demo book…'; }
  let answer;
  try {
    answer = await api('/api/v1/contacts/demo', { method: 'POST' });
  } catch (e) {
    view.demoRunning = false;
    toast(e.status === 404 ? 'Loading the demo needs the contacts feature with its demo route; install or update it in Plugins.'
      : (e.detail || e.message), 'error');
    if (button) { button.disabled = false; button.lastChild.textContent = 'Load the demo book'; }
    return;
  }
  await settle(view);
  view.demoRunning = false;
  // The book changed whether or not the agenda is still shown, so the answer is always told.
  toast(answer.status === 'loaded' ? `Loaded the demo book: ${answer.people} people in ${answer.countries} countries.`
    : `The demo book is already loaded (${answer.people} people); nothing changed.`, answer.status === 'loaded' ? 'success' : 'info');
  if (!view.isConnected) return;
  const first = view.querySelector('.agenda-section h2');
  if (first) first.focus();
}

/**
 * Reads the agenda until it stops growing, or until the view leaves the page. It hears of the new
 * people through events, which may still be arriving when the load answers; a half-built list would show wrong counts.
 */
async function settle(view) {
  let last = -1;
  let same = 0;
  for (let read = 0; read < DEMO_READS && same < 2; read++) {
    if (read) await pause(view.connection.signal, DEMO_READ_MS);
    if (!view.isConnected) return;
    await view.refresh();
    if (!view.isConnected) return;
    const total = view.agenda ? view.agenda.total : -1;
    same = total > 0 && total === last ? same + 1 : 0;
    last = total;
  }
}
