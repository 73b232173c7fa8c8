// The quick actions that take an item off the agenda, and their inline forms: log the contact,
// deliver a promise or record its new date, mark a greeting sent. Each ends in the view's
// afterChange, which reads the agenda again and moves the focus on.
import { api, h, icon, toast } from '/ui/meridian.js';
import { LOGGABLE, MY_PROMISES, GREETINGS, kindOf } from './kinds.js';
import { addDays, laterOf, todayOf, longDate, shortDate } from './dates.js';

/** Greetings and birthdays stay on the agenda until their day has passed; what was sent is kept here. */
const SENT_STORE = 'meridian.agenda.sent';

const CHANNELS = [
  ['call', 'Call'], ['video', 'Video call'], ['email', 'Email'], ['message', 'Message'], ['meeting', 'Meeting'], ['in_person', 'In person'],
];
const CHANNEL_WORDS = { call: 'a call', video: 'a video call', email: 'an email', message: 'a message', meeting: 'a meeting', in_person: 'a meeting in person' };

export function quickActions(view, i, sent) {
  const buttons = [];
  const name = i.people.map((p) => p.name).join(', ');
  const expanded = (type) => String(Boolean(view.form && view.form.key === i.key && view.form.type === type));
  // What is due now stands out; later days keep their buttons quiet, so the eye goes to today's work.
  const main = i.overdue || i.due <= view.agenda.from ? 'button small primary' : 'button small';
  if (LOGGABLE.has(i.kind)) {
    buttons.push(h('button', {
      type: 'button', class: main, 'aria-expanded': expanded('log'), dataset: { focus: `${i.key}:log`, primary: '' },
      'aria-label': `Log it: record that you were in touch with ${name}`, onclick: () => view.toggleForm(i, 'log'),
    }, icon('check'), 'Log it'));
  } else if (MY_PROMISES.has(i.kind) && i.commitmentId) {
    buttons.push(h('button', {
      type: 'button', class: main, dataset: { focus: `${i.key}:done`, primary: '' },
      'aria-label': `Done: you delivered the promise to ${name}`, onclick: (e) => finishPromise(view, i, e.currentTarget),
    }, icon('check'), 'Done'));
    buttons.push(h('button', {
      type: 'button', class: 'button small', 'aria-expanded': expanded('delay'), dataset: { focus: `${i.key}:delay` },
      'aria-label': `Delay: record a new date you told ${name}`, onclick: () => view.toggleForm(i, 'delay'),
    }, 'Delay…'));
  } else if (i.kind === 'their-commitment-late' && i.commitmentId) {
    buttons.push(h('button', {
      type: 'button', class: main, dataset: { focus: `${i.key}:done`, primary: '' },
      'aria-label': `Received: ${name} delivered what they promised`, onclick: (e) => finishPromise(view, i, e.currentTarget),
    }, icon('check'), 'Received'));
  } else if (GREETINGS.has(i.kind)) {
    if (sent) {
      buttons.push(h('span', { class: 'badge good' }, icon('check'), `Sent ${sent === todayOf(view.agenda) ? 'today' : shortDate(sent)}`));
    } else {
      buttons.push(h('button', {
        type: 'button', class: main, dataset: { focus: `${i.key}:sent`, primary: '' },
        'aria-label': `Sent: record the ${i.kind === 'birthday' ? 'birthday wishes' : 'greeting'} you sent to ${name}`,
        onclick: (e) => markSent(view, i, e.currentTarget),
      }, icon('check'), 'Sent'));
    }
  }
  return h('div', { class: 'agenda-actions' }, buttons);
}

/** The form open under item i (view.form says which). */
export function inlineForm(view, i) {
  return view.form.type === 'log' ? logForm(view, i) : delayForm(view, i);
}

// ---- Mark done: log the contact ----

