// The Agenda view, the workbench's landing page: who to contact today and in the next two
// weeks, why, and when in their day and yours; with the quick actions that take an item off
// the list (log the call, deliver the promise, say it is delayed, send the wishes).
import {
  api, h, icon, toast, confirmDialog, errorBox, emptyState, countryName, openContact, profile, download, stylesheet, sentence,
} from '/ui/meridian.js';

const DAYS = 14;
const STYLESHEET = '/views/agenda/agenda.css';
/** Changes from this page are recorded as the workbench's own in each person's history. */
const CLIENT = { 'X-Meridian-Client': 'workbench' };
/** Greetings and birthdays stay on the agenda until their day has passed; what was sent is kept here. */
const SENT_STORE = 'meridian.agenda.sent';
const REFOCUS_MS = 5000;
/** How often and how long to look again for a change the agenda has not heard of yet. */
const SETTLE_TRIES = 8;
const SETTLE_MS = 300;
/** After loading the demo: how often, and how far apart, the agenda is read until it stops growing. */
const DEMO_READS = 20;
const DEMO_READ_MS = 400;

/** Each kind in the user's words, with its badge; the order is the summary's. */
const KINDS = [
  ['commitment-late', 'Your promise, late', 'Your promises late', 'flag', 'bad'],
  ['commitment-at-risk', 'Your promise, at risk', 'Your promises at risk', 'flag', 'warn'],
  ['commitment-due', 'Your promise, due', 'Your promises due', 'flag', 'info'],
  ['their-commitment-late', 'Their promise, late', 'Their promises late', 'note', 'warn'],
  ['follow-up', 'Follow-up', 'Follow-ups', 'arrow', 'info'],
  ['contact-due', 'Stay in touch', 'Stay in touch', 'person', 'plain'],
  ['visit-due', 'Visit', 'Visits', 'globe', 'plain'],
  ['birthday', 'Birthday', 'Birthdays', 'star', 'good'],
  ['holiday-greeting', 'Holiday greeting', 'Holiday greetings', 'calendar', 'good'],
].map(([id, label, plural, iconName, tone]) => ({ id, label, plural, icon: iconName, tone }));
const KIND = new Map(KINDS.map((k) => [k.id, k]));

const CHANNELS = [
  ['call', 'Call'], ['video', 'Video call'], ['email', 'Email'], ['message', 'Message'], ['meeting', 'Meeting'], ['in_person', 'In person'],
];
const CHANNEL_WORDS = { call: 'a call', video: 'a video call', email: 'an email', message: 'a message', meeting: 'a meeting', in_person: 'a meeting in person' };

const LOGGABLE = new Set(['contact-due', 'visit-due', 'follow-up']);
const MY_PROMISES = new Set(['commitment-late', 'commitment-at-risk', 'commitment-due']);
const GREETINGS = new Set(['birthday', 'holiday-greeting']);

function kindOf(id) {
  return KIND.get(id) || { id, label: id.replaceAll('-', ' '), plural: id.replaceAll('-', ' '), icon: 'agenda', tone: 'plain' };
}

class AgendaView extends HTMLElement {
  static get observedAttributes() { return ['query']; }

  connectedCallback() {
    stylesheet(STYLESHEET);
    this.filter = 'all';
    this.agenda = null;
    this.bookSize = null;
    this.error = null;
    this.form = null; // the open inline form: { key, type: 'log' | 'delay' }
    this.sent = readSent();
    this.updated = h('span', { class: 'small muted agenda-updated' });
    this.refreshButton = h('button', { type: 'button', class: 'button small', onclick: () => this.refresh() }, icon('clock'), 'Refresh');
    this.range = h('div', { class: 'agenda-range' });
    this.summary = h('div', { class: 'agenda-summary', role: 'group', 'aria-label': 'Show only' });
    this.body = h('div', { class: 'agenda-body' });
    this.replaceChildren(
      h('div', { class: 'agenda-top' }, this.range,
        h('div', { class: 'row agenda-tools' }, this.updated, this.refreshButton,
          h('button', { type: 'button', class: 'button small', onclick: () => this.downloadIcs() }, icon('download'), 'Download .ics'))),
      this.summary, this.body);
    this.applyQuery();
    this.refresh();
    // Back from another tab or window: the day may have moved on, or a call was logged elsewhere.
    this.onReturn = () => {
      if (document.hidden || this.form || Date.now() - (this.loadedAt || 0) < REFOCUS_MS) return;
      this.refresh();
    };
    document.addEventListener('visibilitychange', this.onReturn);
    window.addEventListener('focus', this.onReturn);
  }

