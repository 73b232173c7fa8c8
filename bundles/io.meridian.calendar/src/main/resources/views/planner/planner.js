// The meeting planner: who (you, contacts, anyone described by hand), when (a range, a length,
// limits, a weekly series), everyone's hours side by side as the planner classes them
// (POST /api/v1/calendar/meeting-grid), the ranked times (POST /api/v1/calendar/meeting-slots)
// and the invitation as an .ics file. The whole plan lives in the address, so it can be
// bookmarked and shared: #/planner?with=ID,ID&p=Name~Zone~CC~09:00-17:00&from=…&to=…
import {
  api, h, icon, toast, errorBox, emptyState, debounce, countryName, profile, openContact, views, ApiError, replace, stylesheet, capitalised,
} from '/ui/meridian.js';
import {
  allZones, knownZone, dateIn, offsetMinutes, offsetLabel, difference, addDays, daysBetween, wallTime, wallDay, wallWeekday, timeIn, dayIn,
  city, parseHours,
} from '/views/planner/time.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const DURATIONS = [15, 30, 45, 60, 90, 120, 180, 240];
const SLOT_LIMIT = 8;
const MAX_RANGE_DAYS = 62;
const FIT_WORDS = {
  working: 'working', early_or_late: 'early or late', night: 'night', day_off: 'day off', busy: 'busy',
};
// ISO 3166-1 alpha-2, the codes the calendar accepts; their names come from the browser in the reader's language
const COUNTRY_CODES = ('AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ '
  + 'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE '
  + 'GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP '
  + 'KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF '
  + 'NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN '
  + 'SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA '
  + 'ZM ZW').split(' ');


