// The best times: the planner's ranked times, each with every participant's local hour and who
// would pay for it; for a weekly series, each week's time and how the inconvenience is shared out
// over the weeks. Choosing one makes it the plan's time (planner.choose).
import { h, icon, emptyState, errorBox, replace, capitalised, sentence } from '/ui/meridian.js';
import { wallTime, wallWeekday, timeIn, dayIn } from './time.js';
import { FIT_WORDS } from './shared.js';

export class BestTimes {
  /** @param planner the <meridian-planner>: its state, plan, slots(), participants(), sent and choose */
  constructor(planner) {
    this.planner = planner;
    this.status = h('p', { class: 'small muted planner-status', role: 'status', 'aria-live': 'polite' });
    this.results = h('div', { class: 'planner-results' });
    this.element = h('section', { class: 'card', 'aria-labelledby': 'planner-best' },
      h('div', { class: 'row planner-card-head' }, h('h2', { id: 'planner-best' }, 'Best times'), h('span', { class: 'spacer' }), this.status),
      this.results);
  }

  /** Nobody the planner can use is in the plan. */
  empty() {
    this.status.textContent = '';
    this.results.replaceChildren(emptyState('Who should be there?', 'Add contacts or anyone else; the planner finds the hours that suit everyone.'));
  }

  /** The planner is being asked; times already shown stay until the answer replaces them. */
  asking(nothingShown) {
    this.status.textContent = 'Finding times…';
    this.results.setAttribute('aria-busy', 'true');
    if (nothingShown) replace(this.results, h('p', { class: 'loading' }, 'Asking the planner for the best times…'));
  }