  disconnectedCallback() {
    document.removeEventListener('visibilitychange', this.onReturn);
    window.removeEventListener('focus', this.onReturn);
  }

  attributeChangedCallback() {
    if (!this.body) return;
    this.applyQuery();
    this.render();
  }

  /** `filter` is kept in the address; `demo` and `download` are one-off requests from the palette. */
  applyQuery() {
    const query = new URLSearchParams(this.getAttribute('query') || '');
    const filter = query.get('filter');
    this.filter = filter === 'overdue' || KIND.has(filter) ? filter : 'all';
    const once = query.has('demo') || query.has('download');
    if (once) history.replaceState(null, '', this.address());
    if (query.get('download') === 'ics') this.downloadIcs();
    if (query.has('demo')) this.loadDemo();
  }

  address() {
    return `#/agenda${this.filter === 'all' ? '' : `?filter=${encodeURIComponent(this.filter)}`}`;
  }

  /** The agenda as the user's own clock and working day see it (Preferences, "You"). */
  parameters() {
    const you = profile();
    return new URLSearchParams({ days: String(DAYS), zone: you.timeZone, hours: you.workingHours });
  }

  // ---- Reading ----

  /**
   * Reads the agenda again. A read already under way may have started before the change the
   * caller just made, so the caller gets a read that starts after it (shared by all who ask meanwhile).
   */
  refresh() {
    if (this.loading) {
      this.next = this.next || this.loading.then(() => {
        this.next = null;
        return this.refresh();
      });
      return this.next;
    }
    this.loading = this.load().finally(() => { this.loading = null; });
    return this.loading;
  }

  /**
   * Reads the agenda after a change to item i. The agenda hears of changes through events that
   * arrive a moment after the change is stored, so while the item reads exactly as before, look again shortly.
   */
  async refreshAfter(i, wait = true) {
    const before = signature(i);
    for (let attempt = 0; ; attempt++) {
      await this.refresh();
      const now = this.agenda && this.agenda.items.find((x) => x.key === i.key);
      if (!wait || !now || signature(now) !== before || attempt >= SETTLE_TRIES) return;
      await new Promise((resolve) => { setTimeout(resolve, SETTLE_MS); });
    }
  }

  async load() {
    this.setAttribute('aria-busy', 'true');
    const before = this.updated.textContent;
    this.updated.textContent = 'Updating…';
    if (!this.agenda && !this.error) this.body.replaceChildren(skeleton());
    try {
      const agenda = await api(`/api/v1/agenda?${this.parameters()}&limit=1000`);
      // An empty agenda means two things: nobody is due, or there is nobody yet. Only the book can tell.
      this.bookSize = agenda.total === 0 ? (await api('/api/v1/contacts?limit=1')).total : null;
      this.agenda = agenda;
      this.error = null;
      this.loadedAt = Date.now();
      this.updated.textContent = `Updated ${format({ hour: '2-digit', minute: '2-digit' }).format(new Date())}`;
    } catch (e) {
      if (this.agenda && !this.error) {
        // Keep what is on screen: a refresh that fails (the workbench restarting) should not take the morning's list away.
        this.updated.textContent = before.replace('Updated', 'Not updated since');
        toast(`The agenda could not be refreshed: ${e.detail || e.message}`, 'error');
      } else {
        this.error = e;
        this.updated.textContent = '';
      }
    }
    this.sent = readSent();
    this.removeAttribute('aria-busy');
    this.render();
  }

  // ---- Drawing ----

