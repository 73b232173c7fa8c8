// A person's page: who they are, how the relationship stands and has stood, what was said and
// promised, how far you trust them, who introduced whom, and the panels other plugins add
// (their culture, their time). Every change is made in a dialog and the page reads again.
import {
  api, h, icon, toast, confirmDialog, errorBox, formatDate, formatDateTime, relativeDays, localDate, todayIso, countryName,
  mountContactPanels, views, download, navigate,
} from '/ui/meridian.js';
import { lineChart } from '/ui/charts.js';
import { CHANNELS, personDialog, interactionDialog, promiseDialog, trustDialog, introductionDialog, formDialog } from './contact-forms.js';

const CHANNEL_NAMES = Object.fromEntries(CHANNELS);
const FACTORS = { recency: 'Staying in touch', in_person: 'Meeting in person', commitments: 'Keeping promises', trust: 'Trust' };
const STATUS = { open: ['open', 'info'], late: ['late', 'bad'], done: ['kept', 'good'], cancelled: ['cancelled', ''] };

export class ContactPage extends HTMLElement {
  connectedCallback() {
    this.personId = this.getAttribute('person-id');
    this.load();
  }

  disconnectedCallback() {
    clearInterval(this.clock);
  }

  async load() {
    const id = encodeURIComponent(this.personId);
    if (!this.person) this.replaceChildren(h('p', { class: 'loading' }, 'Reading the contact…'));
    let person;
    try {
      person = await api(`/api/v1/contacts/${id}`);
    } catch (e) {
      this.replaceChildren(errorBox(e, 'This contact could not be shown'), h('p', {}, h('a', { href: '#/contacts' }, 'Back to all contacts')));
      return;
    }
    this.person = person;
    const [health, history, interactions, commitments, trust, introductions] = await Promise.all([
      api(`/api/v1/contacts/${id}/health`).catch((e) => e),
      api(`/api/v1/insights/health/${id}?weeks=52`).catch((e) => e),
      api(`/api/v1/contacts/${id}/interactions?limit=200`).catch((e) => e),
      api(`/api/v1/contacts/${id}/commitments`).catch((e) => e),
      api(`/api/v1/contacts/${id}/trust`).catch((e) => e),
      api(`/api/v1/contacts/${id}/introductions`).catch((e) => e),
    ]);
    this.dispatchEvent(new CustomEvent('meridian:title', { bubbles: true, detail: { title: person.displayName } }));
    // The page is drawn again after every change: the control that had the focus gets it back, or
    // its section's heading when the control is gone (a promise kept has no "Kept" button any more).
    const active = document.activeElement && this.contains(document.activeElement) ? document.activeElement : null;
    const focusKey = active ? active.id || active.dataset.focus : null;
    const focusSection = active ? active.closest('section[aria-labelledby]')?.getAttribute('aria-labelledby') : null;
    const panels = h('div', { class: 'stack', id: 'contact-panels' });
    this.replaceChildren(
      this.header(person, health),
      h('div', { class: 'columns' },
        h('div', {},
          this.healthCard(health, history),
          this.timelineCard(interactions),
          this.promisesCard(commitments),
          this.trustCard(trust),
          this.introductionsCard(introductions, interactions)),
        h('div', {}, this.profileCard(person), panels, this.historyCard())));
    const again = focusKey && (this.querySelector(`#${CSS.escape(focusKey)}`) || this.querySelector(`[data-focus="${CSS.escape(focusKey)}"]`));
    if (again) again.focus();
    else if (focusSection) this.querySelector(`#${CSS.escape(focusSection)}`)?.focus();
    mountContactPanels(panels, person.id);
  }