function logForm(view, i) {
  const id = `agenda-log-${domId(i.key)}`;
  const person = i.people[0];
  const channel = h('select', { id: `${id}-channel`, name: 'channel' }, CHANNELS.map(([value, label]) => h('option', { value }, label)));
  channel.value = defaultChannel(i);
  const summary = h('input', { type: 'text', id: `${id}-summary`, name: 'summary', maxlength: '500', placeholder: 'What was it about?', autocomplete: 'off' });
  const error = h('p', { class: 'agenda-form-error', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'button small primary' }, icon('check'), 'Log it');
  return h('form', {
    class: 'agenda-form', 'aria-label': `Log contact with ${person.name}`,
    onkeydown: (e) => { if (e.key === 'Escape') { e.preventDefault(); view.closeForm(i, 'log'); } },
    onsubmit: async (e) => {
      e.preventDefault();
      submit.disabled = true;
      error.textContent = '';
      try {
        await api(`/api/v1/contacts/${encodeURIComponent(person.id)}/interactions`, {
          method: 'POST',
          json: { channel: channel.value, direction: 'outbound', at: new Date().toISOString(), summary: summary.value.trim() || null },
        });
      } catch (err) {
        submit.disabled = false;
        error.textContent = err.detail || err.message;
        return;
      }
      view.form = null;
      await view.afterChange(i, `Logged ${CHANNEL_WORDS[channel.value]} with ${person.name}.`, (still) => (still
        ? ` It stays on the agenda${i.kind === 'visit-due' ? ': only a meeting in person counts as a visit' : ''}.`
        : nextFor(view.agenda, person.id, i.key)));
    },
  },
  h('div', { class: 'field' }, h('label', { for: `${id}-channel` }, 'How'), channel),
  h('div', { class: 'field agenda-grow' }, h('label', { for: `${id}-summary` }, 'Summary ', h('span', { class: 'hint' }, '(optional)')), summary),
  h('div', { class: 'row agenda-form-buttons' }, submit,
    h('button', { type: 'button', class: 'button small', onclick: () => view.closeForm(i, 'log') }, 'Cancel')),
  error);
}

function defaultChannel(i) {
  if (i.kind === 'visit-due') return 'in_person';
  if (i.kind === 'follow-up') return 'email';
  // The agenda proposes a call when both working days overlap; otherwise it advises writing.
  return i.bestTime && /^send\b/i.test(i.bestTime.advice) ? 'email' : 'call';
}

/** What else the agenda now holds for the person, for the confirmation: the follow-up a call brings. */
function nextFor(agenda, personId, key) {
  const next = agenda && agenda.items.find((x) => x.key !== key && x.people.some((p) => p.id === personId) && !x.overdue);
  if (!next) return '';
  const when = next.due === agenda.from ? 'today' : next.due === addDays(agenda.from, 1) ? 'tomorrow' : `on ${longDate(next.due)}`;
  return ` Next for them: ${kindOf(next.kind).label.toLowerCase()} ${when}.`;
}

// ---- Promises: done, delayed ----

/** The commitment as stored now: its version, for a change that must not overwrite another. */
async function commitment(i) {
  const person = i.people[0];
  const list = await api(`/api/v1/contacts/${encodeURIComponent(person.id)}/commitments`);
  const found = list.find((c) => c.id === i.commitmentId);
  if (!found) throw new Error(`The promise is no longer on ${person.name}'s record; refresh the agenda.`);
  return found;
}

async function changeCommitment(i, change) {
  const url = `/api/v1/contacts/${encodeURIComponent(i.people[0].id)}/commitments/${encodeURIComponent(i.commitmentId)}`;
  for (let attempt = 0; ; attempt++) {
    const c = await commitment(i);
    try {
      return await api(url, { method: 'POST', json: { ...change, version: c.version } });
    } catch (e) {
      // Changed meanwhile (another window, the shell): read it again once, since this change does not depend on the rest.
      if (e.status !== 409 || attempt > 0) throw e;
    }
  }
}

async function finishPromise(view, i, button) {
  button.disabled = true;
  let done;
  try {
    done = await changeCommitment(i, { action: 'done' });
  } catch (e) {
    button.disabled = false;
    toast(e.detail || e.message, 'error');
    return;
  }
  const who = i.people[0].name;
  await view.afterChange(i, i.kind === 'their-commitment-late'
    ? `Marked received: “${done.what}” from ${who}.`
    : `Done: “${done.what}” for ${who}${done.keptOnTime ? ', on time' : ''}.`);
}

