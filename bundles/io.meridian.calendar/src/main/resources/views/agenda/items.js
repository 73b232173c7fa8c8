// Drawing the agenda: the fortnight line, the summary chips (which are also the filter), and the
// items by day, overdue first, each with who, why, when in their day and yours, and its actions.
import { h, icon, emptyState, countryName, openContact, profile, sentence } from '/ui/meridian.js';
import { DAYS, KINDS, kindOf } from './kinds.js';
import { addDays, daysBetween, dayTitle, longDate, shortDate, clockWindow, dayIn, city } from './dates.js';
import { quickActions, inlineForm, isSent } from './actions.js';

export function drawRange(view) {
  const you = profile();
  const a = view.agenda;
  view.range.replaceChildren(
    h('p', { class: 'agenda-range-main' }, a ? `${longDate(a.from)} to ${longDate(a.to)}` : `Today and the next ${DAYS} days`),
    h('p', { class: 'small muted' }, `Times in ${a ? a.zone : you.timeZone}, your working day ${you.workingHours} · `,
      h('a', { href: '#/preferences' }, 'change')));
}

/** One chip per kind still open, with its count; pressing one shows only that kind, pressing it again shows all. */
export function drawSummary(view, open) {
  const counts = new Map();
  for (const i of open) counts.set(i.kind, (counts.get(i.kind) || 0) + 1);
  const overdue = open.filter((i) => i.overdue).length;
  const chip = (id, label, count, tone) => h('button', {
    type: 'button', class: `chip agenda-chip${tone ? ` tone-${tone}` : ''}`, 'aria-pressed': String(view.filter === id),
    dataset: { filter: id, focus: `chip:${id}` }, onclick: () => view.setFilter(view.filter === id && id !== 'all' ? 'all' : id),
  }, tone ? h('span', { class: 'agenda-dot', 'aria-hidden': 'true' }) : null,
  h('span', { class: 'agenda-count' }, String(count)), ` ${label}`);
  const chips = [chip('all', 'in all', open.length, null)];
  if (overdue || view.filter === 'overdue') chips.push(chip('overdue', 'overdue', overdue, 'bad'));
  for (const k of KINDS) {
    const n = counts.get(k.id) || 0;
    if (n || view.filter === k.id) chips.push(chip(k.id, k.plural.toLowerCase(), n, k.tone));
  }
  view.summary.replaceChildren(...chips);
}

/** The agenda's notes, then the items the filter lets through: overdue, then day by day. */
export function drawItems(view, shown) {
  const agenda = view.agenda;
  const sections = [];
  const overdue = shown.filter((i) => i.overdue);
  if (overdue.length) {
    sections.push(section(view, 'overdue', 'Overdue', 'Most pressing first: your own late promises, then the rest, oldest first.',
      overdue, 'bad'));
  }
  for (let day = agenda.from; day <= agenda.to; day = addDays(day, 1)) {
    const due = shown.filter((i) => !i.overdue && i.due === day);
    const isToday = day === agenda.from;
    if (!due.length && !(isToday && view.filter === 'all')) continue;
    sections.push(section(view, `day-${day}`, dayTitle(day, agenda.from), isToday || day === addDays(agenda.from, 1)
      ? longDate(day) : null, due, isToday ? 'info' : null));
  }
  const notes = agenda.notes.length
    ? h('div', { class: 'alert agenda-notes', role: 'note' }, icon('note'),
      h('ul', { class: 'agenda-note-list' }, agenda.notes.map((n) => h('li', {}, sentence(n)))))
    : null;
  view.body.replaceChildren(...(notes ? [notes] : []),
    ...(shown.length ? sections : [emptyState('Nothing here', `No ${view.filterName().toLowerCase()} in the next ${DAYS} days.`,
      h('button', { type: 'button', class: 'button', onclick: () => view.setFilter('all') }, 'Show everything'))]));
}

function section(view, id, title, subtitle, items, tone) {
  const headingId = `agenda-${id}`;
  return h('section', { class: 'agenda-section', 'aria-labelledby': headingId, dataset: { section: id } },
    h('header', { class: 'agenda-section-head' },
      h('h2', { id: headingId, tabindex: '-1' }, title),
      items.length ? h('span', { class: `badge ${tone === 'bad' ? 'bad' : ''}` }, `${items.length}`) : null,
      subtitle ? h('span', { class: 'small muted' }, subtitle) : null),
    items.length
      ? list(view, items, id === 'overdue')
      : h('p', { class: 'agenda-quiet muted' }, icon('check'), ' Nothing falls due today. The rest of the fortnight is below.'));
}

/** One card of items; a long overdue list is split by kind, which is how the agenda orders it. */
function list(view, items, byKind) {
  const runs = [];
  for (const i of items) {
    if (byKind && runs.length && runs[runs.length - 1].kind === i.kind) runs[runs.length - 1].items.push(i);
    else if (byKind || !runs.length) runs.push({ kind: i.kind, items: [i] });
    else runs[0].items.push(i);
  }
  if (runs.length === 1) return h('ul', { class: 'agenda-list' }, items.map((i) => item(view, i)));
  return h('div', { class: 'agenda-list' }, runs.map((run) => {
    const label = `${kindOf(run.kind).plural} (${run.items.length})`;
    return h('div', { class: 'agenda-group' },
      h('p', { class: 'agenda-group-title', 'aria-hidden': 'true' }, label),
      h('ul', { class: 'agenda-group-items', 'aria-label': label }, run.items.map((i) => item(view, i))));
  }));
}

function item(view, i) {
  const kind = kindOf(i.kind);
  const sent = isSent(view, i);
  const li = h('li', {
    class: `agenda-item tone-${kind.tone}${sent ? ' is-done' : ''}`, tabindex: '-1',
    dataset: { key: i.key, kind: i.kind, focus: `item:${i.key}` },
  });
  const late = i.overdue ? daysBetween(i.due, view.agenda.from) : 0;
  li.append(
    h('div', { class: 'agenda-main' },
      h('p', { class: 'agenda-kind' },
        h('span', { class: `badge ${badgeTone(kind.tone)}` }, icon(kind.icon), kind.label),
        i.overdue ? h('span', { class: 'agenda-late' }, `due ${shortDate(i.due)}, ${late} day${late === 1 ? '' : 's'} ago`) : null,
        h('span', { class: 'agenda-country' }, icon('globe'), i.country ? countryName(i.country) : 'no country on record')),
      h('h3', { class: 'agenda-who' }, people(i)),
      h('p', { class: 'agenda-reason' }, sentence(i.reason))),
    bestTime(i, view.agenda.zone),
    quickActions(view, i, sent));
  if (view.form && view.form.key === i.key) li.append(inlineForm(view, i));
  return li;
}

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
    h('p', { class: 'agenda-theirs' }, clockWindow(b.theirStart, b.theirEnd, b.theirZone), h('span', { class: 'muted' }, ` in ${city(b.theirZone)}`)),
    h('p', { class: 'agenda-yours' }, clockWindow(b.yourStart, b.yourEnd, yourZone), h('span', { class: 'muted' }, ` yours${yourDay !== theirDay ? `, ${yourDay}` : ''}`),
      b.insideYourDay ? null : h('span', { class: 'agenda-outside' }, icon('warning'), 'outside your working day')),
    h('p', { class: 'agenda-advice' }, sentence(b.advice)));
}

function badgeTone(tone) {
  return tone === 'plain' ? '' : tone;
}