  header(p, health) {
    const zone = p.timeZone;
    const time = h('span', { class: 'their-time' });
    const tick = () => {
      if (!zone) return;
      try {
        time.textContent = `${new Intl.DateTimeFormat(undefined, { timeZone: zone, hour: '2-digit', minute: '2-digit', weekday: 'long' })
          .format(new Date())} there`;
      } catch {
        time.textContent = zone;
      }
    };
    tick();
    clearInterval(this.clock);
    this.clock = setInterval(tick, 30000);
    const band = health instanceof Error ? null : health.band;
    const action = (label, iconName, fn, id) => h('button', { type: 'button', class: 'button', id, onclick: fn }, icon(iconName), label);
    const planner = views('MAIN').some((v) => v.id === 'planner');
    return h('section', { class: 'card contact-header', 'aria-label': 'Summary' },
      h('div', { class: 'row' },
        h('div', { class: 'grow' },
          h('p', { class: 'muted small' }, h('a', { href: '#/contacts' }, 'Contacts'), ' › ', p.displayName),
          h('p', {}, [p.title, p.organizationName].filter(Boolean).join(' at ') || h('span', { class: 'muted' }, 'No title or organisation on record')),
          h('p', { class: 'row small' },
            p.country ? h('span', {}, icon('globe'), ' ', countryName(p.country)) : h('span', { class: 'muted' }, 'Country unknown'),
            zone ? h('span', {}, icon('clock'), ' ', time) : null,
            p.tags.map((t) => h('a', { class: 'badge', href: `#/contacts?tag=${encodeURIComponent(t)}` }, t)))),
        band ? h('div', { class: `health-score ${band}`, 'aria-label': `Relationship health ${health.score} of 100, ${band.replace('_', ' ')}` },
          h('span', { class: 'score' }, String(health.score)), h('span', { class: 'small' }, band.replace('_', ' '))) : null),
      h('div', { class: 'row actions' },
        action('Log a call or meeting', 'note', () => this.after(interactionDialog(p)), 'contact-log'),
        action('Add a promise', 'check', () => this.after(promiseDialog(p)), 'contact-promise'),
        action('Assess trust', 'star', () => this.after(trustDialog(p)), 'contact-trust'),
        action('Add an introduction', 'link', () => this.after(introductionDialog(p)), 'contact-introduction'),
        planner ? h('a', { class: 'button', href: `#/planner?with=${p.id}` }, icon('planner'), 'Plan a meeting') : null,
        h('span', { class: 'spacer' }),
        action('Edit', 'person', () => this.after(personDialog(p)), 'contact-edit'),
        h('button', { type: 'button', class: 'button', onclick: () => download(`/api/v1/contacts/${p.id}/export`) }, icon('download'), 'Export'),
        h('button', { type: 'button', class: 'button danger', onclick: () => this.erase() }, 'Erase')));
  }

  async after(dialogPromise) {
    if (await dialogPromise) this.load();
  }

  healthCard(health, history) {
    if (health instanceof Error) return h('section', { class: 'card' }, h('h2', {}, 'Relationship health'), errorBox(health));
    const reasons = h('ul', { class: 'list' }, health.reasons.map((r) => h('li', {},
      h('div', { class: 'row' }, h('strong', {}, FACTORS[r.factor] || r.factor), h('span', { class: 'spacer' }),
        h('span', { class: 'small muted' }, `${r.points} of ${r.outOf}`)),
      h('progress', { class: 'progress', max: String(r.outOf), value: String(r.points), 'aria-label': `${FACTORS[r.factor] || r.factor}: ${r.points} of ${r.outOf}` }),
      h('p', { class: 'small muted' }, r.explanation))));
    let chart = null;
    if (!(history instanceof Error) && history.points.length > 1) {
      chart = lineChart({
        title: 'Health over the last year',
        summary: `Health from ${history.points[0].score} on ${formatDate(history.points[0].date)} to ${health.score} today`,
        points: history.points.map((pt) => ({ x: pt.date, y: pt.score })), yMax: 100,
        bands: [{ from: 0, to: 50, className: 'band-poor' }, { from: 50, to: 75, className: 'band-fair' }, { from: 75, to: 100, className: 'band-good' }],
        formatX: (d) => new Intl.DateTimeFormat(undefined, { month: 'short' }).format(new Date(`${d}T12:00:00`)),
      });
    }
    return h('section', { class: 'card', 'aria-labelledby': 'health-title' }, h('h2', { id: 'health-title', tabindex: '-1' }, 'Relationship health'),
      reasons, chart, chart ? h('p', { class: 'small muted' }, 'Past weeks are worked out again from what was recorded, with today\'s cadences.') : null);
  }