function delayForm(view, i) {
  const id = `agenda-delay-${domId(i.key)}`;
  const today = todayOf(view.agenda);
  const newDue = h('input', { type: 'date', id: `${id}-date`, name: 'newDue', required: true, min: addDays(today, 1), value: addDays(today, 7),
    'aria-describedby': `${id}-hint` });
  const told = h('input', { type: 'date', id: `${id}-told`, name: 'on', required: true, max: today, value: today });
  const hint = h('span', { class: 'hint', id: `${id}-hint` }, 'Reading the promise…');
  const error = h('p', { class: 'agenda-form-error', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'button small primary' }, 'Save the new date');
  commitment(i).then((c) => {
    const promised = c.revisedDue || c.due;
    newDue.min = laterOf(addDays(c.due, 1), addDays(today, 1));
    if (newDue.value < newDue.min) newDue.value = newDue.min;
    hint.textContent = `“${c.what}”, promised for ${longDate(promised)}.`
      + (i.overdue ? ' That date has passed, so it stays among the late ones; they will know when to expect it.' : '');
  }).catch((e) => { hint.textContent = e.detail || e.message; });
  return h('form', {
    class: 'agenda-form', 'aria-label': `New date for the promise to ${i.people[0].name}`,
    onkeydown: (e) => { if (e.key === 'Escape') { e.preventDefault(); view.closeForm(i, 'delay'); } },
    onsubmit: async (e) => {
      e.preventDefault();
      submit.disabled = true;
      error.textContent = '';
      newDue.removeAttribute('aria-invalid');
      let changed;
      try {
        changed = await changeCommitment(i, { action: 'delay', newDue: newDue.value, on: told.value });
      } catch (err) {
        submit.disabled = false;
        error.textContent = (err.fields && (err.fields.newDue || err.fields.on)) || err.detail || err.message;
        if (err.fields && err.fields.newDue) { newDue.setAttribute('aria-invalid', 'true'); newDue.focus(); }
        return;
      }
      view.form = null;
      await view.afterChange(i, `New date for “${changed.what}”: ${longDate(changed.revisedDue)}, told ${i.people[0].name} on ${shortDate(told.value)}.`,
        (still) => (still ? ' It stays on the agenda for now.' : ''));
    },
  },
  h('div', { class: 'field' }, h('label', { for: `${id}-date` }, 'New date'), newDue),
  h('div', { class: 'field' }, h('label', { for: `${id}-told` }, 'Told them on'), told),
  h('div', { class: 'row agenda-form-buttons' }, submit,
    h('button', { type: 'button', class: 'button small', onclick: () => view.closeForm(i, 'delay') }, 'Cancel')),
  h('p', { class: 'agenda-form-note' }, hint),
  error);
}

// ---- Greetings: sent ----

async function markSent(view, i, button) {
  button.disabled = true;
  const what = i.kind === 'birthday' ? 'Birthday wishes' : `${i.reason.split(' in ')[0]} greetings`;
  const at = new Date().toISOString();
  const failed = [];
  for (const p of i.people) {
    try {
      await api(`/api/v1/contacts/${encodeURIComponent(p.id)}/interactions`, {
        method: 'POST', json: { channel: 'message', direction: 'outbound', at, summary: what },
      });
    } catch (e) {
      failed.push(`${p.name}: ${e.detail || e.message}`);
    }
  }
  if (failed.length === i.people.length) {
    button.disabled = false;
    toast(failed.join(' '), 'error');
    return;
  }
  view.sent[i.key] = todayOf(view.agenda);
  writeSent(view.sent);
  const names = listNames(i.people.filter((p) => !failed.some((f) => f.startsWith(`${p.name}:`))).map((p) => p.name));
  const more = i.count > i.people.length ? ` The other ${i.count - i.people.length} are not listed here; log theirs on their pages.` : '';
  // a greeting stays on the agenda until its day is over; only this page's mark changes
  await view.afterChange(i, `Logged ${what.toLowerCase()} sent to ${names}.${more}`, null, false);
  if (failed.length) toast(`Not logged for ${failed.join(' ')}`, 'error');
}

/** The day a greeting was marked sent in this browser, or null. */
export function isSent(view, i) {
  return GREETINGS.has(i.kind) ? view.sent[i.key] || null : null;
}

// ---- What was sent, per browser: the server keeps the interaction, the agenda keeps the day ----

export function readSent() {
  try {
    const all = JSON.parse(localStorage.getItem(SENT_STORE) || '{}');
    const cutoff = new Date(Date.now() - 60 * 86400000).toISOString().slice(0, 10);
    return Object.fromEntries(Object.entries(all).filter(([, day]) => typeof day === 'string' && day >= cutoff));
  } catch {
    return {};
  }
}

function writeSent(sent) {
  try {
    localStorage.setItem(SENT_STORE, JSON.stringify(sent));
  } catch {
    // private windows may refuse storage; the interaction is logged on the server all the same
  }
}

function listNames(names) {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function domId(key) {
  return key.replace(/[^A-Za-z0-9_-]/g, '-');
}
