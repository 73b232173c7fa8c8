// The invitation for the chosen time: when it falls for you and for each participant, its title,
// and the .ics file (the one meeting, or the weekly series) that a calendar shows each person in
// their own time, as the file carries the organiser's zone.
import { h, icon, toast, replace } from '/ui/meridian.js';
import { wallTime, wallDay, timeIn, dayIn } from './time.js';
import { FIT_WORDS } from './shared.js';

export class Invitation {
  /** @param planner the <meridian-planner>: its state, you, participants(), sent, findSlot, hours and save */
  constructor(planner) {
    this.planner = planner;
    this.box = h('div', {});
    this.element = h('section', { class: 'card planner-invite', 'aria-labelledby': 'planner-invite-title' },
      h('h2', { id: 'planner-invite-title' }, 'Invitation'),
      this.box);
  }

  /** Shows a plan that came from the address. */
  sync() {
    if (this.titleInput) this.titleInput.value = this.planner.state.title;
  }

  defaultTitle() {
    const names = this.planner.participants().filter((p) => !p.you).map((p) => p.name.split(' ')[0]);
    if (!names.length) return 'Meeting';
    return `Meeting with ${names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0]}`;
  }

  render() {
    const planner = this.planner;
    const s = planner.state;
    const zone = planner.you.timeZone;
    if (!this.titleInput) {
      this.titleInput = h('input', { type: 'text', id: 'planner-title', maxlength: '200', value: s.title, autocomplete: 'off',
        oninput: () => { planner.state.title = this.titleInput.value.trim(); planner.save(); this.updateLinks(); } });
    }
    this.titleInput.placeholder = this.defaultTitle();
    const slot = s.slot ? planner.findSlot(s.slot) : null;
    if (!s.slot || !planner.sent || !planner.sent.length) {
      this.box.replaceChildren(h('p', { class: 'muted' }, 'Choose a time from the best times or the grid; its invitation appears here.'));
      return;
    }
    const start = new Date(s.slot);
    const end = slot ? new Date(slot.end) : new Date(start.getTime() + s.duration * 60000);
    let locals = slot ? slot.locals.map((l) => ({ who: l.attendee, time: `${wallDay(l.start)}, ${wallTime(l.start)}–${wallTime(l.end)}`, fit: l.fit, note: l.note })) : [];
    const grid = planner.hours.data;
    if (!slot && grid) {
      // a time picked in the grid is no ranked slot: each person's hour comes from the grid's column
      const i = grid.columns.findIndex((c) => c.start === s.slot);
      if (i >= 0) {
        locals = grid.rows.map((r) => ({ who: r.attendee, time: `${wallDay(r.cells[i].local)}, ${timeIn(r.zone, start)}–${timeIn(r.zone, end)}`,
          fit: r.cells[i].fit, note: r.cells[i].note }));
      }
    }
    this.icsLink = h('a', { class: 'button primary', id: 'planner-ics', download: 'meeting.ics' }, icon('download'), 'Download .ics');
    this.seriesLink = s.weeks > 1 ? h('a', { class: 'button', id: 'planner-ics-series', download: 'meeting-series.ics' }, icon('download'),
      `Weekly series, ${s.weeks} weeks`) : null;
    const copy = h('button', { type: 'button', class: 'button', onclick: () => this.copyTimes(start, end, locals) }, 'Copy the times');
    replace(this.box,
      h('p', { class: 'planner-invite-when' }, h('strong', {}, `${dayIn(zone, start, true)}, ${timeIn(zone, start)}–${timeIn(zone, end)}`),
        h('span', { class: 'small muted' }, ` ${zone}`),
        !slot ? h('span', { class: 'badge info planner-picked' }, 'picked in the grid') : null),
      locals.length ? h('ul', { class: 'planner-invite-locals small' }, locals.map((l) => h('li', {},
        h('span', {}, l.who), h('span', { class: 'planner-local-time' }, l.time), h('span', { class: `planner-fit fit-${l.fit}` }, FIT_WORDS[l.fit])))) : null,
      h('div', { class: 'field' }, h('label', { for: 'planner-title' }, 'Title'), this.titleInput),
      h('div', { class: 'row planner-invite-actions' }, this.icsLink, this.seriesLink, copy),
      h('p', { class: 'hint small muted' }, 'The file carries your time zone, so every calendar shows each person their own time.'));
    this.updateLinks();
  }

  updateLinks() {
    const s = this.planner.state;
    if (!this.icsLink || !s.slot) return;
    const q = new URLSearchParams({ title: s.title || this.defaultTitle(), start: s.slot, minutes: String(s.duration),
      zone: this.planner.you.timeZone });
    const names = this.planner.participants().map((p) => p.name).join(', ');
    q.set('description', `Planned with Meridian for ${names}.`);
    this.icsLink.href = `/api/v1/calendar/meeting.ics?${q}`;
    if (this.seriesLink) {
      q.set('weeks', String(s.weeks));
      this.seriesLink.href = `/api/v1/calendar/meeting.ics?${q}`;
    }
  }

  async copyTimes(start, end, locals) {
    const zone = this.planner.you.timeZone;
    const text = [`${this.planner.state.title || this.defaultTitle()}`, `${dayIn(zone, start, true)}, ${timeIn(zone, start)}–${timeIn(zone, end)} (${zone})`,
      ...locals.map((l) => `${l.who}: ${l.time}`)].join('\n');
    try {
      await navigator.clipboard.writeText(text);
      toast('The times are on the clipboard.', 'success');
    } catch {
      toast('The clipboard is not available here; select the times and copy them instead.', 'error');
    }
  }
}