  timelineCard(interactions) {
    const title = h('h2', { id: 'timeline-title', tabindex: '-1' }, 'Timeline');
    if (interactions instanceof Error) return h('section', { class: 'card' }, title, errorBox(interactions));
    const log = h('button', { type: 'button', class: 'button small', onclick: () => this.after(interactionDialog(this.person)) }, 'Log one');
    if (!interactions.length) {
      return h('section', { class: 'card', 'aria-labelledby': 'timeline-title' }, h('div', { class: 'row' }, title, h('span', { class: 'spacer' }), log),
        h('p', { class: 'muted' }, 'Nothing recorded yet. Log the last call, meeting or message and Meridian will track the rhythm from there.'));
    }
    const shown = interactions.slice(0, this.showAll ? interactions.length : 12);
    return h('section', { class: 'card', 'aria-labelledby': 'timeline-title' },
      h('div', { class: 'row' }, title, h('span', { class: 'spacer' }), log),
      h('ol', { class: 'timeline', id: 'timeline' }, shown.map((i) => h('li', {},
        h('div', { class: 'row' }, h('strong', {}, CHANNEL_NAMES[i.channel] || i.channel),
          h('span', { class: 'small muted' }, i.direction === 'inbound' ? 'they reached out' : 'you reached out'),
          h('span', { class: 'spacer' }), h('time', { class: 'small muted', datetime: i.at }, formatDateTime(i.at))),
        i.summary ? h('p', { class: 'small' }, i.summary) : null))),
      interactions.length > shown.length ? h('button', { type: 'button', class: 'link-button', onclick: () => { this.showAll = true; this.load(); } },
        `Show all ${interactions.length}`) : null);
  }

  promisesCard(commitments) {
    const title = h('h2', { id: 'promises-title', tabindex: '-1' }, 'Promises');
    if (commitments instanceof Error) return h('section', { class: 'card' }, title, errorBox(commitments));
    const add = h('button', { type: 'button', class: 'button small', onclick: () => this.after(promiseDialog(this.person)) }, 'Add one');
    const rows = commitments.map((c) => {
      const [label, kind] = STATUS[c.status] || [c.status, ''];
      const open = c.status === 'open' || c.status === 'late';
      return h('tr', { dataset: { commitment: c.id } },
        h('td', {}, c.what), h('td', {}, c.owedBy === 'me' ? 'You' : 'They'),
        h('td', { class: 'nowrap' }, formatDate(c.revisedDue || c.due), c.revisedDue ? h('div', { class: 'small muted' }, `was ${formatDate(c.due)}`) : null),
        h('td', {}, h('span', { class: `badge ${kind}` }, label)),
        h('td', { class: 'nowrap' }, open ? [
          h('button', { type: 'button', class: 'button small', dataset: { focus: `${c.id}:done` }, onclick: () => this.changePromise(c, 'done') }, 'Kept'),
          ' ',
          h('button', { type: 'button', class: 'button small', dataset: { focus: `${c.id}:delay` }, onclick: () => this.delayPromise(c) }, 'Delay…'),
          ' ',
          h('button', { type: 'button', class: 'button small', dataset: { focus: `${c.id}:cancel` }, onclick: () => this.changePromise(c, 'cancel') }, 'Cancel'),
        ] : c.doneOn ? h('span', { class: 'small muted' }, `on ${formatDate(c.doneOn)}`) : ''));
    });
    return h('section', { class: 'card', 'aria-labelledby': 'promises-title' },
      h('div', { class: 'row' }, title, h('span', { class: 'spacer' }), add),
      commitments.length
        ? h('div', { class: 'table-wrap' }, h('table', { class: 'table' }, h('caption', { class: 'visually-hidden' }, 'Promises made'),
          h('thead', {}, h('tr', {}, ['What', 'Owed by', 'Due', 'State', ''].map((t) => h('th', { scope: 'col' }, t)))), h('tbody', {}, rows)))
        : h('p', { class: 'muted' }, 'No promises either way.'));
  }

  async changePromise(c, action) {
    try {
      await api(`/api/v1/contacts/${this.person.id}/commitments/${c.id}`, { method: 'POST', json: { version: c.version, action } });
      toast(action === 'done' ? 'Marked as kept.' : 'Cancelled.', 'success');
    } catch (e) {
      toast(e.detail || e.message, 'error');
    }
    this.load();
  }

