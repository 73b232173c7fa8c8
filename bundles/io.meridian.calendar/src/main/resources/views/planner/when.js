// When the meeting may be: the range of days, its length, the hours nobody should be asked to meet
// outside of (in their own time), lunch kept clear, and a weekly series, rotated if the burden of
// odd hours should be shared. Every change goes into the planner's state and the address.
import { h } from '/ui/meridian.js';
import { addDays, daysBetween } from './time.js';

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const DURATIONS = [15, 30, 45, 60, 90, 120, 180, 240];
export const MAX_RANGE_DAYS = 62;

export class When {
  /** @param planner the <meridian-planner> whose state this edits */
  constructor(planner) {
    this.planner = planner;
    this.element = h('section', { class: 'card', 'aria-labelledby': 'planner-when' },
      h('h2', { id: 'planner-when' }, 'When'),
      this.form());
  }

  form() {
    const s = this.planner.state;
    const input = (id, attrs) => h('input', { id, ...attrs });
    this.inputs = {
      from: input('planner-from', { type: 'date', value: s.from, required: true }),
      to: input('planner-to', { type: 'date', value: s.to, required: true }),
      duration: h('select', { id: 'planner-duration' }, DURATIONS.map((m) => h('option', { value: String(m) }, minutesText(m)))),
      earliest: input('planner-earliest', { type: 'time', value: s.earliest, 'aria-describedby': 'planner-limits-hint' }),
      latest: input('planner-latest', { type: 'time', value: s.latest, 'aria-describedby': 'planner-limits-hint' }),
      lunch: input('planner-lunch', { type: 'checkbox', checked: s.lunch }),
      weeks: input('planner-weeks', { type: 'number', min: '1', max: '26', step: '1', value: String(s.weeks), 'aria-describedby': 'planner-limits-hint' }),
      rotate: input('planner-rotate', { type: 'checkbox', checked: s.rotate }),
    };
    this.inputs.duration.value = String(s.duration);
    this.formError = h('p', { class: 'error small', role: 'alert' });
    const i = this.inputs;
    // the state is replaced when the address changes from outside: read it at each change, never keep it
    const read = () => {
      const s = this.planner.state;
      const from = ISO_DATE.test(i.from.value) ? i.from.value : s.from;
      let to = ISO_DATE.test(i.to.value) ? i.to.value : s.to;
      const problems = [];
      i.to.removeAttribute('aria-invalid');
      if (daysBetween(from, to) < 0) { problems.push('The range ends before it starts: swap the dates.'); i.to.setAttribute('aria-invalid', 'true'); to = from; }
      if (daysBetween(from, to) >= MAX_RANGE_DAYS) { problems.push(`Plan at most ${MAX_RANGE_DAYS} days at a time.`); i.to.setAttribute('aria-invalid', 'true'); to = addDays(from, MAX_RANGE_DAYS - 1); }
      const weeks = Math.min(26, Math.max(1, Math.round(Number(i.weeks.value) || 1)));
      Object.assign(s, {
        from, to, duration: Number(i.duration.value), earliest: i.earliest.value, latest: i.latest.value, lunch: i.lunch.checked,
        weeks, rotate: weeks > 1 && i.rotate.checked,
      });
      s.day = null;
      s.slot = null;
      i.rotate.disabled = weeks < 2;
      i.to.disabled = weeks > 1;
      this.formError.textContent = problems.join(' ');
      this.planner.changed();
    };
    for (const el of Object.values(i)) el.addEventListener('change', read);
    i.rotate.disabled = s.weeks < 2;
    i.to.disabled = s.weeks > 1;
    const field = (id, label, control, hint) => h('div', { class: 'field' }, h('label', { for: id }, label), control,
      hint ? h('span', { class: 'hint', id: hint[0] }, hint[1]) : null);
    return h('div', { class: 'planner-when' },
      h('div', { class: 'planner-when-grid' },
        field('planner-from', 'From', i.from),
        field('planner-to', 'To', i.to),
        field('planner-duration', 'Length', i.duration),
        field('planner-weeks', 'Repeat weekly', h('div', { class: 'row planner-weeks' }, i.weeks, h('span', { class: 'small muted' }, 'weeks'))),
        field('planner-earliest', 'Nobody before', i.earliest),
        field('planner-latest', 'Nobody after', i.latest)),
      h('p', { class: 'hint small muted', id: 'planner-limits-hint' }, 'Limits hold in everyone\u2019s own time. From 2 weeks, one weekly time from \u201cFrom\u201d on.'),
      h('div', { class: 'planner-checks' },
        h('div', { class: 'row' }, i.lunch, h('label', { for: 'planner-lunch' }, 'Keep clear of lunch (12:00\u201313:00)')),
        h('div', { class: 'row' }, i.rotate, h('label', { for: 'planner-rotate' }, 'Rotate weekly, to share the burden'))),
      this.formError);
  }

  /** Shows a plan that came from the address. */
  sync() {
    const s = this.planner.state;
    const i = this.inputs;
    i.from.value = s.from; i.to.value = s.to; i.duration.value = String(s.duration); i.earliest.value = s.earliest; i.latest.value = s.latest;
    i.lunch.checked = s.lunch; i.weeks.value = String(s.weeks); i.rotate.checked = s.rotate; i.rotate.disabled = s.weeks < 2; i.to.disabled = s.weeks > 1;
  }
}

function minutesText(m) {
  if (m < 60) return `${m} minutes`;
  return m % 60 ? `${Math.floor(m / 60)} h ${m % 60} min` : `${m / 60} hour${m === 60 ? '' : 's'}`;
}
