// The meeting planner: who (you, contacts, anyone described by hand), when (a range, a length,
// limits, a weekly series), everyone's hours side by side as the planner classes them
// (POST /api/v1/calendar/meeting-grid), the ranked times (POST /api/v1/calendar/meeting-slots)
// and the invitation as an .ics file. The whole plan lives in the address, so it can be
// bookmarked and shared: #/planner?with=ID,ID&p=Name~Zone~CC~09:00-17:00&from=…&to=…
// This module holds the plan and asks the server; each card is its own module: people.js (who),
// when.js (when), grid.js (everyone's hours), slots.js (best times) and invite.js (invitation).
import { api, h, debounce, profile, ApiError, stylesheet } from '/ui/meridian.js';
import { knownZone, dateIn, addDays, daysBetween, parseHours } from './time.js';
import { When, ISO_DATE, DURATIONS, MAX_RANGE_DAYS } from './when.js';
import { People } from './people.js';
import { HourGrid } from './grid.js';
import { BestTimes } from './slots.js';
import { Invitation } from './invite.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const SLOT_LIMIT = 8;
// The participants' clocks show minutes; a tick every 20 s keeps them at most that far behind.
const CLOCK_MS = 20000;

/** The plan as the address holds it; anything malformed there is dropped for its default. */
function readQuery(query, you) {
  const q = new URLSearchParams(query || '');
  const date = (name) => (ISO_DATE.test(q.get(name) || '') ? q.get(name) : null);
  const time = (name) => (HHMM.test(q.get(name) || '') ? q.get(name) : '');
  const from = date('from') || addDays(dateIn(you.timeZone), 1);
  let to = date('to') || addDays(from, 6);
  if (daysBetween(from, to) < 0 || daysBetween(from, to) >= MAX_RANGE_DAYS) to = addDays(from, 6);
  const duration = Number(q.get('dur'));
  const weeks = Number(q.get('weeks'));
  const people = q.getAll('p').map((text) => {
    const [name, zone, country, hours] = text.split('~');
    return name && knownZone(zone) && /^[A-Za-z]{2}$/.test(country || '')
      ? { name: name.slice(0, 80), zone, country: country.toUpperCase(), hours: parseHours(hours) ? hours : '09:00-17:00' } : null;
  }).filter(Boolean);
  const day = date('day');
  return {
    me: q.get('me') !== '0',
    myCountry: /^[A-Za-z]{2}$/.test(q.get('mc') || '') ? q.get('mc').toUpperCase() : null,
    contacts: [...new Set((q.get('with') || '').split(',').map((s) => s.trim()).filter((s) => UUID.test(s)))],
    people,
    from,
    to,
    duration: DURATIONS.includes(duration) ? duration : 60,
    earliest: time('earliest'),
    latest: time('latest'),
    lunch: q.get('lunch') === '1',
    weeks: Number.isInteger(weeks) && weeks >= 1 && weeks <= 26 ? weeks : 1,
    rotate: q.get('rotate') === '1',
    day: day && daysBetween(from, day) >= 0 && daysBetween(day, to) >= 0 ? day : null,
    slot: /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(q.get('slot') || '') ? q.get('slot') : null,
    title: (q.get('title') || '').slice(0, 200),
  };
}

function writeQuery(s) {
  const q = new URLSearchParams();
  if (s.contacts.length) q.set('with', s.contacts.join(','));
  for (const p of s.people) q.append('p', [p.name, p.zone, p.country, p.hours].join('~'));
  if (!s.me) q.set('me', '0');
  if (s.myCountry) q.set('mc', s.myCountry);
  q.set('from', s.from);
  q.set('to', s.to);
  if (s.duration !== 60) q.set('dur', String(s.duration));
  if (s.earliest) q.set('earliest', s.earliest);
  if (s.latest) q.set('latest', s.latest);
  if (s.lunch) q.set('lunch', '1');
  if (s.weeks > 1) q.set('weeks', String(s.weeks));
  if (s.rotate && s.weeks > 1) q.set('rotate', '1');
  if (s.day) q.set('day', s.day);
  if (s.slot) q.set('slot', s.slot);
  if (s.title) q.set('title', s.title);
  return q.toString();
}

class MeetingPlanner extends HTMLElement {
  static get observedAttributes() { return ['query']; }

  constructor() {
    super();
    // The frame also starts the view again on a new profile; this keeps the page right should it not.
    this.profileChanged = () => {
      this.you = profile();
      this.loadZoneCountry().then(() => {
        this.people.render();
        this.scheduleRefresh();
      });
    };
  }

