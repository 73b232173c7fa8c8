// Everyone's hours for one day: a row for each participant, a column for each hour of the
// organiser's day, each cell the participant's own hour as the planner classes it (working, early
// or late, night, day off, holiday, busy). A column's header button chooses that time, and the
// arrow keys move between the headers, so the grid needs no mouse.
import { api, h, icon, emptyState, errorBox, replace } from '/ui/meridian.js';
import { offsetMinutes, offsetLabel, addDays, daysBetween, wallTime, wallDay, wallWeekday, city } from './time.js';
import { FIT_WORDS } from './shared.js';

export class HourGrid {
  /**
   * @param planner the <meridian-planner>: its state, the participants it last sent (sent), the
   *     request body it builds (body), the running request, findSlot, choose, save and lastDay
   */
  constructor(planner) {
    this.planner = planner;
    this.data = null; // the last answer of meeting-grid
    this.box = h('div', { class: 'planner-grid-box' });
    this.days = h('div', { class: 'planner-days' });
    this.element = h('section', { class: 'card planner-hours', 'aria-labelledby': 'planner-hours-title' },
      h('div', { class: 'row planner-card-head' },
        h('h2', { id: 'planner-hours-title' }, 'Everyone\u2019s hours'),
        h('span', { class: 'spacer' }),
        this.days),
      this.box,
      legend());
  }

  /** Nobody the planner can use is in the plan. */
  empty() {
    this.data = null;
    this.box.replaceChildren(emptyState('Nobody to show yet', 'Add the people you want to meet, or yourself back.'));
    this.days.replaceChildren();
  }

  /** The planner refused the plan, so there are no hours to draw either. */
  unavailable() {
    this.data = null;
    this.box.replaceChildren(h('p', { class: 'muted' }, 'The grid appears once the plan can be worked out.'));
    this.days.replaceChildren();
  }

  async load(signal = this.planner.request ? this.planner.request.signal : undefined) {
    const planner = this.planner;
    const attendees = planner.sent.map((p) => p.attendee);
    if (!attendees.length) return;
    this.renderDays();
    this.box.setAttribute('aria-busy', 'true');
    if (!this.data) this.box.replaceChildren(h('p', { class: 'loading' }, 'Drawing everyone\u2019s hours…'));
    try {
      const day = planner.state.day;
      const data = await api('/api/v1/calendar/meeting-grid', { method: 'POST', json: planner.body(attendees, day, day), signal });
      if (!planner.isConnected) return;
      this.data = data;
      this.render();
    } catch (e) {
      if (e.name === 'AbortError') return;
      this.data = null;
      this.box.replaceChildren(errorBox(e, 'Everyone\u2019s hours could not be drawn'));
    } finally {
      this.box.removeAttribute('aria-busy');
    }
  }

  renderDays() {
    const planner = this.planner;
    const s = planner.state;
    const last = planner.lastDay();
    const go = (day) => { planner.state.day = day; planner.save(); this.load(); };
    const prev = h('button', { type: 'button', class: 'icon-button', 'aria-label': 'Previous day', disabled: daysBetween(s.from, s.day) <= 0,
      onclick: () => go(addDays(s.day, -1)) }, h('span', { 'aria-hidden': 'true' }, '‹'));
    const next = h('button', { type: 'button', class: 'icon-button', 'aria-label': 'Next day', disabled: daysBetween(s.day, last) <= 0,
      onclick: () => go(addDays(s.day, 1)) }, h('span', { 'aria-hidden': 'true' }, '›'));
    const count = daysBetween(s.from, last) + 1;
    const chips = count <= 14 ? Array.from({ length: count }, (_, n) => addDays(s.from, n)).map((day) => h('button', {
      type: 'button', class: 'chip planner-day', 'aria-pressed': String(day === s.day), onclick: () => go(day),
      'aria-label': wallDay(day, true),
    }, wallDay(day).replace(/,/g, ''))) : [h('strong', { class: 'planner-day-label' }, wallDay(s.day, true))];
    this.days.replaceChildren(h('div', { class: 'row planner-day-nav', role: 'group', 'aria-label': 'Day shown in the grid' }, prev, ...chips, next));
  }