  /** The planner refused; `fields` are its [field, message] pairs, those about one attendee shown by them. */
  failed(e, fields) {
    this.results.removeAttribute('aria-busy');
    this.status.textContent = '';
    const general = fields.filter(([f]) => !/^attendees\[/.test(f));
    replace(this.results, errorBox(e, fields.length && !general.length ? 'Someone in the plan cannot be used' : 'No times could be found'),
      general.length ? h('ul', { class: 'small' }, general.map(([f, m]) => h('li', {}, h('code', {}, f), `: ${m}`))) : null);
  }

  render() {
    const planner = this.planner;
    this.results.removeAttribute('aria-busy');
    const plan = planner.plan;
    if (!plan) {
      this.status.textContent = '';
      this.results.replaceChildren(emptyState('Who should be there?', 'Add a contact or someone by hand; the planner then ranks the times that suit everyone.'));
      return;
    }
    const slots = planner.slots();
    const weekly = planner.state.weeks > 1;
    // "Everyone" must not claim you when your own hours could not count (no home country yet).
    const youLeftOut = planner.participants().some((p) => p.you && p.problem);
    const everyone = youLeftOut ? 'everyone but you' : 'everyone';
    this.status.textContent = weekly
      ? `${plan.occurrences.length} of ${planner.state.weeks} weeks planned${plan.fits ? `, inside the hours of ${everyone}` : ''}.`
      : slots.length ? `${slots.length} time${slots.length === 1 ? '' : 's'}${plan.fits ? ` that fit ${everyone}` : ', none inside everyone\u2019s hours'}.` : 'No time found.';
    this.everyoneLabel = youLeftOut ? 'Fits everyone but you' : 'Fits everyone';
    const parts = [];
    if (!plan.fits) {
      parts.push(h('div', { class: 'alert warn', role: 'note' }, icon('warning'), h('div', {},
        h('strong', {}, weekly ? 'No weekly time suits everyone.' : 'Nothing fits everyone\u2019s working hours.'),
        slots.length && !weekly ? h('p', {}, 'These are the least costly times; each says who would pay.') : null,
        plan.why.length ? h('ul', { class: 'planner-why' }, plan.why.map((w) => h('li', {}, capitalised(w)))) : null)));
    }
    if (weekly) parts.push(this.weeklyPart(plan));
    else if (slots.length) parts.push(h('ol', { class: 'planner-slots' }, slots.map((s, i) => h('li', {}, this.slotButton(s, i)))));
    if (plan.notes.length) {
      parts.push(h('details', { class: 'planner-rests' }, h('summary', { class: 'small' }, `What this rests on (${plan.notes.length})`),
        h('ul', { class: 'small muted' }, plan.notes.map((n) => h('li', {}, capitalised(n))))));
    }
    this.results.replaceChildren(...parts);
    this.mark();
  }

  slotButton(s, i) {
    const zone = this.planner.you.timeZone;
    const start = new Date(s.start);
    const end = new Date(s.end);
    return h('button', { type: 'button', class: 'planner-slot', 'aria-pressed': 'false', dataset: { start: s.start },
      onclick: () => this.planner.choose(s.start) },
    h('span', { class: 'planner-slot-head' },
      h('span', { class: 'planner-rank', 'aria-hidden': 'true' }, String(i + 1)),
      h('span', { class: 'planner-slot-when' }, h('strong', {}, `${dayIn(zone, start)}, ${timeIn(zone, start)}–${timeIn(zone, end)}`),
        h('span', { class: 'visually-hidden' }, ' your time')),
      s.cost === 0 ? h('span', { class: 'badge good' }, icon('check'), this.everyoneLabel || 'Fits everyone')
        : [h('span', { class: 'badge warn' }, `${outside(s)} outside hours`),
          h('span', { class: 'small muted planner-cost', title: 'The planner\u2019s cost: 0 inside working hours, more the further from them, most at night and on days off' },
            `cost ${s.cost}`)]),
    h('span', { class: 'planner-locals' }, s.locals.map((l, n) => this.localLine(l, n))),
    s.flags.length ? h('span', { class: 'planner-flags' }, s.flags.map((f) => h('span', { class: 'planner-flag small' }, icon('flag'), capitalised(f)))) : null);
  }

  localLine(l, n) {
    const p = this.planner.sent[n] || { series: n % 8 };
    return h('span', { class: 'planner-local' },
      h('span', { class: `planner-dot small s${p.series}`, 'aria-hidden': 'true' }),
      h('span', { class: 'planner-local-name' }, l.attendee),
      h('span', { class: 'planner-local-time' }, `${wallWeekday(l.start)} ${wallTime(l.start)}`),
      h('span', { class: `planner-fit fit-${l.fit}`, title: l.note }, l.fit === 'working' && l.cost === 0 ? 'working' : shortNote(l)));
  }

  weeklyPart(plan) {
    const zone = this.planner.you.timeZone;
    const rows = plan.occurrences.map((o) => {
      const start = new Date(o.slot.start);
      const payers = o.slot.locals.filter((l) => l.cost > 0);
      return h('tr', { dataset: { start: o.slot.start } },
        h('td', { class: 'num' }, String(o.week)),
        h('td', { class: 'nowrap' }, h('button', { type: 'button', class: 'link-button', onclick: () => this.planner.choose(o.slot.start) },
          `${dayIn(zone, start)}, ${timeIn(zone, start)}`)),
        h('td', {}, o.slot.cost === 0 ? h('span', { class: 'badge good' }, 'fits') : h('span', { class: 'badge warn' }, `cost ${o.slot.cost}`)),
        h('td', { class: 'small' }, payers.length ? payers.map((l) => `${l.attendee} ${wallTime(l.start)} (${l.note})`).join('; ') : '—',
          o.slot.flags.length ? h('div', { class: 'muted' }, o.slot.flags.map(sentence).join(' ')) : null));
    });
    const burden = Object.entries(plan.burden || {});
    const most = Math.max(1, ...burden.map(([, v]) => v));
    return h('div', { class: 'stack' },
      h('div', { class: 'table-wrap' }, h('table', { class: 'table planner-weekly' },
        h('caption', { class: 'visually-hidden' }, 'Each week of the series'),
        h('thead', {}, h('tr', {}, ['Week', 'Your time', 'Fit', 'Who pays'].map((t, i) => h('th', { scope: 'col', class: i === 0 ? 'num' : null }, t)))),
        h('tbody', {}, rows))),
      burden.length ? h('div', {}, h('h3', {}, `Who carries the inconvenience over ${plan.occurrences.length} weeks`),
        h('ul', { class: 'planner-burden' }, burden.map(([who, cost]) => {
          const bar = h('span', { class: 'planner-bar' });
          bar.style.width = `${Math.round((cost / most) * 100)}%`;
          return h('li', {}, h('span', { class: 'planner-burden-name' }, who), h('span', { class: 'planner-bar-track' }, bar),
            h('span', { class: 'planner-burden-cost small' }, cost === 0 ? 'nothing' : `cost ${cost}`));
        }))) : null);
  }

  /** Shows which time is chosen without drawing the list again (the focus stays). */
  mark() {
    const slot = this.planner.state.slot;
    for (const b of this.results.querySelectorAll('.planner-slot')) b.setAttribute('aria-pressed', String(b.dataset.start === slot));
    for (const tr of this.results.querySelectorAll('.planner-weekly tr[data-start]')) tr.classList.toggle('chosen', tr.dataset.start === slot);
  }
}

/** How many people a slot puts outside their working hours. */
function outside(slot) {
  const n = slot.locals.filter((l) => l.cost > 0).length;
  return `${n} ${n === 1 ? 'person' : 'people'}`;
}

/** A slot's note for one person, short enough for its line: "before work (08:00)", "after work (18:00)". */
function shortNote(local) {
  return (local.note || FIT_WORDS[local.fit]).replace('before their working day', 'before work').replace('after their working day', 'after work')
    .replace('within working hours', 'working');
}