  connectedCallback() {
    // everything asked for while shown is dropped when the element goes (see disconnectedCallback)
    this.alive = new AbortController();
    // put back after being taken out, the page is still built: only what was stopped starts again
    if (!this.state) this.build();
    this.people.loadCountries(this.alive.signal);
    this.loadZoneCountry().then(() => this.loadContacts()).then(() => this.refresh());
    this.clock = setInterval(() => { if (!document.hidden) this.people.tick(); }, CLOCK_MS);
    document.addEventListener('meridian:profile-changed', this.profileChanged);
  }

  disconnectedCallback() {
    clearInterval(this.clock);
    document.removeEventListener('meridian:profile-changed', this.profileChanged);
    this.alive.abort();
    if (this.request) this.request.abort();
    if (this.debounced) this.debounced.cancel();
    this.people.destroy();
  }

  attributeChangedCallback(name, before, after) {
    if (!this.state || (after || '') === this.written) return;
    // the address changed from outside (back, forward, a link such as "Plan a meeting" on a contact): it is the plan
    this.state = readQuery(after, this.you);
    this.written = after || '';
    this.when.sync();
    this.people.sync();
    this.invitation.sync();
    this.loadContacts().then(() => this.refresh());
  }

  /**
   * Without a home country in Preferences, the country of your time zone stands in (Europe/Berlin:
   * Germany), so your own hours, work week and holidays still count; the list says where it came from.
   */
  async loadZoneCountry() {
    this.zoneCountry = null;
    if (this.you.homeCountry || !this.you.timeZone) return;
    try {
      const found = await api(`/api/v1/calendar/zone?zone=${encodeURIComponent(this.you.timeZone)}`, { signal: this.alive.signal });
      if (this.isConnected) this.zoneCountry = found.country;
    } catch {
      // no stand-in: the list then asks for a country, as it would have
    }
  }

  build() {
    stylesheet('/views/planner/planner.css');
    this.you = profile();
    this.contactInfo = new Map(); // id → { person } | { error }
    this.plan = null;
    this.state = readQuery(this.getAttribute('query'), this.you);
    this.written = this.getAttribute('query') || '';
    this.people = new People(this);
    this.when = new When(this);
    this.hours = new HourGrid(this);
    this.best = new BestTimes(this);
    this.invitation = new Invitation(this);
    this.append(
      h('div', { class: 'columns planner-setup' }, this.people.element, this.when.element),
      this.hours.element,
      h('div', { class: 'columns planner-bottom' }, this.best.element, this.invitation.element));
    this.people.render();
    this.invitation.render();
  }

  // ---- State ----

  save() {
    // the address belongs to the view shown: a planner taken out of the page must not rewrite it
    if (!this.isConnected) return;
    this.written = writeQuery(this.state);
    history.replaceState(null, '', `#/planner?${this.written}`);
  }

  changed({ grid = true } = {}) {
    this.save();
    if (grid) this.scheduleRefresh();
  }

  /** The participants in order, each with what the planner needs or why it cannot use them. */
  participants() {
    const list = [];
    if (this.state.me) {
      const country = this.you.homeCountry || this.state.myCountry || this.zoneCountry;
      list.push({
        key: 'me', name: 'You', zone: this.you.timeZone, country, hours: this.you.workingHours, you: true,
        countryFromZone: !this.you.homeCountry && !this.state.myCountry && Boolean(this.zoneCountry),
        problem: country ? null : 'no home country',
        attendee: country ? { name: 'You', zone: this.you.timeZone, country, hours: this.you.workingHours } : null,
      });
    }
    for (const id of this.state.contacts) {
      const info = this.contactInfo.get(id);
      const p = info && info.person;
      const entry = { key: `c:${id}`, id, name: p ? p.displayName : 'Contact', contact: true };
      if (!info) entry.loading = true;
      else if (info.error) entry.problem = info.error;
      else {
        Object.assign(entry, { zone: p.timeZone, country: p.country, hours: p.workingHours || '09:00-17:00', assumedHours: !p.workingHours,
          organization: p.organizationName });
        if (!p.timeZone || !p.country) entry.problem = !p.timeZone && !p.country ? 'no time zone or country' : !p.timeZone ? 'no time zone' : 'no country';
        else entry.attendee = { contactId: id };
      }
      list.push(entry);
    }
    this.state.people.forEach((p, i) => list.push({ key: `p:${i}`, index: i, ...p, attendee: { name: p.name, zone: p.zone, country: p.country, hours: p.hours } }));
    list.forEach((p, i) => { p.series = i % 8; });
    return list;
  }

