// An article, read whole: its body built from the blocks the server parsed from Markdown, its
// sources, the countries and topics it is about, and "more like this" from the search index.
import { api, h, icon, errorBox, emptyState, countryName } from '/ui/meridian.js';
import {
  arrive, articlePath, breadcrumb, hitRoute, kindLabel, regionLabel, renderBlocks, sourceList, topicLabel,
} from './shared.js';

export class ArticlePage {
  constructor() {
    this.element = h('div', { class: 'kb-article' }, h('p', { class: 'loading' }, 'Reading the article…'));
  }

  destroy() {
    if (this.request) this.request.abort();
  }

  async update({ route }) {
    const [bundle, article] = route.map(decodeURIComponent);
    const id = `article/${bundle}/${article}`;
    if (id === this.id) return;
    this.id = id;
    if (this.request) this.request.abort();
    const request = new AbortController();
    this.request = request;
    let a;
    try {
      a = await api(articlePath(id), { signal: request.signal });
    } catch (e) {
      if (e.name === 'AbortError') return;
      const heading = h('h2', { tabindex: '-1' }, 'Article');
      this.element.replaceChildren(breadcrumb(['Knowledge base', '#/kb'], 'Article'), heading, e.status === 404
        ? emptyState('This article is not installed', 'Its region pack may have been removed or updated without it. Search for its subject instead.',
          h('a', { class: 'button primary', href: `#/kb?q=${encodeURIComponent((article || '').replaceAll('-', ' '))}` }, icon('search'), 'Search for it'))
        : errorBox(e, 'The article could not be read'));
      arrive(heading);
      return;
    }
    if (request.signal.aborted) return;
    this.render(a);
    document.title = `${a.title} · Knowledge base · Meridian`;
    arrive(this.heading);
    this.moreLikeThis(a, request);
  }

  render(a) {
    this.heading = h('h2', { tabindex: '-1', id: 'kb-article-heading', class: 'kb-page-title kb-article-heading' }, a.title);
    this.related = h('div', {}, h('p', { class: 'small muted' }, 'Looking for related articles…'));
    const first = a.countries[0];
    this.element.replaceChildren(
      breadcrumb(['Knowledge base', '#/kb'], ...(first ? [[countryName(first), `#/kb/country/${first}`]] : []), a.title),
      h('div', { class: 'kb-article-layout' },
        h('article', { class: 'kb-reading', 'aria-labelledby': 'kb-article-heading' },
          h('header', { class: 'kb-article-head' }, this.heading,
            h('ul', { class: 'chips kb-article-tags', 'aria-label': 'About' },
              a.countries.map((c) => h('li', {}, h('a', { class: 'chip', href: `#/kb/country/${c}` }, icon('globe'), countryName(c)))),
              a.regions.map((r) => h('li', {}, h('a', { class: 'chip', href: `#/kb?region=${encodeURIComponent(r)}` }, regionLabel(r)))),
              a.topics.map((t) => h('li', {}, h('a', { class: 'chip', href: `#/kb?topic=${encodeURIComponent(t)}` }, icon('flag'), topicLabel(t)))))),
          h('div', { class: 'kb-prose' }, renderBlocks(a.blocks, { headingLevel: 3 })),
          a.sources.length ? h('footer', { class: 'kb-article-sources' }, h('h3', {}, 'Sources'), sourceList(a.sources)) : null),
        h('aside', { class: 'kb-article-side', 'aria-label': 'About this article' },
          a.countries.length ? h('section', { class: 'card' }, h('h3', {}, 'Country profiles'),
            h('ul', { class: 'kb-plain-list' }, a.countries.map((c) => h('li', {},
              h('a', { href: `#/kb/country/${c}` }, `${countryName(c)}: scales, greetings, gifts`))))) : null,
          h('section', { class: 'card', 'aria-labelledby': 'kb-related-title' }, h('h3', { id: 'kb-related-title' }, 'More like this'), this.related),
          h('p', { class: 'small muted kb-provenance' }, `From the ${regionLabel(a.bundle)} pack, ${a.bundle} ${a.bundleVersion}.`))));
  }

  async moreLikeThis(a, request) {
    try {
      const { hits } = await api(`/api/v1/kb/search?like=${encodeURIComponent(a.id)}&limit=5`, { signal: request.signal });
      if (request.signal.aborted) return;
      this.related.replaceChildren(hits.length
        ? h('ul', { class: 'kb-related' }, hits.map((hit) => h('li', {},
          h('a', { href: hitRoute(hit) }, hit.title),
          h('span', { class: 'small muted' }, [kindLabel(hit.kind), ...hit.countries.map((c) => countryName(c))].join(' · ')))))
        : h('p', { class: 'small muted' }, 'Nothing else is on this subject yet.'));
    } catch (e) {
      if (e.name !== 'AbortError') this.related.replaceChildren(h('p', { class: 'small muted' }, `Related articles could not be found: ${e.detail || e.message}`));
    }
  }
}
