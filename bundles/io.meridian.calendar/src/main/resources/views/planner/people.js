// Who is in the meeting: each participant with their clock, place and hours, or why the planner
// must leave them out and how to fix that; the contact search that adds someone (a combobox the
// keyboard drives); and the form for someone who is not in the contacts.
import { api, h, icon, toast, errorBox, debounce, countryName, openContact, views, replace } from '/ui/meridian.js';
import { allZones, knownZone, offsetMinutes, offsetLabel, difference, timeIn, dayIn, city } from './time.js';

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

export class People {
  /**
   * @param planner the <meridian-planner>: its state (replaced when the address changes, so read
   *     from it each time), participants(), loadContacts() and changed()
   */
  constructor(planner) {
    this.planner = planner;
    this.calendars = new Set(); // countries a holiday calendar covers
    this.list = h('ul', { class: 'planner-people', 'aria-label': 'Participants' });
    this.count = h('span', { class: 'badge' });
    this.element = h('section', { class: 'card', 'aria-labelledby': 'planner-who' },
      h('div', { class: 'row planner-card-head' }, h('h2', { id: 'planner-who' }, 'Who'), this.count),
      this.list,
      this.searchBox(),
      this.manualForm());
  }

  /** Stops a search still waiting or on its way: nobody is there to read its answer. */
  destroy() {
    this.cancelSearch();
  }

  async loadCountries(signal) {
    try {
      const status = await api('/api/v1/calendar/status', { signal });
      this.calendars = new Set(status.calendars.map((c) => c.country));
    } catch {
      // the list still offers every country; only the grouping is lost
    }
    if (!this.planner.isConnected) return;
    this.fillCountries(this.manualCountry);
    if (this.myCountrySelect) this.fillCountries(this.myCountrySelect);
  }

  /** Moves the participants' clocks on without redrawing the list (focus and selections stay). */
  tick() {
    const now = new Date();
    for (const el of this.list.querySelectorAll('.planner-now[data-zone]')) {
      el.lastChild.textContent = `${timeIn(el.dataset.zone, now)} ${dayIn(el.dataset.zone, now)}`;
    }
  }

  /** Shows a plan that came from the address. */
  sync() {
    this.youBack.hidden = this.planner.state.me;
  }

  render() {
    const planner = this.planner;
    const people = planner.participants();
    this.count.textContent = `${people.length} ${people.length === 1 ? 'person' : 'people'}`;
    const now = new Date();
    const mine = offsetMinutes(planner.you.timeZone, now);
    this.list.replaceChildren(...people.map((p) => {
      const facts = [];
      if (p.zone && knownZone(p.zone)) {
        const diff = offsetMinutes(p.zone, now) - mine;
        facts.push(h('span', { class: 'planner-now', dataset: { zone: p.zone }, title: 'Their time now' }, icon('clock'),
          h('span', {}, `${timeIn(p.zone, now)} ${dayIn(p.zone, now)}`)));
        facts.push(p.you ? `${p.zone} (${offsetLabel(mine)})` : h('span', { title: difference(diff) }, `${city(p.zone)} ${shortDifference(diff)}`));
      }
      if (p.country) {
        facts.push(p.countryFromZone ? h('span', { title: 'No home country in Preferences: the country of your time zone is assumed' },
          `${countryName(p.country)} (from your time zone)`) : countryName(p.country));
      }
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
      const error = planner.fieldErrors && planner.fieldErrors.get(p.key);
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
        Object.assign(this.planner.state, { myCountry: e.target.value || null, slot: null, day: null });
        this.render();
        this.planner.changed();
      } });
      this.fillCountries(this.myCountrySelect, this.planner.state.myCountry);
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
    const s = this.planner.state;
    if (p.you) s.me = false;
    else if (p.contact) s.contacts = s.contacts.filter((id) => id !== p.id);
    else s.people.splice(p.index, 1);
    s.slot = null;
    s.day = null;
    toast(`${p.name} ${p.you ? 'are' : 'is'} no longer in the plan.`);
    this.render();
    this.planner.changed();
    if (!s.me) this.youBack.hidden = false;
    // the row and its button are gone: keep the keyboard where the next person is added
    this.searchInput.focus();
  }

  searchBox() {
    const planner = this.planner;
    const listId = uid('planner-found');
    const input = h('input', {
      type: 'search', id: 'planner-search', role: 'combobox', 'aria-expanded': 'false', 'aria-controls': listId,
      'aria-autocomplete': 'list', autocomplete: 'off', spellcheck: 'false', placeholder: 'Name, company, email or tag',
    });
    this.searchInput = input;
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
      if (!planner.state.contacts.includes(person.id)) planner.state.contacts.push(person.id);
      planner.state.slot = null;
      planner.state.day = null;
      input.value = '';
      close();
      message.textContent = `${person.displayName} added.`;
      planner.loadContacts().then(() => planner.changed());
    };
    const search = debounce(async (text) => {
      if (controller) controller.abort();
      if (text.length < 1) { close(); message.textContent = ''; return; }
      controller = new AbortController();
      try {
        const answer = await api(`/api/v1/contacts?q=${encodeURIComponent(text)}&limit=8`, { signal: controller.signal });
        if (input.value.trim() !== text) return;
        found = answer.items.filter((p) => !planner.state.contacts.includes(p.id));
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
    this.cancelSearch = () => {
      search.cancel();
      if (controller) controller.abort();
    };
    input.addEventListener('input', () => search(input.value.trim()));
    input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' && found.length) { e.preventDefault(); if (list.hidden) { list.hidden = false; input.setAttribute('aria-expanded', 'true'); } mark(Math.min(active + 1, found.length - 1)); }
      else if (e.key === 'ArrowUp' && found.length) { e.preventDefault(); mark(Math.max(active - 1, 0)); }
      else if (e.key === 'Enter') { e.preventDefault(); if (!list.hidden && active >= 0) choose(found[active]); }
      else if (e.key === 'Escape' && !list.hidden) { e.preventDefault(); close(); }
    });
    input.addEventListener('blur', () => setTimeout(close, 200));
    this.youBack = h('button', { type: 'button', class: 'button small', hidden: planner.state.me,
      onclick: () => {
        Object.assign(planner.state, { me: true, slot: null, day: null });
        this.youBack.hidden = true;
        this.render();
        planner.changed();
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
        const s = this.planner.state;
        s.people.push({ name: who, zone: zone.value.trim(), country: country.value, hours: `${start.value}-${end.value}` });
        s.slot = null;
        s.day = null;
        name.value = '';
        zone.value = '';
        country.value = '';
        this.render();
        this.planner.changed();
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