  async loadContacts() {
    const missing = this.state.contacts.filter((id) => !this.contactInfo.has(id));
    this.people.render();
    const { signal } = this.alive;
    await Promise.all(missing.map(async (id) => {
      try {
        this.contactInfo.set(id, { person: await api(`/api/v1/contacts/${encodeURIComponent(id)}`, { signal }) });
      } catch (e) {
        // a read cut short by leaving says nothing about the contact: it is asked again when the planner is back
        if (e.name === 'AbortError') return;
        this.contactInfo.set(id, { error: e instanceof ApiError && e.status === 404 ? 'not found' : (e.detail || e.message) });
      }
    }));
    if (this.isConnected) this.people.render();
  }

  /** The last day the grid may show: the range, or the first week of a weekly series. */
  lastDay() {
    return this.state.weeks > 1 ? addDays(this.state.from, 6) : this.state.to;
  }

  inRange(day) {
    return daysBetween(this.state.from, day) >= 0 && daysBetween(day, this.lastDay()) >= 0;
  }

  // ---- Asking the planner ----

  scheduleRefresh() {
    if (!this.debounced) this.debounced = debounce(() => this.refresh(), 300);
    this.debounced();
  }

  body(attendees, from, to) {
    const s = this.state;
    const body = { attendees, durationMinutes: s.duration, from, to, zone: this.you.timeZone, avoidLunch: s.lunch, limit: SLOT_LIMIT };
    if (s.earliest) body.earliest = s.earliest;
    if (s.latest) body.latest = s.latest;
    if (s.weeks > 1) { body.weeks = s.weeks; body.rotate = s.rotate; }
    return body;
  }

  async refresh() {
    if (!this.isConnected) return;
    const people = this.participants();
    const usable = people.filter((p) => p.attendee);
    this.sent = usable;
    this.fieldErrors = new Map();
    if (this.request) this.request.abort();
    this.request = new AbortController();
    const { signal } = this.request;
    if (!usable.length) {
      this.plan = null;
      this.hours.empty();
      this.best.empty();
      this.invitation.render();
      return;
    }
    const attendees = usable.map((p) => p.attendee);
    const others = usable.filter((p) => !p.you).length;
    this.best.asking(!this.plan && others > 0);
    let plan = null;
    if (others > 0) {
      try {
        plan = await api('/api/v1/calendar/meeting-slots', { method: 'POST', json: this.body(attendees, this.state.from, this.state.to), signal });
      } catch (e) {
        if (e.name === 'AbortError') return;
        this.failed(e, signal);
        return;
      }
      if (!this.isConnected) return;
    }
    this.plan = plan;
    const slots = this.slots();
    if (this.state.slot && !this.inRange(dateIn(this.you.timeZone, new Date(this.state.slot)))) this.state.slot = null;
    // a time kept in the address is kept (it may have been picked in the grid); otherwise the best one is shown
    if (plan && !this.state.slot && slots.length) this.state.slot = slots[0].start;
    // the grid shows the chosen time's day, unless a day was asked for
    if (!this.state.day && this.state.slot) this.state.day = dateIn(this.you.timeZone, new Date(this.state.slot));
    if (!this.state.day || !this.inRange(this.state.day)) this.state.day = this.state.from;
    this.save();
    if (this.hadErrors) this.people.render();
    this.hadErrors = false;
    this.best.render();
    await this.hours.load(signal);
    if (!this.isConnected) return;
    this.invitation.render();
  }

  failed(e, signal) {
    if (signal.aborted || !this.isConnected) return;
    this.plan = null;
    const fields = Object.entries((e && e.fields) || {});
    for (const [field, message] of fields) {
      const m = /^attendees\[(\d+)\]/.exec(field);
      if (m && this.sent[Number(m[1])]) this.fieldErrors.set(this.sent[Number(m[1])].key, message);
    }
    this.hadErrors = this.fieldErrors.size > 0;
    this.people.render();
    this.best.failed(e, fields);
    this.hours.unavailable();
    this.invitation.render();
  }

  slots() {
    if (!this.plan) return [];
    return this.plan.slots || [];
  }

  findSlot(start) {
    const all = [...this.slots(), ...((this.plan && this.plan.occurrences) || []).map((o) => o.slot)];
    return all.find((s) => s.start === start) || null;
  }

  /** Makes a time the plan's, whether it was picked in the best times or in the grid. */
  choose(start) {
    this.state.slot = start;
    const day = dateIn(this.you.timeZone, new Date(start));
    const reload = day !== this.state.day;
    this.state.day = day;
    this.save();
    this.best.mark();
    this.invitation.render();
    if (reload) this.hours.load(); else this.hours.mark();
  }
}

customElements.define('meridian-planner', MeetingPlanner);