  render() {
    const focused = this.contains(document.activeElement) ? document.activeElement.dataset.focus : null;
    this.renderRange();
    if (this.error) {
      this.summary.replaceChildren();
      this.body.replaceChildren(errorBox(this.error, 'The agenda could not be read'),
        h('div', { class: 'row' },
          h('button', { type: 'button', class: 'button', onclick: () => this.refresh() }, 'Try again'),
          this.error.fields && (this.error.fields.zone || this.error.fields.hours)
            ? h('a', { class: 'button', href: '#/preferences' }, 'Check your time zone and hours in Preferences') : null));
      return;
    }
    if (!this.agenda) return;
    const items = this.agenda.items;
    if (items.length === 0) {
      this.summary.replaceChildren();
      this.body.replaceChildren(this.bookSize === 0 ? this.emptyBook() : this.allClear());
      return;
    }
    const open = items.filter((i) => !this.isSent(i));
    this.renderSummary(open);
    const shown = items.filter((i) => this.matches(i));
    const sections = [];
    const overdue = shown.filter((i) => i.overdue);
    if (overdue.length) {
      sections.push(this.section('overdue', 'Overdue', 'Most pressing first: your own late promises, then the rest, oldest first.',
        overdue, 'bad'));
    }
    for (let day = this.agenda.from; day <= this.agenda.to; day = addDays(day, 1)) {
      const due = shown.filter((i) => !i.overdue && i.due === day);
      const isToday = day === this.agenda.from;
      if (!due.length && !(isToday && this.filter === 'all')) continue;
      sections.push(this.section(`day-${day}`, dayTitle(day, this.agenda.from), isToday || day === addDays(this.agenda.from, 1)
        ? longDate(day) : null, due, isToday ? 'info' : null));
    }
    const notes = this.agenda.notes.length
      ? h('div', { class: 'alert agenda-notes', role: 'note' }, icon('note'),
        h('ul', { class: 'agenda-note-list' }, this.agenda.notes.map((n) => h('li', {}, sentence(n)))))
      : null;
    this.body.replaceChildren(...(notes ? [notes] : []),
      ...(shown.length ? sections : [emptyState('Nothing here', `No ${this.filterName().toLowerCase()} in the next ${DAYS} days.`,
        h('button', { type: 'button', class: 'button', onclick: () => this.setFilter('all') }, 'Show everything'))]));
    this.restoreFocus(focused);
  }

  renderRange() {
    const you = profile();
    const a = this.agenda;
    this.range.replaceChildren(
      h('p', { class: 'agenda-range-main' }, a ? `${longDate(a.from)} to ${longDate(a.to)}` : `Today and the next ${DAYS} days`),
      h('p', { class: 'small muted' }, `Times in ${a ? a.zone : you.timeZone}, your working day ${you.workingHours} · `,
        h('a', { href: '#/preferences' }, 'change')));
  }

  renderSummary(open) {
    const counts = new Map();
    for (const i of open) counts.set(i.kind, (counts.get(i.kind) || 0) + 1);
    const overdue = open.filter((i) => i.overdue).length;
    const chip = (id, label, count, tone) => h('button', {
      type: 'button', class: `chip agenda-chip${tone ? ` tone-${tone}` : ''}`, 'aria-pressed': String(this.filter === id),
      dataset: { filter: id, focus: `chip:${id}` }, onclick: () => this.setFilter(this.filter === id && id !== 'all' ? 'all' : id),
    }, tone ? h('span', { class: 'agenda-dot', 'aria-hidden': 'true' }) : null,
    h('span', { class: 'agenda-count' }, String(count)), ` ${label}`);
    const chips = [chip('all', 'in all', open.length, null)];
    if (overdue || this.filter === 'overdue') chips.push(chip('overdue', 'overdue', overdue, 'bad'));
    for (const k of KINDS) {
      const n = counts.get(k.id) || 0;
      if (n || this.filter === k.id) chips.push(chip(k.id, k.plural.toLowerCase(), n, k.tone));
    }
    this.summary.replaceChildren(...chips);
  }

  setFilter(filter) {
    this.filter = filter;
    history.replaceState(null, '', this.address());
    this.render();
  }

  filterName() {
    if (this.filter === 'overdue') return 'Overdue items';
    return this.filter === 'all' ? 'Items' : kindOf(this.filter).plural;
  }

  matches(item) {
    if (this.filter === 'all') return true;
    if (this.filter === 'overdue') return item.overdue;
    return item.kind === this.filter;
  }

  section(id, title, subtitle, items, tone) {
    const headingId = `agenda-${id}`;
    return h('section', { class: 'agenda-section', 'aria-labelledby': headingId, dataset: { section: id } },
      h('header', { class: 'agenda-section-head' },
        h('h2', { id: headingId, tabindex: '-1' }, title),
        items.length ? h('span', { class: `badge ${tone === 'bad' ? 'bad' : ''}` }, `${items.length}`) : null,
        subtitle ? h('span', { class: 'small muted' }, subtitle) : null),
      items.length
        ? this.list(items, id === 'overdue')
        : h('p', { class: 'agenda-quiet muted' }, icon('check'), ' Nothing falls due today. The rest of the fortnight is below.'));
  }

  /** One card of items; a long overdue list is split by kind, which is how the agenda orders it. */
  list(items, byKind) {
    const runs = [];
    for (const i of items) {
      if (byKind && runs.length && runs[runs.length - 1].kind === i.kind) runs[runs.length - 1].items.push(i);
      else if (byKind || !runs.length) runs.push({ kind: i.kind, items: [i] });
      else runs[0].items.push(i);
    }
    if (runs.length === 1) return h('ul', { class: 'agenda-list' }, items.map((i) => this.item(i)));
    return h('div', { class: 'agenda-list' }, runs.map((run) => {
      const label = `${kindOf(run.kind).plural} (${run.items.length})`;
      return h('div', { class: 'agenda-group' },
        h('p', { class: 'agenda-group-title', 'aria-hidden': 'true' }, label),
        h('ul', { class: 'agenda-group-items', 'aria-label': label }, run.items.map((i) => this.item(i))));
    }));
  }

