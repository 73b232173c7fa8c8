// The knowledge base's first page: the search box, and below it either the results of a search
// (with the respelling or relaxation said, facets as toggle chips, pages), the articles of a
// topic, region or country chosen without words, or, with nothing asked, the countries and topics.
import { api, h, icon, errorBox, emptyState, countryName, highlighted, navigate, profile } from '/ui/meridian.js';
import { SearchBox } from './searchbox.js';
import {
  articleItem, hitRoute, kindLabel, markedWords, monogram, regionLabel, snippetNodes, topicLabel,
} from './shared.js';

const PAGE_SIZE = 10;
const FACETS = [
  { key: 'country', title: 'Country', label: (v) => countryName(v) },
  { key: 'region', title: 'Region', label: regionLabel },
  { key: 'topic', title: 'Topic', label: topicLabel },
];
/** Values each facet shows before "Show all". */
const FACET_SHOWN = 8;
const EXAMPLES = ['business cards', 'gift giving', 'nemawashi', 'ramadan working hours', 'saying no'];

/** The state of the page as the address has it: #/kb?q=…&country=JP,KR&topic=gifts&page=2. */
function stateOf(query) {
  const list = (name) => (query.get(name) || '').split(',').map((v) => v.trim()).filter(Boolean);
  return {
    q: (query.get('q') || '').trim(),
    country: list('country').map((c) => c.toUpperCase()),
    region: list('region'),
    topic: list('topic'),
    page: Math.max(1, Number.parseInt(query.get('page') || '1', 10) || 1),
  };
}

function routeOf(state) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const f of FACETS) if (state[f.key].length) params.set(f.key, state[f.key].join(','));
  if (state.page > 1) params.set('page', String(state.page));
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `#/kb?${text}` : '#/kb';
}

export class HomePage {
  constructor() {
    this.expanded = new Set();
    this.box = new SearchBox({
      onSearch: (q) => navigate(routeOf({ ...this.state, q, page: 1 })),
      onChoose: (s) => this.chosen(s),
    });
    this.body = h('div', { class: 'kb-home-body' });
    this.element = h('div', { class: 'kb-home' },
      h('div', { class: 'kb-hero' }, this.box.element,
        h('p', { class: 'kb-search-hint small muted', id: 'kb-search-hint' }, 'Words in any form, typos forgiven.',
          this.examples = h('span', {}, ' Try ',
            EXAMPLES.map((e, i) => [i ? ', ' : '', h('a', { href: routeOf({ q: e, country: [], region: [], topic: [], page: 1 }) }, e)]),
            '.'))),
      this.body);
  }

  destroy() {
    this.box.destroy();
    if (this.request) this.request.abort();
  }

  update({ kind, query }) {
    const state = stateOf(query);
    const before = this.state;
    this.state = state;
    if (document.activeElement !== this.box.input || !before) this.box.value = state.q;
    if (query.get('focus') === 'search') this.box.focus();
    this.examples.hidden = Boolean(state.q);
    // another page of the same results starts at its top, as a new page would
    const turned = before && before.q === state.q && before.page !== state.page;
    if (state.q) this.search(state).then(() => { if (turned) this.element.scrollIntoView({ block: 'start' }); });
    else if (state.country.length || state.region.length || state.topic.length) this.browse(state);
    else this.landing(kind === 'countries');
  }

  chosen(s) {
    if (s.kind === 'article') navigate(hitRoute({ id: s.target, countries: [] }));
    else if (s.kind === 'country') navigate(`#/kb/country/${encodeURIComponent(s.target)}`);
    else if (s.kind === 'topic') navigate(routeOf({ q: '', country: [], region: [], topic: [s.target], page: 1 }));
    else navigate(routeOf({ ...this.state, q: s.text, page: 1 }));
  }

  /** Starts a request for this page, cancelling the one before; resolves null when overtaken. */
  async fetch(path) {
    if (this.request) this.request.abort();
    const request = new AbortController();
    this.request = request;
    this.body.setAttribute('aria-busy', 'true');
    try {
      return await api(path, { signal: request.signal });
    } catch (e) {
      if (e.name === 'AbortError') return null;
      throw e;
    } finally {
      if (this.request === request) this.body.setAttribute('aria-busy', 'false');
    }
  }