let counter = 0;
const uid = (prefix) => `${prefix}-${++counter}`;

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

  connectedCallback() {
    stylesheet('/views/planner/planner.css');
    this.you = profile();
    this.contactInfo = new Map(); // id → { person } | { error }
    this.calendars = new Set(); // countries a holiday calendar covers
    this.plan = null;
    this.grid = null;
    this.state = readQuery(this.getAttribute('query'), this.you);
    this.written = this.getAttribute('query') || '';
    this.build();
    this.loadCountries();
    this.loadContacts().then(() => this.refresh());
    // the participants' "now" moves with the clock; once a minute is enough
    this.clock = setInterval(() => { if (!document.hidden) this.tick(); }, 20000);
  }

  /** Moves the participants' clocks on without redrawing the list (focus and selections stay). */
  tick() {
    const now = new Date();
    for (const el of this.peopleList.querySelectorAll('.planner-now[data-zone]')) {
      el.lastChild.textContent = `${timeIn(el.dataset.zone, now)} ${dayIn(el.dataset.zone, now)}`;
    }
  }

  disconnectedCallback() {
    clearInterval(this.clock);
    if (this.request) this.request.abort();
  }

  attributeChangedCallback(name, before, after) {
    if (!this.state || (after || '') === this.written) return;
    // the address changed from outside (back, forward, a link such as "Plan a meeting" on a contact): it is the plan
    this.state = readQuery(after, this.you);
    this.written = after || '';
    this.syncForm();
    this.loadContacts().then(() => this.refresh());
  }

  // ---- State ----

  save() {
    this.written = writeQuery(this.state);
    history.replaceState(null, '', `#/planner?${this.written}`);
  }

  /** The participants in order, each with what the planner needs or why it cannot use them. */
  participants() {
    const list = [];
    if (this.state.me) {
      const country = this.you.homeCountry || this.state.myCountry;
      list.push({
        key: 'me', name: 'You', zone: this.you.timeZone, country, hours: this.you.workingHours, you: true,
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
    this.renderPeople();
    await Promise.all(missing.map(async (id) => {
      try {
        this.contactInfo.set(id, { person: await api(`/api/v1/contacts/${encodeURIComponent(id)}`) });
      } catch (e) {
        this.contactInfo.set(id, { error: e instanceof ApiError && e.status === 404 ? 'not found' : (e.detail || e.message) });
      }
    }));
    this.renderPeople();
  }

  async loadCountries() {
    try {
      const status = await api('/api/v1/calendar/status');
      this.calendars = new Set(status.calendars.map((c) => c.country));
    } catch {
      // the list still offers every country; only the grouping is lost
    }
    this.fillCountries(this.manualCountry);
    if (this.myCountrySelect) this.fillCountries(this.myCountrySelect);
  }

  changed({ grid = true } = {}) {
    this.save();
    if (grid) this.scheduleRefresh();
  }

  // ---- The page ----

  build() {
    this.peopleList = h('ul', { class: 'planner-people', 'aria-label': 'Participants' });
    this.peopleCount = h('span', { class: 'badge' });
    this.gridBox = h('div', { class: 'planner-grid-box' });
    this.dayNav = h('div', { class: 'planner-days' });
    this.status = h('p', { class: 'small muted planner-status', role: 'status', 'aria-live': 'polite' });
    this.results = h('div', { class: 'planner-results' });
    this.invite = h('div', {});
    this.append(
      h('div', { class: 'columns planner-setup' },
        h('section', { class: 'card', 'aria-labelledby': 'planner-who' },
          h('div', { class: 'row planner-card-head' }, h('h2', { id: 'planner-who' }, 'Who'), this.peopleCount),
          this.peopleList,
          this.searchBox(),
          this.manualForm()),
        h('section', { class: 'card', 'aria-labelledby': 'planner-when' },
          h('h2', { id: 'planner-when' }, 'When'),
          this.whenForm())),
      h('section', { class: 'card planner-hours', 'aria-labelledby': 'planner-hours-title' },
        h('div', { class: 'row planner-card-head' },
          h('h2', { id: 'planner-hours-title' }, 'Everyone\u2019s hours'),
          h('span', { class: 'spacer' }),
          this.dayNav),
        this.gridBox,
        legend()),
      h('div', { class: 'columns planner-bottom' },
        h('section', { class: 'card', 'aria-labelledby': 'planner-best' },
          h('div', { class: 'row planner-card-head' }, h('h2', { id: 'planner-best' }, 'Best times'), h('span', { class: 'spacer' }), this.status),
          this.results),
        h('section', { class: 'card planner-invite', 'aria-labelledby': 'planner-invite-title' },
          h('h2', { id: 'planner-invite-title' }, 'Invitation'),
          this.invite)));
    this.renderPeople();
    this.renderInvite();
  }

  // ---- Who ----

  renderPeople() {
    const people = this.participants();
    this.peopleCount.textContent = `${people.length} ${people.length === 1 ? 'person' : 'people'}`;
    const now = new Date();
    const mine = offsetMinutes(this.you.timeZone, now);
    this.peopleList.replaceChildren(...people.map((p) => {
      const facts = [];
      if (p.zone && knownZone(p.zone)) {
        const diff = offsetMinutes(p.zone, now) - mine;
        facts.push(h('span', { class: 'planner-now', dataset: { zone: p.zone }, title: 'Their time now' }, icon('clock'),
          h('span', {}, `${timeIn(p.zone, now)} ${dayIn(p.zone, now)}`)));
        facts.push(p.you ? `${p.zone} (${offsetLabel(mine)})` : h('span', { title: difference(diff) }, `${city(p.zone)} ${shortDifference(diff)}`));
      }
      if (p.country) facts.push(countryName(p.country));
      if (p.hours) {
        facts.push(h('span', { title: p.assumedHours ? 'No working hours on record: office hours assumed' : 'Working hours, their time' },
          `${p.hours.replace('-', '–')}${p.assumedHours ? '*' : ''}`));
      }
      const name = p.contact
        ? h('button', { type: 'button', class: 'link-button planner-name', onclick: () => openContact(p.id), title: 'Open the contact' }, p.name)
        : h('span', { class: 'planner-name' }, p.name);
      const remove = h('button', {
        type: 'button', class: 'icon-button planner-remove', 'aria-label': `Remove ${p.name} from the meeting`, title: 'Remove',
        onclick: () => this.remove(p),
      }, icon('close'));
      const error = this.fieldErrors && this.fieldErrors.get(p.key);
      return h('li', { class: `planner-person${p.problem || error ? ' has-problem' : ''}`, dataset: { key: p.key } },
        h('span', { class: `planner-dot s${p.series}`, 'aria-hidden': 'true' }, p.you ? icon('person') : initials(p.name)),
        h('div', { class: 'planner-person-text' },
          h('div', { class: 'row' }, name, p.you ? h('span', { class: 'badge info' }, 'organiser') : null,
            p.organization ? h('span', { class: 'small muted' }, p.organization) : null),
          p.loading ? h('div', { class: 'small muted' }, 'Reading their record…')
            : h('div', { class: 'small muted planner-facts' }, facts.flatMap((f, i) => (i ? [' · ', f] : [f]))),
          p.problem ? this.problemText(p) : null,
          error ? h('div', { class: 'small planner-error', role: 'alert' }, error) : null),
        remove);
    }));
  }

  problemText(p) {
    if (p.you) {
      this.myCountrySelect = h('select', { id: 'planner-my-country', onchange: (e) => {
        Object.assign(this.state, { myCountry: e.target.value || null, slot: null, day: null });
        this.renderPeople();
        this.changed();
      } });
      this.fillCountries(this.myCountrySelect, this.state.myCountry);
      return h('div', { class: 'alert warn planner-fix' }, icon('warning'), h('div', {},
        h('p', {}, 'Your home country is not set, so your holidays and work week cannot count. Set it in ',
          h('a', { href: '#/preferences' }, 'Preferences'), ' (You), or choose one for this plan:'),
        h('div', { class: 'field' }, h('label', { for: 'planner-my-country', class: 'visually-hidden' }, 'Your country for this plan'), this.myCountrySelect)));
    }
    if (p.problem === 'not found') {
      return h('div', { class: 'alert warn planner-fix' }, icon('warning'), h('p', {}, 'This contact no longer exists; remove them from the plan.'));
    }
    const hasContactsView = views('MAIN').some((v) => v.id === 'contacts');
    const missing = p.problem.startsWith('no ') ? p.problem.slice(3) : null;
    return h('div', { class: 'alert warn planner-fix' }, icon('warning'), h('p', {},
      h('strong', {}, 'Left out of the plan. '),
      missing ? `${p.name} has ${p.problem} on record, so their local time${p.problem.includes('country') ? ', holidays and work week' : ''} cannot be worked out. `
        : `${p.problem} `,
      missing ? [`Add their ${missing.replace(' or ', ' and ')} on `,
        hasContactsView ? h('a', { href: `#/contacts/${encodeURIComponent(p.id)}` }, 'their contact page') : 'their record (shell: contacts:edit --tz, --country)',
        ', or remove them and describe them by hand below.'] : null));
  }

  remove(p) {
    if (p.you) this.state.me = false;
    else if (p.contact) this.state.contacts = this.state.contacts.filter((id) => id !== p.id);
    else this.state.people.splice(p.index, 1);
    this.state.slot = null;
    this.state.day = null;
    toast(`${p.name} ${p.you ? 'are' : 'is'} no longer in the plan.`);
    this.renderPeople();
    this.changed();
    if (!this.state.me) this.youBack.hidden = false;
    // the row and its button are gone: keep the keyboard where the next person is added
    this.querySelector('#planner-search').focus();
  }

  searchBox() {
    const listId = uid('planner-found');
    const input = h('input', {
      type: 'search', id: 'planner-search', role: 'combobox', 'aria-expanded': 'false', 'aria-controls': listId,
      'aria-autocomplete': 'list', autocomplete: 'off', spellcheck: 'false', placeholder: 'Name, company, email or tag',
    });
    const list = h('ul', { class: 'planner-found', id: listId, role: 'listbox', 'aria-label': 'Contacts found', hidden: true });
    const message = h('p', { class: 'small muted', role: 'status' });
    let found = [];
    let active = -1;
    let controller = null;
    const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); active = -1; };
    const mark = (i) => {
      active = i;
      [...list.children].forEach((li, n) => li.setAttribute('aria-selected', String(n === i)));
      if (i >= 0 && list.children[i]) {
        input.setAttribute('aria-activedescendant', list.children[i].id);
        list.children[i].scrollIntoView({ block: 'nearest' });
      }
    };
    const choose = (person) => {
      if (!person) return;
      if (!this.state.contacts.includes(person.id)) this.state.contacts.push(person.id);
      this.state.slot = null;
      this.state.day = null;
      input.value = '';
      close();
      message.textContent = `${person.displayName} added.`;
      this.loadContacts().then(() => this.changed());
    };
    const search = debounce(async (text) => {
      if (controller) controller.abort();
      if (text.length < 1) { close(); message.textContent = ''; return; }
      controller = new AbortController();
      try {
        const answer = await api(`/api/v1/contacts?q=${encodeURIComponent(text)}&limit=8`, { signal: controller.signal });
        if (input.value.trim() !== text) return;
        found = answer.items.filter((p) => !this.state.contacts.includes(p.id));
        list.replaceChildren(...found.map((p, i) => h('li', {
          id: `${listId}-${i}`, role: 'option', 'aria-selected': 'false', class: 'planner-option',
          onclick: () => choose(p), onmousemove: () => mark(i),
        },
        h('span', { class: 'planner-option-name' }, p.displayName),
        h('span', { class: 'small muted' }, [p.organizationName, countryName(p.country), p.timeZone ? city(p.timeZone) : null].filter(Boolean).join(' · ')),
        !p.timeZone || !p.country ? h('span', { class: 'badge warn' }, !p.timeZone ? 'no time zone' : 'no country') : null)));
        if (!found.length) list.append(h('li', { class: 'planner-option muted', role: 'option', 'aria-disabled': 'true' }, `No other contact matches “${text}”.`));
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
        mark(found.length ? 0 : -1);
        message.textContent = found.length ? `${found.length} found; Enter adds the highlighted one.` : '';
      } catch (e) {
        if (e.name === 'AbortError') return;
        close();
        message.replaceChildren(errorBox(e, 'Contacts could not be searched'));
      }
    }, 200);
    input.addEventListener('input', () => search(input.value.trim()));
    input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' && found.length) { e.preventDefault(); if (list.hidden) { list.hidden = false; input.setAttribute('aria-expanded', 'true'); } mark(Math.min(active + 1, found.length - 1)); }
      else if (e.key === 'ArrowUp' && found.length) { e.preventDefault(); mark(Math.max(active - 1, 0)); }
      else if (e.key === 'Enter') { e.preventDefault(); if (!list.hidden && active >= 0) choose(found[active]); }
      else if (e.key === 'Escape' && !list.hidden) { e.preventDefault(); close(); }
    });
    input.addEventListener('blur', () => setTimeout(close, 200));
    this.youBack = h('button', { type: 'button', class: 'button small', hidden: this.state.me,
      onclick: () => {
        Object.assign(this.state, { me: true, slot: null, day: null });
        this.youBack.hidden = true;
        this.renderPeople();
        this.changed();
      } }, icon('person'), 'Add yourself back');
    return h('div', { class: 'planner-add' },
      h('div', { class: 'field planner-search' },
        h('label', { for: 'planner-search' }, 'Add a contact'),
        h('div', { class: 'planner-combo' }, input, list)),
      message, this.youBack);
  }

  manualForm() {
    const zones = allZones();
    const listId = uid('planner-zones');
    const name = h('input', { type: 'text', id: 'planner-manual-name', autocomplete: 'off', required: true, maxlength: '80', placeholder: 'Priya' });
    const zone = h('input', { type: 'text', id: 'planner-manual-zone', list: listId, autocomplete: 'off', spellcheck: 'false', required: true,
      placeholder: 'Asia/Kolkata', 'aria-describedby': 'planner-manual-zone-hint' });
    const country = h('select', { id: 'planner-manual-country', required: true });
    this.manualCountry = country;
    this.fillCountries(country);
    const start = h('input', { type: 'time', id: 'planner-manual-start', value: '09:00', required: true });
    const end = h('input', { type: 'time', id: 'planner-manual-end', value: '17:00', required: true });
    const error = h('p', { class: 'error small', role: 'alert' });
    const form = h('form', {
      class: 'planner-manual', novalidate: true,
      onsubmit: (e) => {
        e.preventDefault();
        const problems = [];
        const who = name.value.replaceAll('~', '-').trim();
        if (!who) problems.push([name, 'Give a name to show in the plan.']);
        if (!knownZone(zone.value.trim())) problems.push([zone, `“${zone.value}” is not a time zone: pick one from the list, such as Asia/Kolkata.`]);
        if (!country.value) problems.push([country, 'Choose their country, for their holidays and work week.']);
        if (!start.value || !end.value || start.value >= end.value) problems.push([start, 'Their working day must start before it ends.']);
        for (const el of [name, zone, country, start]) el.removeAttribute('aria-invalid');
        if (problems.length) {
          problems.forEach(([el]) => el.setAttribute('aria-invalid', 'true'));
          error.textContent = problems.map(([, text]) => text).join(' ');
          problems[0][0].focus();
          return;
        }
        error.textContent = '';
        this.state.people.push({ name: who, zone: zone.value.trim(), country: country.value, hours: `${start.value}-${end.value}` });
        this.state.slot = null;
        this.state.day = null;
        name.value = '';
        zone.value = '';
        country.value = '';
        this.renderPeople();
        this.changed();
        toast(`${who} added.`, 'success');
        name.focus();
      },
    },
    h('div', { class: 'form-grid planner-manual-grid' },
      h('div', { class: 'field' }, h('label', { for: 'planner-manual-name' }, 'Name'), name),
      h('div', { class: 'field' }, h('label', { for: 'planner-manual-zone' }, 'Time zone'), zone,
        h('span', { class: 'hint', id: 'planner-manual-zone-hint' }, 'Type a city: Kolkata, Sao Paulo…')),
      h('div', { class: 'field' }, h('label', { for: 'planner-manual-country' }, 'Country'), country),
      h('div', { class: 'field' }, h('span', { class: 'planner-label', id: 'planner-manual-hours' }, 'Working hours'),
        h('div', { class: 'row planner-hours-inputs', role: 'group', 'aria-labelledby': 'planner-manual-hours' },
          h('label', { for: 'planner-manual-start', class: 'visually-hidden' }, 'Starts'), start, '–',
          h('label', { for: 'planner-manual-end', class: 'visually-hidden' }, 'Ends'), end))),
    error,
    h('datalist', { id: listId }, zones.map((z) => h('option', { value: z }, city(z)))),
    h('button', { type: 'submit', class: 'button', id: 'planner-manual-add' }, icon('person'), 'Add to the meeting'));
    return h('details', { class: 'planner-manual-box' }, h('summary', {}, 'Someone not in your contacts'), form);
  }

  fillCountries(select, value = select ? select.value : '') {
    if (!select) return;
    const named = COUNTRY_CODES.map((code) => ({ code, name: countryName(code) })).sort((a, b) => a.name.localeCompare(b.name));
    const option = (c) => h('option', { value: c.code }, `${c.name} (${c.code})`);
    const covered = named.filter((c) => this.calendars.has(c.code));
    replace(select, h('option', { value: '' }, 'Choose a country'),
      covered.length ? h('optgroup', { label: 'With a holiday calendar' }, covered.map(option)) : null,
      h('optgroup', { label: covered.length ? 'Other countries (no holidays known)' : 'Countries' },
        named.filter((c) => !this.calendars.has(c.code)).map(option)));
    select.value = value || '';
  }

  // ---- When ----

  whenForm() {
    const s = this.state;
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
      const s = this.state;
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
      this.changed();
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

  syncForm() {
    const s = this.state;
    const i = this.inputs;
    i.from.value = s.from; i.to.value = s.to; i.duration.value = String(s.duration); i.earliest.value = s.earliest; i.latest.value = s.latest;
    i.lunch.checked = s.lunch; i.weeks.value = String(s.weeks); i.rotate.checked = s.rotate; i.rotate.disabled = s.weeks < 2; i.to.disabled = s.weeks > 1;
    this.youBack.hidden = s.me;
    if (this.titleInput) this.titleInput.value = s.title;
  }

  inRange(day) {
    return daysBetween(this.state.from, day) >= 0 && daysBetween(day, this.lastDay()) >= 0;
  }

  /** The last day the grid may show: the range, or the first week of a weekly series. */
  lastDay() {
    return this.state.weeks > 1 ? addDays(this.state.from, 6) : this.state.to;
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
    const people = this.participants();
    const usable = people.filter((p) => p.attendee);
    this.sent = usable;
    this.fieldErrors = new Map();
    if (this.request) this.request.abort();
    this.request = new AbortController();
    const { signal } = this.request;
    if (!usable.length) {
      this.plan = null;
      this.grid = null;
      this.status.textContent = '';
      this.gridBox.replaceChildren(emptyState('Nobody to show yet', 'Add the people you want to meet, or yourself back.'));
      this.dayNav.replaceChildren();
      this.results.replaceChildren(emptyState('Who should be there?', 'Add contacts or anyone else; the planner finds the hours that suit everyone.'));
      this.renderInvite();
      return;
    }
    const attendees = usable.map((p) => p.attendee);
    const others = usable.filter((p) => !p.you).length;
    this.status.textContent = 'Finding times…';
    this.results.setAttribute('aria-busy', 'true');
    if (!this.plan && others > 0) replace(this.results, h('p', { class: 'loading' }, 'Asking the planner for the best times…'));
    let plan = null;
    if (others > 0) {
      try {
        plan = await api('/api/v1/calendar/meeting-slots', { method: 'POST', json: this.body(attendees, this.state.from, this.state.to), signal });
      } catch (e) {
        if (e.name === 'AbortError') return;
        this.failed(e, signal);
        return;
      }
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
    if (this.hadErrors) this.renderPeople();
    this.hadErrors = false;
    this.renderResults();
    await this.loadGrid(signal);
    this.renderInvite();
  }

  async loadGrid(signal = this.request ? this.request.signal : undefined) {
    const attendees = this.sent.map((p) => p.attendee);
    if (!attendees.length) return;
    this.renderDays();
    this.gridBox.setAttribute('aria-busy', 'true');
    if (!this.grid) this.gridBox.replaceChildren(h('p', { class: 'loading' }, 'Drawing everyone\u2019s hours…'));
    try {
      this.grid = await api('/api/v1/calendar/meeting-grid', { method: 'POST', json: this.body(attendees, this.state.day, this.state.day), signal });
      this.renderGrid();
    } catch (e) {
      if (e.name === 'AbortError') return;
      this.grid = null;
      this.gridBox.replaceChildren(errorBox(e, 'Everyone\u2019s hours could not be drawn'));
    } finally {
      this.gridBox.removeAttribute('aria-busy');
    }
  }

  failed(e, signal) {
    if (signal.aborted) return;
    this.results.removeAttribute('aria-busy');
    this.plan = null;
    this.grid = null;
    this.status.textContent = '';
    const fields = Object.entries((e && e.fields) || {});
    for (const [field, message] of fields) {
      const m = /^attendees\[(\d+)\]/.exec(field);
      if (m && this.sent[Number(m[1])]) this.fieldErrors.set(this.sent[Number(m[1])].key, message);
    }
    this.hadErrors = this.fieldErrors.size > 0;
    this.renderPeople();
    const general = fields.filter(([f]) => !/^attendees\[/.test(f));
    replace(this.results, errorBox(e, fields.length && !general.length ? 'Someone in the plan cannot be used' : 'No times could be found'),
      general.length ? h('ul', { class: 'small' }, general.map(([f, m]) => h('li', {}, h('code', {}, f), `: ${m}`))) : null);
    this.gridBox.replaceChildren(h('p', { class: 'muted' }, 'The grid appears once the plan can be worked out.'));
    this.dayNav.replaceChildren();
    this.renderInvite();
  }

  slots() {
    if (!this.plan) return [];
    return this.plan.slots || [];
  }

  findSlot(start) {
    const all = [...this.slots(), ...((this.plan && this.plan.occurrences) || []).map((o) => o.slot)];
    return all.find((s) => s.start === start) || null;
  }

  choose(start) {
    this.state.slot = start;
    const day = dateIn(this.you.timeZone, new Date(start));
    const reload = day !== this.state.day;
    this.state.day = day;
    this.save();
    this.markSlots();
    this.renderInvite();
    if (reload) this.loadGrid(); else this.markColumns();
  }

  // ---- Everyone's hours ----

  renderDays() {
    const s = this.state;
    const last = this.lastDay();
    const go = (day) => { this.state.day = day; this.save(); this.loadGrid(); };
    const prev = h('button', { type: 'button', class: 'icon-button', 'aria-label': 'Previous day', disabled: daysBetween(s.from, s.day) <= 0,
      onclick: () => go(addDays(s.day, -1)) }, h('span', { 'aria-hidden': 'true' }, '‹'));
    const next = h('button', { type: 'button', class: 'icon-button', 'aria-label': 'Next day', disabled: daysBetween(s.day, last) <= 0,
      onclick: () => go(addDays(s.day, 1)) }, h('span', { 'aria-hidden': 'true' }, '›'));
    const count = daysBetween(s.from, last) + 1;
    const chips = count <= 14 ? Array.from({ length: count }, (_, n) => addDays(s.from, n)).map((day) => h('button', {
      type: 'button', class: 'chip planner-day', 'aria-pressed': String(day === s.day), onclick: () => go(day),
      'aria-label': wallDay(day, true),
    }, wallDay(day).replace(/,/g, ''))) : [h('strong', { class: 'planner-day-label' }, wallDay(s.day, true))];
    this.dayNav.replaceChildren(h('div', { class: 'row planner-day-nav', role: 'group', 'aria-label': 'Day shown in the grid' }, prev, ...chips, next));
  }

  renderGrid() {
    const g = this.grid;
    const zone = this.you.timeZone;
    const chosen = this.chosenColumns();
    const now = Date.now();
    const people = this.sent;
    const headers = g.columns.map((c, i) => {
      const start = new Date(c.start).getTime();
      const isNow = now >= start && now < start + 3600000;
      const outside = g.rows.map((r, n) => [r, r.cells[i], people[n]]).filter(([, cell]) => cell.fit !== 'working' || cell.cost > 0);
      const summary = c.fits ? 'fits everyone' : outside.map(([r, cell]) => `${r.attendee}: ${cell.note}`).join('; ');
      const label = `${wallTime(c.local)} your time${c.allowed ? '' : ' (outside your limits)'}: ${summary}`;
      const button = h('button', {
        type: 'button', class: 'planner-hour', tabindex: i === (chosen.length ? chosen[0] : this.firstFit(g)) ? '0' : '-1',
        'aria-label': label, title: label, 'aria-pressed': String(chosen.includes(i)), dataset: { column: String(i) },
        onclick: () => this.choose(c.start),
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
    replace(this.gridBox, h('div', { class: 'table-wrap planner-grid-wrap' }, table),
      g.notes.length ? h('ul', { class: 'planner-notes small muted' }, g.notes.map((n) => h('li', {}, n))) : null);
    this.markColumns();
  }

  firstFit(g) {
    const i = g.columns.findIndex((c) => c.fits);
    return i >= 0 ? i : 0;
  }

  moveAcross(e, i) {
    const buttons = [...this.gridBox.querySelectorAll('.planner-hour')];
    const target = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: buttons.length - 1 }[e.key];
    if (target === undefined) return;
    e.preventDefault();
    const next = buttons[Math.max(0, Math.min(buttons.length - 1, target))];
    buttons.forEach((b) => b.setAttribute('tabindex', b === next ? '0' : '-1'));
    next.focus();
  }

  /** The columns the chosen time covers, by index. */
  chosenColumns() {
    if (!this.grid || !this.state.slot) return [];
    const start = new Date(this.state.slot).getTime();
    const slot = this.findSlot(this.state.slot);
    const end = slot ? new Date(slot.end).getTime() : start + this.state.duration * 60000;
    const out = [];
    this.grid.columns.forEach((c, i) => {
      const from = new Date(c.start).getTime();
      const to = i + 1 < this.grid.columns.length ? new Date(this.grid.columns[i + 1].start).getTime() : from + 3600000;
      if (from < end && to > start) out.push(i);
    });
    return out;
  }

  markColumns() {
    const chosen = new Set(this.chosenColumns().map(String));
    for (const el of this.gridBox.querySelectorAll('[data-column]')) {
      const on = chosen.has(el.dataset.column);
      if (el.classList.contains('planner-hour')) el.setAttribute('aria-pressed', String(on));
      else el.classList.toggle('chosen', on);
    }
  }

  // ---- Best times ----

  renderResults() {
    this.results.removeAttribute('aria-busy');
    const plan = this.plan;
    if (!plan) {
      this.status.textContent = '';
      this.results.replaceChildren(emptyState('Who should be there?', 'Add a contact or someone by hand; the planner then ranks the times that suit everyone.'));
      return;
    }
    const slots = this.slots();
    const weekly = this.state.weeks > 1;
    // "Everyone" must not claim you when your own hours could not count (no home country yet).
    const youLeftOut = this.participants().some((p) => p.you && p.problem);
    const everyone = youLeftOut ? 'everyone but you' : 'everyone';
    this.status.textContent = weekly
      ? `${plan.occurrences.length} of ${this.state.weeks} weeks planned${plan.fits ? `, inside the hours of ${everyone}` : ''}.`
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
    else if (slots.length) {
      this.slotList = h('ol', { class: 'planner-slots' }, slots.map((s, i) => h('li', {}, this.slotButton(s, i))));
      parts.push(this.slotList);
    }
    if (plan.notes.length) {
      parts.push(h('details', { class: 'planner-rests' }, h('summary', { class: 'small' }, `What this rests on (${plan.notes.length})`),
        h('ul', { class: 'small muted' }, plan.notes.map((n) => h('li', {}, capitalised(n))))));
    }
    this.results.replaceChildren(...parts);
    this.markSlots();
  }

  slotButton(s, i) {
    const zone = this.you.timeZone;
    const start = new Date(s.start);
    const end = new Date(s.end);
    return h('button', { type: 'button', class: 'planner-slot', 'aria-pressed': 'false', dataset: { start: s.start },
      onclick: () => this.choose(s.start) },
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
    const p = this.sent[n] || { series: n % 8 };
    return h('span', { class: 'planner-local' },
      h('span', { class: `planner-dot small s${p.series}`, 'aria-hidden': 'true' }),
      h('span', { class: 'planner-local-name' }, l.attendee),
      h('span', { class: 'planner-local-time' }, `${wallWeekday(l.start)} ${wallTime(l.start)}`),
      h('span', { class: `planner-fit fit-${l.fit}`, title: l.note }, l.fit === 'working' && l.cost === 0 ? 'working' : shortNote(l)));
  }

  weeklyPart(plan) {
    const zone = this.you.timeZone;
    const rows = plan.occurrences.map((o) => {
      const start = new Date(o.slot.start);
      const payers = o.slot.locals.filter((l) => l.cost > 0);
      return h('tr', { dataset: { start: o.slot.start } },
        h('td', { class: 'num' }, String(o.week)),
        h('td', { class: 'nowrap' }, h('button', { type: 'button', class: 'link-button', onclick: () => this.choose(o.slot.start) },
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

  markSlots() {
    for (const b of this.results.querySelectorAll('.planner-slot')) b.setAttribute('aria-pressed', String(b.dataset.start === this.state.slot));
    for (const tr of this.results.querySelectorAll('.planner-weekly tr[data-start]')) tr.classList.toggle('chosen', tr.dataset.start === this.state.slot);
  }

  // ---- Invitation ----

  defaultTitle() {
    const names = this.participants().filter((p) => !p.you).map((p) => p.name.split(' ')[0]);
    if (!names.length) return 'Meeting';
    return `Meeting with ${names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0]}`;
  }

  renderInvite() {
    const s = this.state;
    const zone = this.you.timeZone;
    if (!this.titleInput) {
      this.titleInput = h('input', { type: 'text', id: 'planner-title', maxlength: '200', value: s.title, autocomplete: 'off',
        oninput: () => { this.state.title = this.titleInput.value.trim(); this.save(); this.updateLinks(); } });
    }
    this.titleInput.placeholder = this.defaultTitle();
    const slot = s.slot ? this.findSlot(s.slot) : null;
    if (!s.slot || !this.sent || !this.sent.length) {
      this.invite.replaceChildren(h('p', { class: 'muted' }, 'Choose a time from the best times or the grid; its invitation appears here.'));
      return;
    }
    const start = new Date(s.slot);
    const end = slot ? new Date(slot.end) : new Date(start.getTime() + s.duration * 60000);
    let locals = slot ? slot.locals.map((l) => ({ who: l.attendee, time: `${wallDay(l.start)}, ${wallTime(l.start)}–${wallTime(l.end)}`, fit: l.fit, note: l.note })) : [];
    if (!slot && this.grid) {
      const i = this.grid.columns.findIndex((c) => c.start === s.slot);
      if (i >= 0) {
        locals = this.grid.rows.map((r) => ({ who: r.attendee, time: `${wallDay(r.cells[i].local)}, ${timeIn(r.zone, start)}–${timeIn(r.zone, end)}`,
          fit: r.cells[i].fit, note: r.cells[i].note }));
      }
    }
    this.icsLink = h('a', { class: 'button primary', id: 'planner-ics', download: 'meeting.ics' }, icon('download'), 'Download .ics');
    this.seriesLink = s.weeks > 1 ? h('a', { class: 'button', id: 'planner-ics-series', download: 'meeting-series.ics' }, icon('download'),
      `Weekly series, ${s.weeks} weeks`) : null;
    const copy = h('button', { type: 'button', class: 'button', onclick: () => this.copyTimes(start, end, locals) }, 'Copy the times');
    replace(this.invite,
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
    if (!this.icsLink || !this.state.slot) return;
    const q = new URLSearchParams({ title: this.state.title || this.defaultTitle(), start: this.state.slot, minutes: String(this.state.duration),
      zone: this.you.timeZone });
    const names = this.participants().map((p) => p.name).join(', ');
    q.set('description', `Planned with Meridian for ${names}.`);
    this.icsLink.href = `/api/v1/calendar/meeting.ics?${q}`;
    if (this.seriesLink) {
      q.set('weeks', String(this.state.weeks));
      this.seriesLink.href = `/api/v1/calendar/meeting.ics?${q}`;
    }
  }

  async copyTimes(start, end, locals) {
    const zone = this.you.timeZone;
    const text = [`${this.state.title || this.defaultTitle()}`, `${dayIn(zone, start, true)}, ${timeIn(zone, start)}–${timeIn(zone, end)} (${zone})`,
      ...locals.map((l) => `${l.who}: ${l.time}`)].join('\n');
    try {
      await navigator.clipboard.writeText(text);
      toast('The times are on the clipboard.', 'success');
    } catch {
      toast('The clipboard is not available here; select the times and copy them instead.', 'error');
    }
  }
}

function legend() {
  const item = (cls, text) => h('li', {}, h('span', { class: `swatch planner-swatch ${cls}`, 'aria-hidden': 'true' }), text);
  return h('ul', { class: 'legend planner-legend', 'aria-label': 'Legend' },
    item('fit-working', 'Working hours'), item('fit-early_or_late', 'Awake, before or after work'), item('fit-night', 'Night (22:00–07:00)'),
    item('fit-day_off', 'Day off'), item('holiday-swatch', 'Holiday (named in the row)'), item('fit-busy', 'Busy'),
    item('chosen-swatch', 'Chosen time'), h('li', {}, h('span', { class: 'planner-fits', 'aria-hidden': 'true' }), 'Hour that fits everyone'));
}

/** "+8 h", "−5 h 30", "±0": the gap to your clock, short enough for a line of facts. */
function shortDifference(minutes) {
  if (minutes === 0) return '±0 h';
  const a = Math.abs(minutes);
  return `${minutes < 0 ? '−' : '+'}${Math.floor(a / 60)} h${a % 60 ? ` ${a % 60}` : ''}`;
}

function initials(name) {
  return (name || '?').split(/\s+/).filter(Boolean).slice(0, 2).map((w) => w[0].toUpperCase()).join('');
}

function minutesText(m) {
  if (m < 60) return `${m} minutes`;
  return m % 60 ? `${Math.floor(m / 60)} h ${m % 60} min` : `${m / 60} hour${m === 60 ? '' : 's'}`;
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


customElements.define('meridian-planner', MeetingPlanner);