  render() {
    const g = this.data;
    const zone = this.planner.you.timeZone;
    const chosen = this.chosenColumns();
    const now = Date.now();
    const people = this.planner.sent;
    const headers = g.columns.map((c, i) => {
      const start = new Date(c.start).getTime();
      const isNow = now >= start && now < start + 3600000;
      const outside = g.rows.map((r, n) => [r, r.cells[i], people[n]]).filter(([, cell]) => cell.fit !== 'working' || cell.cost > 0);
      const summary = c.fits ? 'fits everyone' : outside.map(([r, cell]) => `${r.attendee}: ${cell.note}`).join('; ');
      const label = `${wallTime(c.local)} your time${c.allowed ? '' : ' (outside your limits)'}: ${summary}`;
      const button = h('button', {
        type: 'button', class: 'planner-hour', tabindex: i === (chosen.length ? chosen[0] : firstFit(g)) ? '0' : '-1',
        'aria-label': label, title: label, 'aria-pressed': String(chosen.includes(i)), dataset: { column: String(i) },
        onclick: () => this.planner.choose(c.start),
        onkeydown: (e) => this.moveAcross(e, i),
      }, c.local.slice(11, 13), c.fits ? h('span', { class: 'planner-fits', 'aria-hidden': 'true' }) : null);
      return h('th', { scope: 'col', class: `planner-col${c.fits ? ' fits' : ''}${c.allowed ? '' : ' disallowed'}${isNow ? ' now' : ''}`,
        dataset: { column: String(i) } }, button);
    });
    const body = g.rows.map((r, n) => {
      const p = people[n] || { series: n % 8 };
      const holidays = [...new Map(r.cells.filter((c) => c.holiday).map((c) => [c.holiday.name, c])).values()];
      let previousDay = null;
      const cells = r.cells.map((c, i) => {
        const day = c.local.slice(0, 10);
        const newDay = previousDay !== null && day !== previousDay;
        previousDay = day;
        const minutes = c.local.slice(14, 16);
        // the words a screen reader gives for the cell, and the tooltip: the holiday by name, else what the hour is
        const why = c.holiday ? `, ${c.holiday.type === 'observance' ? 'observance' : 'holiday'}: ${c.holiday.name}`
          : c.fit !== 'working' && c.note ? `: ${c.note}` : '';
        const words = `${wallWeekday(c.local)} ${wallTime(c.local)}, ${FIT_WORDS[c.fit]}${why}`;
        const td = h('td', {
          class: `planner-cell fit-${c.fit}${c.holiday ? ` holiday${c.holiday.type === 'observance' ? ' observance' : ''}` : ''}${c.quarters ? ' mixed' : ''}${newDay ? ' new-day' : ''}`,
          title: `${r.attendee} · ${words}`, dataset: { column: String(i), fit: c.fit },
        },
        newDay ? h('span', { class: 'planner-cell-day', 'aria-hidden': 'true' }, wallWeekday(c.local)) : null,
        h('span', { class: 'planner-cell-hour', 'aria-hidden': 'true' }, c.local.slice(11, 13), minutes !== '00' ? h('sup', {}, minutes) : null),
        h('span', { class: 'visually-hidden' }, words));
        if (c.quarters) c.quarters.forEach((q, k) => td.style.setProperty(`--q${k}`, `var(--planner-${q})`));
        return td;
      });
      return h('tr', { dataset: { attendee: r.attendee } },
        h('th', { scope: 'row', class: 'planner-who' },
          h('div', { class: 'planner-who-line' }, h('span', { class: `planner-dot small s${p.series}`, 'aria-hidden': 'true' }), h('span', { class: 'planner-who-name' }, r.attendee)),
          h('div', { class: 'small muted' }, [...new Set([city(r.zone), offsetLabel(offsetMinutes(r.zone, new Date(g.columns[0].start)))])].join(' · ')),
          holidays.map((c) => h('div', { class: `planner-holiday-name small${c.holiday.type === 'observance' ? ' observance' : ''}` },
            icon('flag'), `${c.holiday.name}${c.holiday.confirmed ? '' : ' (date estimated)'}, ${wallDay(c.local)}`))),
        ...cells);
    });
    const fits = g.columns.filter((c) => c.fits).length;
    const caption = `Local hours of each participant on ${wallDay(g.from, true)}, one column per hour of your day (${zone}). `
      + `${fits ? `${fits} hour${fits === 1 ? '' : 's'} fit${fits === 1 ? 's' : ''} everyone.` : 'No hour fits everyone.'} `
      + 'Choose an hour in the header row to look at it.';
    const table = h('table', { class: 'planner-grid', id: 'planner-grid' },
      h('caption', { class: 'visually-hidden' }, caption),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', class: 'planner-who planner-corner' },
        h('span', { class: 'small muted' }, `Your time · ${city(zone)}`)), ...headers)),
      h('tbody', {}, ...body));
    replace(this.box, h('div', { class: 'table-wrap planner-grid-wrap' }, table),
      g.notes.length ? h('ul', { class: 'planner-notes small muted' }, g.notes.map((n) => h('li', {}, n))) : null);
    this.mark();
  }

  moveAcross(e, i) {
    const buttons = [...this.box.querySelectorAll('.planner-hour')];
    const target = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: buttons.length - 1 }[e.key];
    if (target === undefined) return;
    e.preventDefault();
    const next = buttons[Math.max(0, Math.min(buttons.length - 1, target))];
    buttons.forEach((b) => b.setAttribute('tabindex', b === next ? '0' : '-1'));
    next.focus();
  }

  /** The columns the chosen time covers, by index. */
  chosenColumns() {
    const { state } = this.planner;
    if (!this.data || !state.slot) return [];
    const start = new Date(state.slot).getTime();
    const slot = this.planner.findSlot(state.slot);
    const end = slot ? new Date(slot.end).getTime() : start + state.duration * 60000;
    const columns = this.data.columns;
    const out = [];
    columns.forEach((c, i) => {
      const from = new Date(c.start).getTime();
      const to = i + 1 < columns.length ? new Date(columns[i + 1].start).getTime() : from + 3600000;
      if (from < end && to > start) out.push(i);
    });
    return out;
  }

  /** Shows the chosen time in the grid without drawing it again (the focus stays). */
  mark() {
    const chosen = new Set(this.chosenColumns().map(String));
    for (const el of this.box.querySelectorAll('[data-column]')) {
      const on = chosen.has(el.dataset.column);
      if (el.classList.contains('planner-hour')) el.setAttribute('aria-pressed', String(on));
      else el.classList.toggle('chosen', on);
    }
  }
}

/** The hour the keyboard lands on first when nothing is chosen: the first that fits everyone. */
function firstFit(g) {
  const i = g.columns.findIndex((c) => c.fits);
  return i >= 0 ? i : 0;
}

function legend() {
  const item = (cls, text) => h('li', {}, h('span', { class: `swatch planner-swatch ${cls}`, 'aria-hidden': 'true' }), text);
  return h('ul', { class: 'legend planner-legend', 'aria-label': 'Legend' },
    item('fit-working', 'Working hours'), item('fit-early_or_late', 'Awake, before or after work'), item('fit-night', 'Night (22:00–07:00)'),
    item('fit-day_off', 'Day off'), item('holiday-swatch', 'Holiday (named in the row)'), item('fit-busy', 'Busy'),
    item('chosen-swatch', 'Chosen time'), h('li', {}, h('span', { class: 'planner-fits', 'aria-hidden': 'true' }), 'Hour that fits everyone'));
}