  // ---- results of a search ----

  async search(state) {
    const params = new URLSearchParams({ q: state.q, offset: String((state.page - 1) * PAGE_SIZE), limit: String(PAGE_SIZE) });
    for (const f of FACETS) if (state[f.key].length) params.set(f.key, state[f.key].join(','));
    if (!this.body.querySelector('.kb-results')) this.body.replaceChildren(h('p', { class: 'loading' }, 'Searching…'));
    let results;
    try {
      results = await this.fetch(`/api/v1/kb/search?${params}`);
    } catch (e) {
      this.body.replaceChildren(errorBox(e, 'The search failed'));
      return;
    }
    if (!results || this.state !== state) return;
    const filtered = FACETS.some((f) => state[f.key].length);
    if (results.total === 0 && !filtered) {
      this.body.replaceChildren(this.nothingFound(state, results));
      return;
    }
    this.body.replaceChildren(h('div', { class: 'kb-results' },
      this.facets(state, results),
      h('section', { class: 'kb-hits-column', 'aria-labelledby': 'kb-results-title' },
        h('h2', { id: 'kb-results-title', class: 'visually-hidden' }, 'Results'),
        this.summary(state, results),
        results.hits.length ? h('ol', { class: 'kb-hits', start: String((state.page - 1) * PAGE_SIZE + 1) }, results.hits.map((hit) => this.hit(hit)))
          : emptyState('Nothing with these filters', 'No result matches every filter chosen.',
            h('a', { class: 'button', href: routeOf({ ...state, country: [], region: [], topic: [], page: 1 }) }, 'Clear the filters')),
        this.pager(state, results))));
  }

  summary(state, results) {
    const first = (state.page - 1) * PAGE_SIZE + 1;
    const last = Math.min(results.total, first + results.hits.length - 1);
    const said = [h('p', { class: 'kb-count', role: 'status' },
      results.total === 0 ? 'No results' : results.total <= PAGE_SIZE && state.page === 1
        ? `${results.total} result${results.total === 1 ? '' : 's'}`
        : `${first}–${last} of ${results.total} results`,
      ' for ', h('strong', {}, `“${state.q}”`))];
    if (results.didYouMean && results.total > 0) {
      const typed = respelledWords(state.q, results.didYouMean);
      said.push(h('div', { class: 'alert kb-respelled', role: 'note' }, icon('search'), h('p', {},
        'Showing results for ', h('strong', { class: 'kb-respelling' }, results.didYouMean),
        typed.length ? `: ${typed.map((w) => `“${w}”`).join(', ')} ${typed.length === 1 ? 'is' : 'are'} not in the knowledge base, so words close to ${typed.length === 1 ? 'it' : 'them'} were searched as well. `
          : '. ',
        h('a', { href: routeOf({ ...state, q: results.didYouMean, page: 1 }) }, `Search for exactly “${results.didYouMean}”`))));
    }
    if (results.relaxed) {
      said.push(h('div', { class: 'alert warn kb-relaxed', role: 'note' }, icon('warning'), h('p', {},
        'No document has all of your words, so these have some of them. Fewer or other words may find more.')));
    }
    return said;
  }

  nothingFound(state, results) {
    const actions = [];
    if (results.didYouMean) {
      actions.push(h('a', { class: 'button primary', href: routeOf({ ...state, q: results.didYouMean, page: 1 }) },
        icon('search'), `Search for “${results.didYouMean}”`));
    }
    actions.push(h('a', { class: 'button', href: '#/kb/countries' }, icon('globe'), 'Browse the countries'));
    return h('div', { class: 'kb-nothing', role: 'status' },
      emptyState(`Nothing found for “${state.q}”`, results.didYouMean
        ? `Did you mean “${results.didYouMean}”?`
        : 'Try fewer words, another form of a word, or browse a country\'s profile.', ...actions));
  }

