// The Culture brief panel, <meridian-culture-brief contact-id="…">: on a contact's page and in
// the contact side panel, what to keep in mind about the contact's country (against the
// reader's home country when one is set), with the way to the full profile, or why there is none.
import { api, h, icon, errorBox, countryName, profile, sentence } from '/ui/meridian.js';
import { ensureStyles, renderBlocks, scaleTitle, withoutScaleName } from './shared.js';

const POINTS = 3;
const PHRASES = 2;

class CultureBrief extends HTMLElement {
  static get observedAttributes() { return ['contact-id']; }

  connectedCallback() {
    ensureStyles();
    this.classList.add('kb-brief');
    this.load();
  }

  disconnectedCallback() {
    if (this.request) this.request.abort();
  }

  attributeChangedCallback(name, before, now) {
    if (this.isConnected && before !== now) this.load();
  }

  async load() {
    const id = this.getAttribute('contact-id');
    if (!id) return;
    if (this.request) this.request.abort();
    const request = new AbortController();
    this.request = request;
    this.setAttribute('aria-busy', 'true');
    this.replaceChildren(h('p', { class: 'small muted' }, 'Reading the brief…'));
    const home = profile().homeCountry;
    let context;
    try {
      context = await api(`/api/v1/kb/context/${encodeURIComponent(id)}${home ? `?home=${encodeURIComponent(home)}` : ''}`, { signal: request.signal });
    } catch (e) {
      if (e.name === 'AbortError') return;
      this.replaceChildren(errorBox(e, 'The culture brief could not be read'));
      this.setAttribute('aria-busy', 'false');
      return;
    }
    if (request.signal.aborted) return;
    this.setAttribute('aria-busy', 'false');
    this.replaceChildren(...(context.brief ? this.brief(context) : this.none(context)).filter(Boolean));
  }

  brief({ contact, brief }) {
    const against = brief.relativeTo ? countryName(brief.relativeTo) : null;
    const greetings = brief.sectionBlocks && brief.sectionBlocks.greetings;
    const first = greetings && greetings.find((b) => b.type === 'paragraph');
    return [
      h('p', { class: 'kb-brief-lede' }, h('strong', {}, brief.name),
        h('span', { class: 'muted' }, against ? ` compared with ${against}, your home` : ` for ${contact.displayName}`)),
      brief.points.length ? h('ul', { class: 'kb-brief-points' }, brief.points.slice(0, POINTS).map((p) => h('li', {},
        h('span', { class: 'kb-brief-scale' }, scaleTitle(p.scale)), h('span', {}, withoutScaleName(p.summary, p.scale)))))
        : h('p', { class: 'small muted' }, against
          ? `${brief.name} and ${against} sit close on every scale the profiles cover.`
          : `${brief.name} sits near the middle of every scale the profile covers.`),
      first ? h('div', { class: 'kb-brief-greeting' }, h('h4', {}, 'Greeting'), renderBlocks([first])) : null,
      brief.phrases.length ? h('dl', { class: 'kb-brief-phrases' }, brief.phrases.slice(0, PHRASES).map((ph) => [
        h('dt', { lang: ph.language }, ph.text, ph.transliteration ? h('span', { class: 'muted', lang: 'en' }, ` ${ph.transliteration}`) : null),
        h('dd', {}, ph.meaning)])) : null,
      h('p', { class: 'row kb-brief-links' },
        h('a', { class: 'button small', href: `#/kb/country/${encodeURIComponent(brief.countryCode)}` }, icon('book'), `${brief.name} profile`),
        brief.relativeTo ? h('a', { class: 'small', href: `#/kb/compare?countries=${brief.relativeTo},${brief.countryCode}` }, 'Compare') : null),
      profile().homeCountry ? null : h('p', { class: 'small muted' },
        h('a', { href: '#/preferences' }, 'Set your home country'), ' to see where this culture differs most from yours.'),
    ];
  }

  none({ contact, reason }) {
    const noCountry = !contact.country;
    // the two reasons the route gives, in the panel's words; anything else as the server says it
    const said = noCountry ? `No country is recorded for ${contact.displayName}, so there is no brief yet.`
      : /no profile/i.test(reason || '') ? `No culture profile for ${countryName(contact.country)} is installed yet.` : sentence(reason);
    return [
      h('p', { class: 'kb-brief-none small' }, icon('globe'), h('span', {}, said)),
      h('p', { class: 'small' }, noCountry
        ? h('a', { href: `#/contacts/${encodeURIComponent(contact.id)}` }, 'Add a country on the contact page')
        : h('a', { href: '#/plugins?tab=features' }, `Find a region pack for ${countryName(contact.country)}`)),
    ];
  }
}


customElements.define('meridian-culture-brief', CultureBrief);
