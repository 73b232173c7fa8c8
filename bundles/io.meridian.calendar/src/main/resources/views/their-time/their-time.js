// "Their time", a contact panel: the contact's local time now (ticking), whether today is a
// working day or a holiday there (GET /api/v1/calendar/now), their day beside yours as the
// planner classes it (POST /api/v1/calendar/meeting-grid), and the next good time to reach
// them (GET /api/v1/agenda/advice), with a way into the meeting planner.
import { api, h, icon, errorBox, countryName, profile, views, replace, stylesheet, capitalised } from '/ui/meridian.js';
import {
  dateIn, offsetMinutes, offsetLabel, difference, timeIn, dayIn, city, parseHours, minutesOf, wallTime, format,
} from '/views/planner/time.js';

const FIT_WORDS = { working: 'working', early_or_late: 'awake, outside work', night: 'night', day_off: 'day off', busy: 'busy' };


class TheirTime extends HTMLElement {
  static get observedAttributes() { return ['contact-id']; }

  connectedCallback() {
    stylesheet('/views/their-time/their-time.css');
    this.connected = true;
    this.load();
  }

  disconnectedCallback() {
    this.connected = false;
    this.stopClock();
    if (this.controller) this.controller.abort();
  }

  attributeChangedCallback(name, before, after) {
    if (this.connected && before !== after) this.load();
  }

  stopClock() {
    clearTimeout(this.timer);
    clearInterval(this.timer);
  }

  /** Ticks on each minute of the clock, not a minute after the panel opened. */
  startClock() {
    this.stopClock();
    this.timer = setTimeout(() => {
      this.tick();
      this.timer = setInterval(() => this.tick(), 60000);
    }, 60000 - (Date.now() % 60000) + 50);
  }

  async load() {
    const id = this.getAttribute('contact-id');
    this.stopClock();
    if (this.controller) this.controller.abort();
    this.controller = new AbortController();
    const { signal } = this.controller;
    this.replaceChildren(h('p', { class: 'loading small' }, 'Looking up their time…'));
    if (!id) return;
    let person;
    try {
      person = await api(`/api/v1/contacts/${encodeURIComponent(id)}`, { signal });
    } catch (e) {
      if (e.name !== 'AbortError') this.replaceChildren(errorBox(e, 'Their record could not be read'));
      return;
    }
    this.person = person;
    if (!person.timeZone || !person.country) {
      this.replaceChildren(this.missing(person));
      return;
    }
    this.clock = h('div', { class: 'their-clock' });
    this.today = h('div', { class: 'their-today' }, h('p', { class: 'small muted' }, 'Checking their calendar…'));
    this.day = h('div', { class: 'their-day' });
    this.advice = h('div', { class: 'their-advice', 'aria-live': 'polite' }, h('p', { class: 'small muted' }, 'Working out when to reach them…'));
    replace(this, this.clock, this.today, this.day, this.advice,
      h('div', { class: 'row their-actions' },
        h('a', { class: 'button small primary', href: `#/planner?with=${encodeURIComponent(id)}`, id: `their-plan-${id}` },
          icon('planner'), 'Plan a meeting')));
    this.tick();
    this.startClock();
    await Promise.all([this.loadToday(signal), this.loadAdvice(signal), this.loadDay(signal)]);
  }

  missing(person) {
    const lacking = !person.timeZone && !person.country ? 'time zone or country' : !person.timeZone ? 'time zone' : 'country';
    const contactsView = views('MAIN').some((v) => v.id === 'contacts');
    const page = contactsView
      ? h('a', { href: `#/contacts/${encodeURIComponent(person.id)}` }, 'their contact page')
      : 'their record (in the shell: contacts:edit --tz Asia/Tokyo --country JP)';
    return h('div', { class: 'alert warn their-missing' }, icon('warning'), h('div', {},
      h('p', {}, h('strong', {}, `${person.displayName} has no ${lacking} on record.`),
        ` Without it, their local time, working days and holidays cannot be worked out.`),
      h('p', {}, 'Fix: add ', !person.timeZone ? 'their time zone (an IANA zone such as Asia/Tokyo)' : null,
        !person.timeZone && !person.country ? ' and ' : null, !person.country ? 'their country' : null, ' on ', page, '.')));
  }