  facets(state, results) {
    const groups = FACETS.map((f) => {
      const counts = new Map((results.facets[f.key] || []).map((c) => [c.value, c.count]));
      // a value chosen stays on show, so it can be turned off again even when it matches nothing now
      for (const v of state[f.key]) if (!counts.has(v)) counts.set(v, 0);
      if (!counts.size) return null;
      const chips = [...counts].map(([value, count]) => {
        const on = state[f.key].includes(value);
        const next = on ? state[f.key].filter((v) => v !== value) : [...state[f.key], value];
        return h('li', {}, h('button', {
          type: 'button', class: 'chip kb-facet', 'aria-pressed': String(on), dataset: { facet: f.key, value },
          onclick: () => navigate(routeOf({ ...state, [f.key]: next, page: 1 })),
        }, f.label(value), h('span', { class: 'kb-facet-count', 'aria-label': `${count} result${count === 1 ? '' : 's'}` }, String(count))));
      });
      const list = h('ul', { class: 'chips', id: `kb-facet-list-${f.key}` }, chips);
      let more = null;
      if (chips.length > FACET_SHOWN && !this.expanded.has(f.key)) {
        // chosen values stay visible whatever their rank
        chips.forEach((chip, i) => { if (i >= FACET_SHOWN && chip.querySelector('[aria-pressed="false"]')) chip.hidden = true; });
        more = h('button', { type: 'button', class: 'link-button small kb-more', 'aria-controls': list.id, 'aria-expanded': 'false',
          onclick: () => {
            this.expanded.add(f.key);
            chips.forEach((chip) => { chip.hidden = false; });
            more.remove();
          } }, `Show all ${chips.length}`);
      }
      return h('div', { class: 'kb-facet-group', role: 'group', 'aria-labelledby': `kb-facet-${f.key}` },
        h('h3', { id: `kb-facet-${f.key}` }, f.title), list, more);
    });
    const any = FACETS.some((f) => state[f.key].length);
    return h('aside', { class: 'kb-facets', 'aria-label': 'Narrow the results' },
      h('div', { class: 'row' }, h('h2', { class: 'kb-facets-title' }, 'Narrow down'),
        any ? h('a', { class: 'small kb-clear', href: routeOf({ ...state, country: [], region: [], topic: [], page: 1 }) }, 'Clear all') : null),
      groups);
  }

  hit(hit) {
    const words = markedWords(hit.snippet);
    const where = [...hit.countries.map((c) => countryName(c)), ...hit.regions.slice(0, 2).map(regionLabel)];
    return h('li', { class: `kb-hit ${hit.kind}`, dataset: { id: hit.id } },
      h('div', { class: 'kb-hit-kind' }, h('span', { class: `badge ${hit.kind === 'note' ? 'warn' : hit.kind === 'profile' ? 'good' : 'info'}` }, kindLabel(hit.kind)),
        where.length ? h('span', { class: 'small muted' }, where.join(' · ')) : null),
      h('h3', { class: 'kb-hit-title' }, h('a', { href: hitRoute(hit) }, highlighted(hit.title, words))),
      hit.snippet.length ? h('p', { class: 'kb-snippet' }, snippetNodes(hit.snippet)) : null,
      hit.topics.length ? h('p', { class: 'kb-hit-topics small muted' }, hit.topics.map(topicLabel).join(' · ')) : null);
  }

  pager(state, results) {
    const pages = Math.ceil(results.total / PAGE_SIZE);
    if (pages <= 1) return null;
    const link = (page, label, rel) => (page < 1 || page > pages
      ? h('span', { class: 'button', 'aria-disabled': 'true' }, label)
      : h('a', { class: 'button', href: routeOf({ ...state, page }), rel }, label));
    return h('nav', { class: 'kb-pager', 'aria-label': 'Result pages' },
      link(state.page - 1, '← Previous', 'prev'),
      h('span', { class: 'muted' }, `Page ${state.page} of ${pages}`),
      link(state.page + 1, 'Next →', 'next'));
  }

  // ---- articles of a country, region or topic, without words ----