  item(i) {
    const kind = kindOf(i.kind);
    const sent = this.isSent(i);
    const li = h('li', {
      class: `agenda-item tone-${kind.tone}${sent ? ' is-done' : ''}`, tabindex: '-1',
      dataset: { key: i.key, kind: i.kind, focus: `item:${i.key}` },
    });
    const late = i.overdue ? daysBetween(i.due, this.agenda.from) : 0;
    li.append(
      h('div', { class: 'agenda-main' },
        h('p', { class: 'agenda-kind' },
          h('span', { class: `badge ${badgeTone(kind.tone)}` }, icon(kind.icon), kind.label),
          i.overdue ? h('span', { class: 'agenda-late' }, `due ${shortDate(i.due)}, ${late} day${late === 1 ? '' : 's'} ago`) : null,
          h('span', { class: 'agenda-country' }, icon('globe'), i.country ? countryName(i.country) : 'no country on record')),
        h('h3', { class: 'agenda-who' }, people(i)),
        h('p', { class: 'agenda-reason' }, sentence(i.reason))),
      bestTime(i, this.agenda.zone),
      this.actions(i, sent));
    if (this.form && this.form.key === i.key) li.append(this.form.type === 'log' ? this.logForm(i) : this.delayForm(i));
    return li;
  }

  actions(i, sent) {
    const buttons = [];
    const name = i.people.map((p) => p.name).join(', ');
    const expanded = (type) => String(Boolean(this.form && this.form.key === i.key && this.form.type === type));
    // What is due now stands out; later days keep their buttons quiet, so the eye goes to today's work.
    const main = i.overdue || i.due <= this.agenda.from ? 'button small primary' : 'button small';
    if (LOGGABLE.has(i.kind)) {
      buttons.push(h('button', {
        type: 'button', class: main, 'aria-expanded': expanded('log'), dataset: { focus: `${i.key}:log`, primary: '' },
        'aria-label': `Log it: record that you were in touch with ${name}`, onclick: () => this.toggleForm(i, 'log'),
      }, icon('check'), 'Log it'));
    } else if (MY_PROMISES.has(i.kind) && i.commitmentId) {
      buttons.push(h('button', {
        type: 'button', class: main, dataset: { focus: `${i.key}:done`, primary: '' },
        'aria-label': `Done: you delivered the promise to ${name}`, onclick: (e) => this.finishPromise(i, e.currentTarget),
      }, icon('check'), 'Done'));
      buttons.push(h('button', {
        type: 'button', class: 'button small', 'aria-expanded': expanded('delay'), dataset: { focus: `${i.key}:delay` },
        'aria-label': `Delay: record a new date you told ${name}`, onclick: () => this.toggleForm(i, 'delay'),
      }, 'Delay…'));
    } else if (i.kind === 'their-commitment-late' && i.commitmentId) {
      buttons.push(h('button', {
        type: 'button', class: main, dataset: { focus: `${i.key}:done`, primary: '' },
        'aria-label': `Received: ${name} delivered what they promised`, onclick: (e) => this.finishPromise(i, e.currentTarget),
      }, icon('check'), 'Received'));
    } else if (GREETINGS.has(i.kind)) {
      if (sent) {
        buttons.push(h('span', { class: 'badge good' }, icon('check'), `Sent ${sent === todayOf(this.agenda) ? 'today' : shortDate(sent)}`));
      } else {
        buttons.push(h('button', {
          type: 'button', class: main, dataset: { focus: `${i.key}:sent`, primary: '' },
          'aria-label': `Sent: record the ${i.kind === 'birthday' ? 'birthday wishes' : 'greeting'} you sent to ${name}`,
          onclick: (e) => this.markSent(i, e.currentTarget),
        }, icon('check'), 'Sent'));
      }
    }
    return h('div', { class: 'agenda-actions' }, buttons);
  }

  toggleForm(i, type) {
    const same = this.form && this.form.key === i.key && this.form.type === type;
    this.form = same ? null : { key: i.key, type };
    this.render();
    const target = same ? this.querySelector(`[data-focus="${cssEscape(`${i.key}:${type}`)}"]`)
      : this.querySelector(`[data-key="${cssEscape(i.key)}"] form select, [data-key="${cssEscape(i.key)}"] form input`);
    if (target) target.focus();
  }