  tick() {
    const p = this.person;
    if (!p || !this.clock) return;
    const now = new Date();
    const you = profile();
    const diff = offsetMinutes(p.timeZone, now) - offsetMinutes(you.timeZone, now);
    const hours = parseHours(p.workingHours) || parseHours('09:00-17:00');
    const local = format('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: p.timeZone }).format(now);
    const minute = minutesOf(local);
    const inHours = minute >= minutesOf(hours.start) && minute < minutesOf(hours.end);
    const awake = minute >= 7 * 60 && minute < 22 * 60;
    const where = this.working === false ? 'not a working day there' : inHours ? 'within their working hours' : awake ? (minute < minutesOf(hours.start) ? 'before their working day' : 'after their working day') : 'night there';
    this.clock.replaceChildren(
      h('div', { class: 'their-time-now' },
        h('time', { class: 'their-big', datetime: now.toISOString() }, timeIn(p.timeZone, now)),
        h('span', { class: 'their-date' }, dayIn(p.timeZone, now))),
      h('p', { class: 'small muted their-where' },
        `${city(p.timeZone)}, ${countryName(p.country)} · ${offsetLabel(offsetMinutes(p.timeZone, now))} · ${difference(diff)}`),
      h('p', { class: 'small their-hours' },
        h('span', { class: `their-dot ${this.working === false ? 'off' : inHours ? 'working' : awake ? 'awake' : 'night'}`, 'aria-hidden': 'true' }),
        `${where[0].toUpperCase()}${where.slice(1)} · works ${hours.days ? `${hours.days} ` : ''}${hours.start}–${hours.end}${p.workingHours ? '' : ' (assumed)'}`));
    // a new day there: what kind of day it is may have changed
    const date = dateIn(p.timeZone, now);
    if (this.date && this.date !== date) {
      const signal = this.controller.signal;
      this.loadToday(signal);
      this.loadAdvice(signal);
      this.loadDay(signal);
    }
    this.date = date;
    if (this.dayStrip) this.markNow();
  }

  async loadToday(signal) {
    const p = this.person;
    const q = new URLSearchParams({ zone: p.timeZone, country: p.country });
    if (p.subdivision) q.set('subdivision', p.subdivision);
    try {
      const now = await api(`/api/v1/calendar/now?${q}`, { signal });
      this.working = now.working;
      this.tick();
      const badge = now.holiday && !now.working
        ? h('span', { class: 'badge warn' }, icon('flag'), `Holiday: ${now.holiday}`)
        : now.working ? h('span', { class: 'badge good' }, 'Working day') : h('span', { class: 'badge' }, 'Day off');
      this.today.replaceChildren(h('div', { class: 'row' }, badge,
        now.dayNote && !(now.holiday && now.dayNote.startsWith(now.holiday)) ? h('span', { class: 'small muted' }, now.dayNote) : null,
        now.holiday && now.working ? h('span', { class: 'small muted' }, `${now.holiday} (an observance; work goes on)`) : null));
    } catch (e) {
      if (e.name !== 'AbortError') this.today.replaceChildren(errorBox(e, 'Their working day could not be checked'));
    }
  }

  async loadAdvice(signal) {
    const you = profile();
    const q = new URLSearchParams({ contactId: this.person.id, zone: you.timeZone, hours: you.workingHours });
    try {
      const a = await api(`/api/v1/agenda/advice?${q}`, { signal });
      const next = a.next;
      replace(this.advice,
        h('div', { class: `their-verdict ${a.good ? 'good' : 'wait'}` }, icon(a.good ? 'check' : 'clock'),
          h('div', {}, h('strong', {}, a.good ? 'A good time to reach them now' : 'Not the best time to reach them'),
            a.reason ? h('p', { class: 'small' }, capitalised(a.reason)) : null)),
        next ? h('div', { class: 'their-next' },
          h('h4', {}, 'Next good time'),
          h('p', { class: 'their-next-when' },
            `${dayIn(next.theirZone, new Date(next.theirStart))}, ${timeIn(next.theirZone, new Date(next.theirStart))}–${timeIn(next.theirZone, new Date(next.theirEnd))} their time`),
          h('p', { class: 'small muted' }, `= ${dayIn(you.timeZone, new Date(next.yourStart))}, ${timeIn(you.timeZone, new Date(next.yourStart))}–`
            + `${timeIn(you.timeZone, new Date(next.yourEnd))} yours${next.insideYourDay ? '' : ', outside your working hours: schedule the message'}`),
          next.advice ? h('p', { class: 'small muted their-advice-text' }, capitalised(next.advice)) : null) : null);
    } catch (e) {
      if (e.name !== 'AbortError') this.advice.replaceChildren(errorBox(e, 'No advice on when to reach them'));
    }
  }

  /** Their day hour by hour beside yours, as the meeting planner sees both (holidays, work week, hours). */
  async loadDay(signal) {
    const p = this.person;
    const you = profile();
    const attendees = [{ contactId: p.id }];
    if (you.homeCountry) attendees.push({ name: 'You', zone: you.timeZone, country: you.homeCountry, hours: you.workingHours });
    const day = dateIn(p.timeZone);
    try {
      const grid = await api('/api/v1/calendar/meeting-grid', { method: 'POST', signal,
        json: { attendees, from: day, to: day, zone: p.timeZone, durationMinutes: 15 } });
      this.dayStrip = grid;
      this.day.replaceChildren(h('h4', {}, 'Their day, hour by hour'), this.strip(grid));
      this.markNow();
    } catch (e) {
      // the strip is a help, not the answer; say why and keep the rest
      if (e.name !== 'AbortError') this.day.replaceChildren(h('p', { class: 'small muted' }, `Their day could not be drawn: ${e.detail || e.message}`));
    }
  }

  strip(grid) {
    const rows = grid.rows.map((r, n) => h('tr', {},
      h('th', { scope: 'row', class: 'small' }, n === 0 ? 'Them' : 'You'),
      ...r.cells.map((c, i) => h('td', {
        class: `their-cell fit-${c.fit}${c.holiday && c.holiday.type !== 'observance' ? ' holiday' : ''}`, dataset: { column: String(i) },
        title: `${n === 0 ? this.person.displayName : 'You'}: ${wallTime(c.local)}, ${FIT_WORDS[c.fit]}${c.note && c.fit !== 'working' ? ` (${c.note})` : ''}`,
      }, h('span', { class: 'visually-hidden' }, `${wallTime(c.local)} ${FIT_WORDS[c.fit]}`)))));
    const ticks = grid.columns.map((c, i) => h('th', { scope: 'col', class: 'their-tick', dataset: { column: String(i) } },
      i % 6 === 0 ? c.local.slice(11, 13) : h('span', { class: 'visually-hidden' }, c.local.slice(11, 13))));
    return h('table', { class: 'their-strip' },
      h('caption', { class: 'visually-hidden' }, `Each hour of today in ${city(grid.zone)}, for them${grid.rows.length > 1 ? ' and for you' : ''}`),
      h('thead', {}, h('tr', {}, h('td', { class: 'their-label' }), ...ticks)), h('tbody', {}, rows));
  }

  markNow() {
    const now = Date.now();
    const columns = this.dayStrip.columns;
    const i = columns.findIndex((c, n) => now >= Date.parse(c.start) && (n + 1 >= columns.length || now < Date.parse(columns[n + 1].start)));
    for (const el of this.day.querySelectorAll('[data-column]')) el.classList.toggle('now', el.dataset.column === String(i));
  }
}


customElements.define('meridian-their-time', TheirTime);
