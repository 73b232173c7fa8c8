// The Knowledge base view, <meridian-kb>: one element whose page follows the address the frame
// hands it (route and query), so links, the palette and the back button all work:
//   #/kb?q=…&country=…&topic=…&page=2     search, or the articles of a country, region or topic
//   #/kb  and  #/kb/countries               the countries and topics, to browse
//   #/kb/country/JP[?note=ID]               a country's profile, notes and articles
//   #/kb/article/BUNDLE/ARTICLE             an article
//   #/kb/compare?countries=DE,JP            countries side by side
import { h } from '/ui/meridian.js';
import { ensureStyles } from './shared.js';
import { HomePage } from './home.js';
import { CountryPage } from './country.js';
import { ArticlePage } from './article.js';
import { ComparePage } from './compare.js';

const PAGES = { home: HomePage, country: CountryPage, article: ArticlePage, compare: ComparePage };

class KnowledgeBaseView extends HTMLElement {
  static get observedAttributes() { return ['route', 'query']; }

  connectedCallback() {
    ensureStyles();
    this.classList.add('kb');
    this.schedule();
  }

  disconnectedCallback() {
    if (this.page) this.page.destroy();
    this.page = null;
    this.pageKind = null;
  }

  attributeChangedCallback() {
    if (this.isConnected) this.schedule();
  }

  /** The frame sets route and query one after the other: the page is drawn once for both. */
  schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      if (this.isConnected) this.show();
    });
  }

  show() {
    const parts = (this.getAttribute('route') || '').split('/').filter(Boolean);
    const query = new URLSearchParams(this.getAttribute('query') || '');
    const kind = parts[0] || '';
    const pageKind = PAGES[kind] ? kind : 'home';
    if (this.pageKind !== pageKind) {
      if (this.page) this.page.destroy();
      this.page = new PAGES[pageKind]();
      this.pageKind = pageKind;
      this.replaceChildren(this.page.element);
    }
    const page = this.page;
    Promise.resolve().then(() => page.update({ kind, route: parts.slice(1), query })).catch((e) => {
      // a fault in a page's own code: said where the page would be, and the rest of the window goes on
      if (this.page === page) page.element.replaceChildren(h('div', { class: 'alert error', role: 'alert' }, `This page could not be shown: ${e.message}`));
    });
  }
}

customElements.define('meridian-kb', KnowledgeBaseView);