  async browse(state) {
    const params = new URLSearchParams();
    for (const f of FACETS) if (state[f.key].length) params.set(f.key, state[f.key].join(','));
    this.body.replaceChildren(h('p', { class: 'loading' }, 'Reading the articles…'));
    let answer;
    try {
      answer = await this.fetch(`/api/v1/kb/articles?${params}`);
    } catch (e) {
      this.body.replaceChildren(errorBox(e, 'The articles could not be listed'));
      return;
    }
    if (!answer || this.state !== state) return;
    const chosen = FACETS.flatMap((f) => state[f.key].map((v) => ({ f, v })));
    const title = `Articles on ${chosen.map(({ f, v }) => f.label(v)).join(', ')}`;
    this.body.replaceChildren(h('section', { class: 'kb-browse', 'aria-labelledby': 'kb-browse-title' },
      h('div', { class: 'row' }, h('h2', { id: 'kb-browse-title' }, title), h('span', { class: 'badge' }, String(answer.articles.length))),
      h('ul', { class: 'chips kb-chosen', 'aria-label': 'Chosen' }, chosen.map(({ f, v }) => h('li', {},
        h('a', { class: 'chip', 'aria-pressed': 'true', href: routeOf({ ...state, [f.key]: state[f.key].filter((x) => x !== v) }),
          'aria-label': `Remove ${f.label(v)}` }, f.label(v), icon('close'))))),
      answer.articles.length
        ? h('ul', { class: 'kb-article-list' }, answer.articles.map((a) => articleItem(a)))
        : emptyState('No articles here yet', 'A region pack with articles on it brings them.',
          h('a', { class: 'button', href: '#/plugins?tab=features' }, 'Region packs'))));
  }

  // ---- nothing asked: the countries and topics ----

  async landing(focusCountries) {
    if (!this.body.querySelector('.kb-landing')) this.body.replaceChildren(h('p', { class: 'loading' }, 'Reading the countries…'));
    let countries;
    let articles;
    try {
      const [c, a] = await Promise.all([this.fetch('/api/v1/kb/countries'), api('/api/v1/kb/articles').catch(() => null)]);
      if (!c) return;
      countries = c.countries;
      articles = a ? a.articles : [];
    } catch (e) {
      this.body.replaceChildren(errorBox(e, 'The countries could not be read'));
      return;
    }
    if (!countries.length) {
      this.body.replaceChildren(emptyState('No country profiles are installed',
        'Country profiles and articles come with region packs. Add one, and its countries appear here at once.',
        h('a', { class: 'button primary', href: '#/plugins?tab=features' }, icon('plugin'), 'Add a region pack')));
      return;
    }
    const filter = h('input', { type: 'search', id: 'kb-country-filter', placeholder: 'Filter by name or code', autocomplete: 'off' });
    const groups = h('div', { class: 'kb-country-groups' });
    const none = h('p', { class: 'muted', role: 'status', hidden: true });
    const draw = () => {
      const words = filter.value.trim().toLowerCase();
      const shown = countries.filter((c) => !words || `${c.name} ${countryName(c.countryCode)} ${c.countryCode}`.toLowerCase().includes(words));
      const byPack = new Map();
      for (const c of shown) {
        const label = regionLabel(c.bundle);
        if (!byPack.has(label)) byPack.set(label, []);
        byPack.get(label).push(c);
      }
      groups.replaceChildren(...[...byPack].sort(([a], [b]) => a.localeCompare(b)).map(([label, list]) => h('section', { class: 'kb-country-group' },
        h('h3', {}, label, h('span', { class: 'muted small' }, ` ${list.length}`)),
        h('ul', { class: 'kb-country-grid' }, list.map((c) => countryTile(c))))));
      none.hidden = shown.length > 0;
      none.textContent = shown.length ? '' : `No country matches “${filter.value.trim()}”.`;
    };
    filter.addEventListener('input', draw);
    draw();
    const home = profile().homeCountry;
    this.body.replaceChildren(h('div', { class: 'kb-landing columns' },
      h('section', { class: 'card kb-countries', 'aria-labelledby': 'kb-countries-title' },
        h('div', { class: 'kb-section-head' }, h('h2', { id: 'kb-countries-title' }, 'Countries'),
          h('span', { class: 'muted small' }, `${countries.length} profiles`),
          h('div', { class: 'spacer' }),
          h('label', { for: 'kb-country-filter', class: 'visually-hidden' }, 'Filter the countries'), filter),
        groups, none),
      h('div', { class: 'stack' }, compareCard(countries, home), topicsCard(articles), homeCard(countries, home))));
    if (focusCountries) filter.focus();
  }
}

