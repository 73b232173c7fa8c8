// The Contacts view: the book as a searchable, filterable list with each relationship's health
// and last contact; #/contacts/ID is a person's page (contact-page.js).
import { api, h, icon, errorBox, emptyState, relativeDays, localDate, countryName, debounce, openContact, navigate } from '/ui/meridian.js';
import { ContactPage } from './contact-page.js';
import { personDialog } from './contact-forms.js';

const PAGE = 50;
const SORTS = [['name', 'Name'], ['health', 'Weakest relationships first'], ['last_contact', 'Longest since contact'], ['due', 'Next due']];

class ContactsView extends HTMLElement {
  static get observedAttributes() { return ['route', 'query']; }

  connectedCallback() {
    this.ready = true;
    this.show();
  }

  attributeChangedCallback() {
    if (this.ready) this.show();
  }

  disconnectedCallback() {
    // A search still waiting would write its filters over the address of the view the user went to.
    this.searchLater?.cancel();
  }

  show() {
    const route = this.getAttribute('route') || '';
    const query = new URLSearchParams(this.getAttribute('query') || '');
    if (route) {
      if (!(this.firstElementChild instanceof ContactPage) || this.firstElementChild.getAttribute('person-id') !== route) {
        this.list = null;
        this.replaceChildren(h('meridian-contact-page', { 'person-id': decodeURIComponent(route) }));
      }
      return;
    }
    if (!this.list) {
      // Back from a person's page: the heading names the list again.
      this.dispatchEvent(new CustomEvent('meridian:title', { bubbles: true, detail: { title: null } }));
      this.buildList();
    }
    this.state = {
      q: query.get('q') || '', country: query.get('country') || '', tag: query.get('tag') || '',
      overdue: query.get('overdue') === 'true', sort: query.get('sort') || 'name', desc: query.get('desc') === 'true',
      offset: Number(query.get('offset') || 0),
    };
    this.syncControls();
    this.load();
    if (query.get('new')) this.newPerson();
  }

  buildList() {
    this.searchLater = debounce(() => this.update({ q: this.search.value, offset: 0 }), 250);
    this.search = h('input', { type: 'search', id: 'contacts-q', placeholder: 'Name, organisation, email or tag', autocomplete: 'off',
      oninput: this.searchLater });
    this.countrySelect = h('select', { id: 'contacts-country', onchange: () => this.update({ country: this.countrySelect.value, offset: 0 }) },
      h('option', { value: '' }, 'All countries'));
    this.tagInput = h('input', { type: 'text', id: 'contacts-tag', placeholder: 'Any tag', size: '10',
      onchange: () => this.update({ tag: this.tagInput.value.trim().toLowerCase(), offset: 0 }) });
    this.sortSelect = h('select', { id: 'contacts-sort', onchange: () => this.update({ sort: this.sortSelect.value, desc: false, offset: 0 }) },
      SORTS.map(([v, label]) => h('option', { value: v }, label)));
    this.overdueChip = h('button', { type: 'button', class: 'chip', 'aria-pressed': 'false',
      onclick: () => this.update({ overdue: !this.state.overdue, offset: 0 }) }, icon('clock'), 'Overdue only');
    this.results = h('div', {});
    this.replaceChildren(
      h('div', { class: 'toolbar', role: 'search', 'aria-label': 'Find people' },
        h('div', { class: 'field grow' }, h('label', { for: 'contacts-q' }, 'Search'), this.search),
        h('div', { class: 'field' }, h('label', { for: 'contacts-country' }, 'Country'), this.countrySelect),
        h('div', { class: 'field' }, h('label', { for: 'contacts-tag' }, 'Tag'), this.tagInput),
        h('div', { class: 'field' }, h('label', { for: 'contacts-sort' }, 'Order'), this.sortSelect),
        this.overdueChip,
        h('span', { class: 'spacer' }),
        h('button', { type: 'button', class: 'button primary', id: 'contacts-new', onclick: () => this.newPerson() }, icon('person'), 'New contact')),
      this.results);
    this.list = true;
    this.loadCountries();
  }

  async loadCountries() {
    try {
      const places = await api('/api/v1/insights/people');
      for (const c of places.byCountry.filter((r) => r.value !== 'unknown' && r.value !== 'other')) {
        this.countrySelect.append(h('option', { value: c.value }, `${countryName(c.value)} (${c.count})`));
      }
      this.countrySelect.value = this.state.country;
    } catch {
      // the filter still works by typing the URL; the list itself reports errors
    }
  }

  syncControls() {
    if (this.search.value !== this.state.q && document.activeElement !== this.search) this.search.value = this.state.q;
    this.countrySelect.value = this.state.country;
    this.tagInput.value = this.state.tag;
    this.sortSelect.value = this.state.sort;
    this.overdueChip.setAttribute('aria-pressed', String(this.state.overdue));
  }

  /** Changes the filters through the hash, so that back, forward and bookmarks keep them. */
  update(change) {
    const next = { ...this.state, ...change };
    const params = new URLSearchParams();
    if (next.q) params.set('q', next.q);
    if (next.country) params.set('country', next.country);
    if (next.tag) params.set('tag', next.tag);
    if (next.overdue) params.set('overdue', 'true');
    if (next.sort !== 'name') params.set('sort', next.sort);
    if (next.desc) params.set('desc', 'true');
    if (next.offset) params.set('offset', String(next.offset));
    const text = params.toString();
    history.replaceState(null, '', `#/contacts${text ? `?${text}` : ''}`);
    this.setAttribute('query', text);
  }