  async delayPromise(c) {
    const saved = await formDialog({
      title: `Delay: ${c.what}`,
      intro: 'Saying so before the date counts in your favour; a promise that slips silently does not.',
      submitLabel: 'Save the new date',
      fields: [
        { name: 'newDue', label: 'New date', type: 'date', value: c.revisedDue || c.due, required: true },
        { name: 'on', label: 'You told them on', type: 'date', value: todayIso() },
      ],
      submit: (v) => api(`/api/v1/contacts/${this.person.id}/commitments/${c.id}`, { method: 'POST',
        json: { version: c.version, action: 'delay', newDue: v.newDue, on: v.on } }),
    });
    if (saved) { toast('The new date is recorded.', 'success'); this.load(); }
  }

  trustCard(trust) {
    const title = h('h2', { id: 'trust-title', tabindex: '-1' }, 'Trust');
    if (trust instanceof Error) return h('section', { class: 'card' }, title, errorBox(trust));
    const assess = h('button', { type: 'button', class: 'button small', onclick: () => this.after(trustDialog(this.person)) }, 'Assess');
    const latest = trust[trust.length - 1];
    return h('section', { class: 'card', 'aria-labelledby': 'trust-title' },
      h('div', { class: 'row' }, title, h('span', { class: 'spacer' }), assess),
      latest
        ? h('div', {}, h('p', {}, h('strong', {}, `${latest.score} of 5`), ` on ${formatDate(latest.assessedOn)}`,
          latest.note ? h('span', { class: 'muted' }, ` — ${latest.note}`) : null),
        h('dl', { class: 'kv small' }, ['openness', 'competence', 'respect', 'rapport'].flatMap((k) => [h('dt', {}, k[0].toUpperCase() + k.slice(1)), h('dd', {}, String(latest[k]))])),
        trust.length > 1 ? h('p', { class: 'small muted' }, `Earlier: ${trust.slice(0, -1).reverse().slice(0, 5).map((t) => `${t.score} (${formatDate(t.assessedOn)})`).join(', ')}`) : null)
        : h('p', { class: 'muted' }, 'Not assessed yet.'));
  }

  introductionsCard(introductions, interactions) {
    const title = h('h2', { id: 'introductions-title', tabindex: '-1' }, 'Introductions');
    if (introductions instanceof Error) return h('section', { class: 'card' }, title, errorBox(introductions));
    const add = h('button', { type: 'button', class: 'button small', onclick: () => this.after(introductionDialog(this.person)) }, 'Add one');
    const list = h('ul', { class: 'list' });
    const path = h('div', {});
    const section = h('section', { class: 'card', 'aria-labelledby': 'introductions-title' },
      h('div', { class: 'row' }, title, h('span', { class: 'spacer' }), add), list,
      h('h3', {}, 'How to reach them through people you trust'), path);
    this.fillIntroductions(introductions, list);
    // A path runs through someone who introduced them; without one there is nothing to ask for.
    const known = Array.isArray(interactions) && interactions.length > 0;
    if (known) path.replaceChildren(h('p', { class: 'small muted' }, 'You know them directly: no introduction needed.'));
    else if (!introductions.some((i) => i.introducedId === this.person.id)) {
      path.replaceChildren(h('p', { class: 'small muted' }, 'Nobody has introduced them yet. Record who could, and Meridian finds the warmest way in.'));
    } else this.fillPath(path);
    return section;
  }

  async fillIntroductions(introductions, list) {
    if (!introductions.length) {
      list.replaceChildren(h('li', { class: 'muted' }, 'None recorded.'));
      return;
    }
    const ids = [...new Set(introductions.flatMap((i) => [i.introducerId, i.introducedId, i.toId]).filter((x) => x && x !== this.person.id))];
    const names = new Map([[this.person.id, this.person.displayName]]);
    await Promise.all(ids.map((id) => api(`/api/v1/contacts/${id}`).then((p) => names.set(id, p.displayName)).catch(() => names.set(id, 'someone erased'))));
    const who = (id) => (id === this.person.id ? h('strong', {}, names.get(id)) : h('a', { href: `#/contacts/${id}` }, names.get(id)));
    list.replaceChildren(...introductions.map((i) => h('li', {}, who(i.introducerId), ' introduced ', who(i.introducedId), ' to ',
      i.toId ? who(i.toId) : 'you', i.on ? ` on ${formatDate(i.on)}` : '', i.note ? h('span', { class: 'muted' }, ` — ${i.note}`) : null)));
  }