  closeForm(i, type) {
    this.form = null;
    this.render();
    const back = this.querySelector(`[data-focus="${cssEscape(`${i.key}:${type}`)}"]`);
    if (back) back.focus();
  }

  // ---- Mark done: log the contact ----

  logForm(i) {
    const id = `agenda-log-${domId(i.key)}`;
    const person = i.people[0];
    const channel = h('select', { id: `${id}-channel`, name: 'channel' }, CHANNELS.map(([value, label]) => h('option', { value }, label)));
    channel.value = defaultChannel(i);
    const summary = h('input', { type: 'text', id: `${id}-summary`, name: 'summary', maxlength: '500', placeholder: 'What was it about?', autocomplete: 'off' });
    const error = h('p', { class: 'agenda-form-error', role: 'alert' });
    const submit = h('button', { type: 'submit', class: 'button small primary' }, icon('check'), 'Log it');
    return h('form', {
      class: 'agenda-form', 'aria-label': `Log contact with ${person.name}`,
      onkeydown: (e) => { if (e.key === 'Escape') { e.preventDefault(); this.closeForm(i, 'log'); } },
      onsubmit: async (e) => {
        e.preventDefault();
        submit.disabled = true;
        error.textContent = '';
        try {
          await api(`/api/v1/contacts/${encodeURIComponent(person.id)}/interactions`, {
            method: 'POST', headers: CLIENT,
            json: { channel: channel.value, direction: 'outbound', at: new Date().toISOString(), summary: summary.value.trim() || null },
          });
        } catch (err) {
          submit.disabled = false;
          error.textContent = err.detail || err.message;
          return;
        }
        this.form = null;
        await this.afterChange(i, `Logged ${CHANNEL_WORDS[channel.value]} with ${person.name}.`, (still) => (still
          ? ` It stays on the agenda${i.kind === 'visit-due' ? ': only a meeting in person counts as a visit' : ''}.`
          : nextFor(this.agenda, person.id, i.key)));
      },
    },
    h('div', { class: 'field' }, h('label', { for: `${id}-channel` }, 'How'), channel),
    h('div', { class: 'field agenda-grow' }, h('label', { for: `${id}-summary` }, 'Summary ', h('span', { class: 'hint' }, '(optional)')), summary),
    h('div', { class: 'row agenda-form-buttons' }, submit,
      h('button', { type: 'button', class: 'button small', onclick: () => this.closeForm(i, 'log') }, 'Cancel')),
    error);
  }

  // ---- Promises: done, delayed ----

  /** The commitment as stored now: its version, for a change that must not overwrite another. */
  async commitment(i) {
    const person = i.people[0];
    const list = await api(`/api/v1/contacts/${encodeURIComponent(person.id)}/commitments`);
    const found = list.find((c) => c.id === i.commitmentId);
    if (!found) throw new Error(`The promise is no longer on ${person.name}'s record; refresh the agenda.`);
    return found;
  }

  async changeCommitment(i, change) {
    const url = `/api/v1/contacts/${encodeURIComponent(i.people[0].id)}/commitments/${encodeURIComponent(i.commitmentId)}`;
    for (let attempt = 0; ; attempt++) {
      const c = await this.commitment(i);
      try {
        return await api(url, { method: 'POST', headers: CLIENT, json: { ...change, version: c.version } });
      } catch (e) {
        // Changed meanwhile (another window, the shell): read it again once, since this change does not depend on the rest.
        if (e.status !== 409 || attempt > 0) throw e;
      }
    }
  }

  async finishPromise(i, button) {
    button.disabled = true;
    let done;
    try {
      done = await this.changeCommitment(i, { action: 'done' });
    } catch (e) {
      button.disabled = false;
      toast(e.detail || e.message, 'error');
      return;
    }
    const who = i.people[0].name;
    await this.afterChange(i, i.kind === 'their-commitment-late'
      ? `Marked received: “${done.what}” from ${who}.`
      : `Done: “${done.what}” for ${who}${done.keptOnTime ? ', on time' : ''}.`);
  }