  async load() {
    const s = this.state;
    const params = new URLSearchParams({ limit: String(PAGE), offset: String(s.offset), sort: s.sort });
    if (s.desc) params.set('desc', 'true');
    if (s.q) params.set('q', s.q);
    if (s.country) params.set('country', s.country);
    if (s.tag) params.set('tag', s.tag);
    if (s.overdue) params.set('overdue', 'true');
    const ticket = (this.ticket = (this.ticket || 0) + 1);
    let page;
    try {
      page = await api(`/api/v1/contacts?${params}`);
    } catch (e) {
      this.results.replaceChildren(errorBox(e, 'The contacts could not be listed'));
      return;
    }
    if (ticket !== this.ticket) return; // a later search answered first
    if (!page.items.length) {
      const filtered = s.q || s.country || s.tag || s.overdue;
      this.results.replaceChildren(filtered
        ? emptyState('Nobody matches', 'Try fewer words or clear a filter.',
          h('button', { type: 'button', class: 'button', onclick: () => this.update({ q: '', country: '', tag: '', overdue: false, offset: 0 }) }, 'Clear the filters'))
        : emptyState('Your contact book is empty', 'Bring in the people you already know, or try Meridian with invented ones.',
          h('a', { class: 'button primary', href: '#/import' }, icon('import'), 'Import a file'),
          h('a', { class: 'button', href: '#/agenda?demo=1' }, 'Load the demo book'),
          h('button', { type: 'button', class: 'button', onclick: () => this.newPerson() }, 'Add one person')));
      return;
    }
    const total = page.totalExact ? `${page.total}` : `more than ${page.total}`;
    const rows = page.items.map((p) => this.row(p));
    this.results.replaceChildren(
      h('p', { class: 'small muted', role: 'status' }, `${total} ${page.total === 1 ? 'person' : 'people'}`,
        page.total > PAGE ? `, showing ${s.offset + 1}–${s.offset + page.items.length}` : ''),
      h('div', { class: 'table-wrap' }, h('table', { class: 'table', id: 'contacts-table' },
        h('caption', { class: 'visually-hidden' }, 'People in your book'),
        h('thead', {}, h('tr', {}, ['Name', 'Country', 'Their time', 'Health', 'Last contact', 'Next due'].map((t) => h('th', { scope: 'col' }, t)),
          h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Actions')))),
        h('tbody', {}, rows))),
      ...[this.pager(page)].filter(Boolean));
  }

  row(p) {
    const band = p.healthScore === null || p.healthScore === undefined ? null : p.healthScore >= 75 ? 'good' : p.healthScore >= 50 ? 'fair' : 'at_risk';
    return h('tr', { dataset: { person: p.id } },
      h('td', {},
        h('a', { href: `#/contacts/${p.id}`, class: 'person-link' }, h('strong', {}, p.displayName)),
        h('div', { class: 'small muted' }, [p.title, p.organizationName].filter(Boolean).join(', ')),
        p.tags.length ? h('div', { class: 'chips' }, p.tags.slice(0, 4).map((t) => h('span', { class: 'badge' }, t))) : null),
      h('td', {}, p.country ? countryName(p.country) : h('span', { class: 'muted' }, '—')),
      h('td', { class: 'nowrap' }, localTime(p.timeZone)),
      h('td', {}, band ? h('span', { class: `health ${band}` }, String(p.healthScore)) : h('span', { class: 'muted' }, '—')),
      h('td', { class: 'nowrap' }, p.lastContactAt ? relativeDays(localDate(p.lastContactAt)) : h('span', { class: 'muted' }, 'never')),
      h('td', { class: 'nowrap' }, p.overdue ? h('span', { class: 'badge bad' }, 'overdue')
        : p.nextContactDue ? relativeDays(localDate(p.nextContactDue)) : ''),
      h('td', { class: 'nowrap' }, h('button', { type: 'button', class: 'button small', 'aria-label': `Quick look at ${p.displayName}`,
        onclick: () => openContact(p.id) }, 'Quick look')));
  }

  pager(page) {
    const s = this.state;
    if (s.offset === 0 && page.items.length < PAGE) return null;
    return h('nav', { class: 'row', 'aria-label': 'Pages' },
      h('button', { type: 'button', class: 'button small', disabled: s.offset === 0, onclick: () => this.update({ offset: Math.max(0, s.offset - PAGE) }) }, 'Previous'),
      h('button', { type: 'button', class: 'button small', disabled: page.items.length < PAGE, onclick: () => this.update({ offset: s.offset + PAGE }) }, 'Next'));
  }

  async newPerson() {
    const created = await personDialog(null);
    if (created) navigate(`#/contacts/${created.id}`);
  }
}

/** The time now where someone is, from their IANA zone, e.g. "14:05 Tue". */
export function localTime(zone) {
  if (!zone) return h('span', { class: 'muted' }, '—');
  try {
    return new Intl.DateTimeFormat(undefined, { timeZone: zone, hour: '2-digit', minute: '2-digit', weekday: 'short' }).format(new Date());
  } catch {
    return zone;
  }
}

customElements.define('meridian-contacts', ContactsView);