/** The words typed that the respelling changed. */
function respelledWords(typed, respelled) {
  const was = typed.toLowerCase().split(/\s+/).filter(Boolean);
  const now = new Set(respelled.toLowerCase().split(/\s+/).filter(Boolean));
  return was.filter((w) => !now.has(w));
}

function countryTile(c) {
  const facts = [c.articles ? `${c.articles} article${c.articles === 1 ? '' : 's'}` : null,
    c.notes ? `${c.notes} note${c.notes === 1 ? '' : 's'}` : null].filter(Boolean).join(' · ');
  return h('li', {}, h('a', { class: 'kb-country-tile', href: `#/kb/country/${encodeURIComponent(c.countryCode)}`, dataset: { country: c.countryCode } },
    monogram(c.countryCode), h('span', { class: 'kb-country-name' }, c.name), facts ? h('span', { class: 'small muted' }, facts) : null));
}

function compareCard(countries, home) {
  const has = (code) => countries.some((c) => c.countryCode === code);
  const pairs = [['DE', 'JP'], ['US', 'CN'], ['GB', 'IN']].filter(([a, b]) => has(a) && has(b));
  return h('section', { class: 'card kb-compare-card', 'aria-labelledby': 'kb-compare-card-title' },
    h('h2', { id: 'kb-compare-card-title' }, 'Compare cultures'),
    h('p', { class: 'small muted' }, 'Two to four countries side by side on every scale, the largest differences first.'),
    pairs.length ? h('ul', { class: 'kb-plain-list' }, pairs.map(([a, b]) => h('li', {},
      h('a', { href: `#/kb/compare?countries=${a},${b}` }, `${countryName(a)} and ${countryName(b)}`)))) : null,
    h('a', { class: 'button', href: home && has(home) ? `#/kb/compare?countries=${home}` : '#/kb/compare' }, icon('chart'), 'Choose countries'));
}

function topicsCard(articles) {
  const counts = new Map();
  for (const a of articles) for (const t of a.topics) counts.set(t, (counts.get(t) || 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 14);
  if (!top.length) return null;
  return h('section', { class: 'card', 'aria-labelledby': 'kb-topics-title' },
    h('h2', { id: 'kb-topics-title' }, 'Browse by topic'),
    h('ul', { class: 'chips' }, top.map(([t, n]) => h('li', {},
      h('a', { class: 'chip', href: `#/kb?topic=${encodeURIComponent(t)}` }, topicLabel(t), h('span', { class: 'kb-facet-count' }, String(n)))))));
}

function homeCard(countries, home) {
  if (home) {
    const known = countries.find((c) => c.countryCode === home);
    return h('section', { class: 'card kb-home-card', 'aria-labelledby': 'kb-home-title' },
      h('h2', { id: 'kb-home-title' }, 'Your home'),
      h('p', { class: 'small' }, known
        ? ['Briefs and comparisons are set against ', h('a', { href: `#/kb/country/${home}` }, known.name), ', your home country.']
        : `Your home country, ${countryName(home)}, has no profile installed, so briefs describe each country on its own.`),
      h('a', { class: 'small', href: '#/preferences' }, 'Change it in Preferences'));
  }
  return h('section', { class: 'card kb-home-card', 'aria-labelledby': 'kb-home-title' },
    h('h2', { id: 'kb-home-title' }, 'Set your home country'),
    h('p', { class: 'small' }, 'With your own country known, each brief lists where a partner\'s culture differs most from yours.'),
    h('a', { class: 'button small', href: '#/preferences' }, icon('settings'), 'Open Preferences'));
}