  delayForm(i) {
    const id = `agenda-delay-${domId(i.key)}`;
    const today = todayOf(this.agenda);
    const newDue = h('input', { type: 'date', id: `${id}-date`, name: 'newDue', required: true, min: addDays(today, 1), value: addDays(today, 7),
      'aria-describedby': `${id}-hint` });
    const told = h('input', { type: 'date', id: `${id}-told`, name: 'on', required: true, max: today, value: today });
    const hint = h('span', { class: 'hint', id: `${id}-hint` }, 'Reading the promise…');
    const error = h('p', { class: 'agenda-form-error', role: 'alert' });
    const submit = h('button', { type: 'submit', class: 'button small primary' }, 'Save the new date');
    this.commitment(i).then((c) => {
      const promised = c.revisedDue || c.due;
      newDue.min = laterOf(addDays(c.due, 1), addDays(today, 1));
      if (newDue.value < newDue.min) newDue.value = newDue.min;
      hint.textContent = `“${c.what}”, promised for ${longDate(promised)}.`
        + (i.overdue ? ' That date has passed, so it stays among the late ones; they will know when to expect it.' : '');
    }).catch((e) => { hint.textContent = e.detail || e.message; });
    return h('form', {
      class: 'agenda-form', 'aria-label': `New date for the promise to ${i.people[0].name}`,
      onkeydown: (e) => { if (e.key === 'Escape') { e.preventDefault(); this.closeForm(i, 'delay'); } },
      onsubmit: async (e) => {
        e.preventDefault();
        submit.disabled = true;
        error.textContent = '';
        newDue.removeAttribute('aria-invalid');
        let changed;
        try {
          changed = await this.changeCommitment(i, { action: 'delay', newDue: newDue.value, on: told.value });
        } catch (err) {
          submit.disabled = false;
          error.textContent = (err.fields && (err.fields.newDue || err.fields.on)) || err.detail || err.message;
          if (err.fields && err.fields.newDue) { newDue.setAttribute('aria-invalid', 'true'); newDue.focus(); }
          return;
        }
        this.form = null;
        await this.afterChange(i, `New date for “${changed.what}”: ${longDate(changed.revisedDue)}, told ${i.people[0].name} on ${shortDate(told.value)}.`,
          (still) => (still ? ' It stays on the agenda for now.' : ''));
      },
    },
    h('div', { class: 'field' }, h('label', { for: `${id}-date` }, 'New date'), newDue),
    h('div', { class: 'field' }, h('label', { for: `${id}-told` }, 'Told them on'), told),
    h('div', { class: 'row agenda-form-buttons' }, submit,
      h('button', { type: 'button', class: 'button small', onclick: () => this.closeForm(i, 'delay') }, 'Cancel')),
    h('p', { class: 'agenda-form-note' }, hint),
    error);
  }

  // ---- Greetings: sent ----