  async fillPath(container) {
    try {
      const path = await api(`/api/v1/contacts/${this.person.id}/path`);
      container.replaceChildren(h('ol', { class: 'small' }, path.steps.map((s) => h('li', {},
        s.personId === this.person.id ? h('strong', {}, s.displayName) : h('a', { href: `#/contacts/${s.personId}` }, s.displayName),
        `: ${s.how}`, s.trust ? h('span', { class: 'muted' }, ` (trust ${s.trust})`) : null))));
    } catch (e) {
      container.replaceChildren(h('p', { class: 'small muted' }, e.detail || e.message));
    }
  }

  profileCard(p) {
    const facts = [];
    const fact = (label, value) => { if (value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && !value.length)) facts.push(h('dt', {}, label), h('dd', {}, value)); };
    fact('Email', p.emails.map((e, i) => [i ? ', ' : '', h('a', { href: `mailto:${e.value}` }, e.value), e.label ? ` (${e.label})` : '']));
    fact('Phone', p.phones.map((e, i) => [i ? ', ' : '', h('a', { href: `tel:${e.value}` }, e.value), e.label ? ` (${e.label})` : '']));
    fact('Time zone', p.timeZone);
    fact('Working hours', p.workingHours ? `${p.workingHours} their time` : null);
    fact('Languages', p.languages.join(', '));
    fact('Prefers', p.preferredChannels.map((c) => CHANNEL_NAMES[c] || c).join(', '));
    fact('Birthday', p.birthday ? (p.birthday.startsWith('--') ? formatDate(`2000-${p.birthday.slice(2)}`).replace(/,?\s*2000/, '') : formatDate(p.birthday)) : null);
    fact('Talk every', `${p.effectiveCadenceDays} days`);
    fact('Meet every', `${p.effectiveInPersonCadenceDays} days`);
    fact('Last contact', p.lastContactAt ? relativeDays(localDate(p.lastContactAt)) : 'never');
    fact('Owner', p.owner);
    for (const [k, v] of Object.entries(p.customFields || {})) fact(k, v);
    for (const [k, v] of Object.entries(p.externalIds || {})) fact(`Id in ${k}`, v);
    return h('section', { class: 'card', 'aria-labelledby': 'profile-title' }, h('h2', { id: 'profile-title' }, 'Profile'),
      h('dl', { class: 'kv' }, facts), p.notes ? h('p', { class: 'small notes' }, p.notes) : null);
  }

  historyCard() {
    const body = h('div', {});
    const details = h('details', { class: 'card' }, h('summary', {}, 'Change history'), body);
    details.addEventListener('toggle', async () => {
      if (!details.open || body.childElementCount) return;
      try {
        const entries = await api(`/api/v1/contacts/${this.person.id}/history`);
        body.replaceChildren(h('ul', { class: 'list small' }, entries.slice(0, 50).map((e) => h('li', {},
          `${formatDateTime(e.at)}: ${e.entity} ${e.action}`, h('span', { class: 'muted' }, ` (from ${e.origin})`)))));
      } catch (e) {
        body.replaceChildren(errorBox(e));
      }
    });
    return details;
  }

  async erase() {
    const ok = await confirmDialog({ title: `Erase ${this.person.displayName}?`, danger: true, confirm: 'Erase for good',
      message: 'Everything about them goes: profile, interactions, promises, trust and introductions. Only the date of erasure is kept. Export first if you may need it.' });
    if (!ok) return;
    try {
      await api(`/api/v1/contacts/${this.person.id}`, { method: 'DELETE' });
      toast(`${this.person.displayName} was erased.`, 'success');
      navigate('#/contacts');
    } catch (e) {
      toast(e.detail || e.message, 'error');
    }
  }
}

customElements.define('meridian-contact-page', ContactPage);