  async markSent(i, button) {
    button.disabled = true;
    const what = i.kind === 'birthday' ? 'Birthday wishes' : `${i.reason.split(' in ')[0]} greetings`;
    const at = new Date().toISOString();
    const failed = [];
    for (const p of i.people) {
      try {
        await api(`/api/v1/contacts/${encodeURIComponent(p.id)}/interactions`, {
          method: 'POST', headers: CLIENT, json: { channel: 'message', direction: 'outbound', at, summary: what },
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
    this.sent[i.key] = todayOf(this.agenda);
    writeSent(this.sent);
    const names = listNames(i.people.filter((p) => !failed.some((f) => f.startsWith(`${p.name}:`))).map((p) => p.name));
    const more = i.count > i.people.length ? ` The other ${i.count - i.people.length} are not listed here; log theirs on their pages.` : '';
    // a greeting stays on the agenda until its day is over; only this page's mark changes
    await this.afterChange(i, `Logged ${what.toLowerCase()} sent to ${names}.${more}`, null, false);
    if (failed.length) toast(`Not logged for ${failed.join(' ')}`, 'error');
  }

  isSent(i) {
    return GREETINGS.has(i.kind) ? this.sent[i.key] || null : null;
  }

  // ---- After a change ----

  /**
   * Refreshes, says what happened, and puts the focus on the item that followed the one acted
   * on (or the one before, at the end of the list), so work goes on from the keyboard.
   */
  async afterChange(i, message, extra, wait = true) {
    const order = [...this.querySelectorAll('.agenda-item')].map((li) => li.dataset.key);
    const at = order.indexOf(i.key);
    const candidates = [...order.slice(at + 1), ...order.slice(0, Math.max(at, 0)).reverse()];
    await this.refreshAfter(i, wait);
    const still = Boolean(this.agenda && this.agenda.items.some((x) => x.key === i.key && !this.isSent(x)));
    toast(`${message}${extra ? extra(still) : ''}`, 'success');
    const next = still ? i.key : candidates.find((k) => this.querySelector(`[data-key="${cssEscape(k)}"]`));
    const li = next ? this.querySelector(`[data-key="${cssEscape(next)}"]`) : null;
    const target = li ? li.querySelector('[data-primary]:not([disabled])') || li : this.querySelector('.agenda-section h2, .empty h2');
    if (target) target.focus();
  }

  restoreFocus(focus) {
    if (!focus) return;
    const again = this.querySelector(`[data-focus="${cssEscape(focus)}"]`);
    if (again) again.focus();
  }

  // ---- The empty book, the demo, the download ----

  emptyBook() {
    const demo = h('button', { type: 'button', class: 'button primary', id: 'agenda-load-demo', onclick: () => this.loadDemo() },
      icon('contacts'), 'Load the demo book');
    const box = emptyState('Your contact book is empty',
      'The agenda fills itself from your contacts: who is due a call, which promises fall due, birthdays and holidays, '
      + 'each at a good time in their day and yours. Look around with invented people first, or bring in your own.',
      demo, h('a', { class: 'button', href: '#/import' }, icon('import'), 'Import a file'));
    box.classList.add('agenda-empty');
    box.prepend(h('div', { class: 'agenda-empty-icon', 'aria-hidden': 'true' }, icon('agenda')));
    return box;
  }

  allClear() {
    const box = emptyState('All caught up', `Nobody is due in the next ${DAYS} days: no promises, follow-ups, birthdays or holidays. `
      + 'New items appear here as cadences come round.',
    h('a', { class: 'button', href: '#/contacts' }, icon('contacts'), 'Go to contacts'));
    box.classList.add('agenda-empty');
    box.prepend(h('div', { class: 'agenda-empty-icon', 'aria-hidden': 'true' }, icon('check')));
    return box;
  }

  async loadDemo() {
    if (this.demoRunning) return;
    const ok = await confirmDialog({
      title: 'Load the demo book?',
      message: 'Meridian adds about fifty invented people in over twenty countries, with their companies and a year and a half '
        + 'of calls, meetings and promises ending today. They are marked as demo people; nothing of yours is changed.',
      confirm: 'Load the demo book',
    });
    if (!ok) return;
    this.demoRunning = true;
    const button = this.querySelector('#agenda-load-demo');
    if (button) { button.disabled = true; button.lastChild.textContent = 'Loading the demo book…'; }
    let answer;
    try {
      answer = await api('/api/v1/contacts/demo', { method: 'POST', headers: CLIENT });
    } catch (e) {
      this.demoRunning = false;
      toast(e.status === 404 ? 'Loading the demo needs the contacts feature with its demo route; install or update it in Plugins.'
        : (e.detail || e.message), 'error');
      if (button) { button.disabled = false; button.lastChild.textContent = 'Load the demo book'; }
      return;
    }
    await this.settle();
    this.demoRunning = false;
    toast(answer.status === 'loaded' ? `Loaded the demo book: ${answer.people} people in ${answer.countries} countries.`
      : `The demo book is already loaded (${answer.people} people); nothing changed.`, answer.status === 'loaded' ? 'success' : 'info');
    const first = this.querySelector('.agenda-section h2');
    if (first) first.focus();
  }

  /**
   * Reads the agenda until it stops growing. It hears of the new people through events, which
   * may still be arriving when the load answers; a half-built list would show wrong counts.
   */
  async settle() {
    let last = -1;
    let same = 0;
    for (let read = 0; read < DEMO_READS && same < 2; read++) {
      if (read) await new Promise((resolve) => { setTimeout(resolve, DEMO_READ_MS); });
      await this.refresh();
      const total = this.agenda ? this.agenda.total : -1;
      same = total > 0 && total === last ? same + 1 : 0;
      last = total;
    }
  }

  downloadIcs() {
    download(`/api/v1/agenda.ics?${this.parameters()}&limit=1000`);
    toast('Downloading the agenda as an .ics file: open it with your calendar to import it.');
  }
}

// ---- Pieces ----

function people(i) {
  const last = i.people.length - 1;
  const parts = i.people.map((p, n) => h('span', { class: 'agenda-person' },
    h('button', { type: 'button', class: 'link-button agenda-name', title: 'Open in the side panel', dataset: { focus: `person:${i.key}:${p.id}` },
      onclick: () => openContact(p.id) }, p.name),
    h('a', { class: 'agenda-page', href: `#/contacts/${encodeURIComponent(p.id)}`, 'aria-label': `Contact page of ${p.name}`, title: 'Contact page' },
      icon('arrow')),
    n < last ? h('span', { class: 'agenda-sep' }, n === last - 1 && i.count === i.people.length ? ' and ' : ', ') : null));
  if (i.count > i.people.length) parts.push(h('span', { class: 'agenda-sep' }, ` and ${i.count - i.people.length} more`));
  return h('span', { class: 'agenda-people' }, parts);
}

/** When to act: their window on their clock, the same on yours, and whether it is inside your working day. */
function bestTime(i, yourZone) {
  const b = i.bestTime;
  if (!b) {
    return h('div', { class: 'agenda-when is-unknown' }, h('p', { class: 'small muted' }, icon('clock'),
      ' No best time: their record has no time zone or country.'));
  }
  const verb = /^call\b/i.test(b.advice) ? 'Call' : 'Write';
  const now = Date.now();
  const happening = Date.parse(b.yourStart) <= now && now < Date.parse(b.yourEnd);
  const theirDay = dayIn(b.theirStart, b.theirZone);
  const yourDay = dayIn(b.yourStart, yourZone);
  return h('div', { class: `agenda-when${b.insideYourDay ? '' : ' is-outside'}` },
    h('p', { class: 'agenda-when-head' }, icon('clock'), h('span', {}, `${verb} ${theirDay}`),
      happening ? h('span', { class: 'badge good' }, 'now') : null),
    h('p', { class: 'agenda-theirs' }, span(b.theirStart, b.theirEnd, b.theirZone), h('span', { class: 'muted' }, ` in ${city(b.theirZone)}`)),
    h('p', { class: 'agenda-yours' }, span(b.yourStart, b.yourEnd, yourZone), h('span', { class: 'muted' }, ` yours${yourDay !== theirDay ? `, ${yourDay}` : ''}`),
      b.insideYourDay ? null : h('span', { class: 'agenda-outside' }, icon('warning'), 'outside your working day')),
    h('p', { class: 'agenda-advice' }, sentence(b.advice)));
}

/** What an item says; the same after a change means the agenda has not heard of the change yet. */
function signature(i) {
  return `${i.kind}|${i.due}|${i.overdue}|${i.reason}`;
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

function skeleton() {
  return h('div', { class: 'agenda-skeleton', 'aria-hidden': 'true' },
    [0, 1, 2, 3].map(() => h('div', { class: 'agenda-skeleton-row' }, h('span', {}), h('span', {}), h('span', {}))),
    h('p', { class: 'visually-hidden' }, 'Reading your agenda…'));
}


function badgeTone(tone) {
  return tone === 'plain' ? '' : tone;
}


function listNames(names) {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function domId(key) {
  return key.replace(/[^A-Za-z0-9_-]/g, '-');
}

function cssEscape(text) {
  return window.CSS && CSS.escape ? CSS.escape(text) : text.replace(/["\\]/g, '\\$&');
}

// ---- Dates: calendar days are compared as text (2026-11-24), shown in the reader's language ----

function utc(day) {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

function addDays(day, n) {
  return new Date(utc(day) + n * 86400000).toISOString().slice(0, 10);
}

function daysBetween(a, b) {
  return Math.round((utc(b) - utc(a)) / 86400000);
}

function laterOf(a, b) {
  return a > b ? a : b;
}

/** The user's today, as the agenda counted it (its first day is today in their zone). */
function todayOf(agenda) {
  return agenda.from;
}

const formats = new Map();
function format(options) {
  const key = JSON.stringify(options);
  if (!formats.has(key)) formats.set(key, new Intl.DateTimeFormat(undefined, options));
  return formats.get(key);
}

function dayTitle(day, today) {
  if (day === today) return 'Today';
  if (day === addDays(today, 1)) return 'Tomorrow';
  return format({ weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(utc(day)));
}

function longDate(day) {
  return format({ weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(utc(day)));
}

function shortDate(day) {
  return format({ day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(utc(day)));
}

/** A window on the clock of a zone (09:00–11:00); the server's own text if the browser does not know the zone. */
function span(start, end, zone) {
  try {
    const f = format({ hour: 'numeric', minute: '2-digit', timeZone: zone });
    const [from, to] = [new Date(start), new Date(end)];
    // formatRange adds both dates to a window that crosses midnight; the day is shown beside it already.
    return f.formatRange && dayIn(start, zone) === dayIn(end, zone) ? f.formatRange(from, to) : `${f.format(from)} – ${f.format(to)}`;
  } catch {
    return `${start.slice(11, 16)}–${end.slice(11, 16)}`;
  }
}

function dayIn(instant, zone) {
  try {
    return format({ weekday: 'short', day: 'numeric', month: 'short', timeZone: zone }).format(new Date(instant));
  } catch {
    return longDate(instant.slice(0, 10));
  }
}

function city(zone) {
  const last = zone.split('/').pop();
  return last.replaceAll('_', ' ');
}

// ---- What was sent, per browser: the server keeps the interaction, the agenda keeps the day ----

function readSent() {
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

customElements.define('meridian-agenda', AgendaView);
