// What the knowledge base's pages and the Culture brief panel share: their stylesheet, names
// for scales, sections, regions and topics, the Markdown blocks the server sends turned into
// elements, snippets with their matches marked, scale tracks and source lists.
import { h, icon, countryName, stylesheet } from '/ui/meridian.js';

const STYLESHEET = '/views/kb/kb.css';

/** Adds the view's stylesheet to the page once, whichever element comes first. */
export function ensureStyles() {
  stylesheet(STYLESHEET);
}

/** What each culture scale measures, in a sentence a reader can act on. */
export const SCALES = {
  communicating: 'How much is said in words, or left to context',
  evaluating: 'How criticism and negative feedback are given',
  persuading: 'Whether the reasoning or the practical case convinces first',
  leading: 'How far the boss stands above the team',
  deciding: 'Who decides, and how agreement is reached',
  trusting: 'Whether trust rests on the work or on the relationship',
  disagreeing: 'Whether open disagreement is welcome or avoided',
  scheduling: 'Whether time is kept to the minute or plans adapt',
};

export function scaleTitle(id) {
  return id ? id.charAt(0).toUpperCase() + id.slice(1).replaceAll('-', ' ') : '';
}

const SECTIONS = {
  greetings: 'Greetings and forms of address',
  meetings: 'Meetings',
  negotiation: 'Negotiation',
  'decision-making': 'Decision making',
  dining: 'Dining',
  'preferred-channels': 'Preferred channels',
};
export const SECTION_ORDER = Object.keys(SECTIONS);

export function sectionTitle(id) {
  return SECTIONS[id] || words(id);
}

const REGIONS = {
  asean: 'ASEAN', dach: 'DACH', benelux: 'Benelux', gulf: 'The Gulf',
  'middle-east-north-africa': 'Middle East and North Africa',
  'south-southeast-asia': 'South and Southeast Asia',
  'sub-saharan-africa': 'Sub-Saharan Africa',
};

/** A region tag (east-asia) or a region pack's bundle name (io.meridian.region.east-asia) for people. */
export function regionLabel(tag) {
  const last = String(tag || '').split('.').pop();
  return REGIONS[last] || last.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

/** A topic tag (business-cards) for people: "Business cards"; follow-up keeps its hyphen. */
export function topicLabel(tag) {
  const text = String(tag || '').replace(/-(?!up\b)/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function words(id) {
  const text = String(id || '').replaceAll('-', ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const KINDS = { article: 'Article', profile: 'Country profile', note: 'Your note' };
export function kindLabel(kind) {
  return KINDS[kind] || words(kind);
}

/** The route a search hit opens: an article, a country page, or a note on its country page. */
export function hitRoute(hit) {
  const [kind, ...rest] = hit.id.split('/');
  if (kind === 'article') return `#/kb/article/${rest.map(encodeURIComponent).join('/')}`;
  if (kind === 'profile') return `#/kb/country/${encodeURIComponent(rest[rest.length - 1])}`;
  if (kind === 'note' && hit.countries.length) return `#/kb/country/${encodeURIComponent(hit.countries[0])}?note=${encodeURIComponent(rest[0])}`;
  return '#/kb';
}

/** The API path of an article from its search id, article/BUNDLE/ID. */
export function articlePath(id) {
  const [, bundle, article] = id.split('/');
  return `/api/v1/kb/articles/${encodeURIComponent(bundle)}/${encodeURIComponent(article)}`;
}

/** A snippet's text runs as nodes: matched runs in <mark>, the rest as text. Never parsed as markup. */
export function snippetNodes(runs) {
  return (runs || []).map((run) => (run.match ? h('mark', {}, run.text) : document.createTextNode(run.text)));
}

/** The distinct words a snippet marked, to mark them in the title as well. */
export function markedWords(runs) {
  return [...new Set((runs || []).filter((r) => r.match).map((r) => r.text.trim()).filter((w) => w.length > 1))];
}

/** A square tile with the country's code, standing in for a flag (fonts rarely have flags). */
export function monogram(code, size = '') {
  return h('span', { class: `kb-monogram ${size}`, 'aria-hidden': 'true' }, code);
}

export function countryLink(code) {
  return h('a', { href: `#/kb/country/${encodeURIComponent(code)}` }, countryName(code));
}

/** A language code (ja) in the reader's language: "Japanese". */
export function languageName(code) {
  try {
    return new Intl.DisplayNames(undefined, { type: 'language' }).of(code) || code;
  } catch {
    return code;
  }
}

/**
 * A scale from its low pole to its high one with a marker per country: [{code, value, series,
 * hollow}]. The track is one image for assistive technology, described by `label`.
 */
export function scaleTrack(markers, label, { compact = false } = {}) {
  const track = h('div', { class: `kb-track${compact ? ' compact' : ''}`, role: 'img', 'aria-label': label },
    h('span', { class: 'kb-track-mid', 'aria-hidden': 'true' }));
  for (const m of markers) {
    const marker = h('span', { class: `kb-marker s${m.series ?? 0}${m.hollow ? ' hollow' : ''}`, title: `${countryName(m.code)}: ${m.value}` },
      compact ? null : h('span', { class: 'kb-marker-label' }, m.code));
    marker.style.left = `${Math.max(0, Math.min(100, m.value))}%`;
    track.append(marker);
  }
  return track;
}

/** Sources as a list of citations, each linked when it has a web address. */
export function sourceList(sources, { className = 'kb-sources' } = {}) {
  if (!sources || !sources.length) return null;
  return h('ol', { class: className }, sources.map((s) => h('li', {},
    safeHref(s.url) ? h('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer' }, s.citation) : s.citation)));
}

/** Sources once each, in the order first cited. */
export function distinctSources(sources) {
  const seen = new Set();
  return (sources || []).filter((s) => {
    const key = `${s.citation}|${s.url || ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function safeHref(url) {
  return typeof url === 'string' && /^(https?:\/\/|#\/)/i.test(url.trim());
}

/**
 * Elements from the Markdown blocks the server made (see the culture bundle's MarkdownBlocks):
 * a fixed set of elements, text always as text, links only to the web or to workbench routes.
 * `headingLevel` is the level a top-level # heading gets on this page.
 */
export function renderBlocks(blocks, { headingLevel = 3 } = {}) {
  const fragment = document.createDocumentFragment();
  for (const block of blocks || []) {
    const node = renderBlock(block, headingLevel, false);
    if (node) fragment.append(node);
  }
  return fragment;
}

function renderBlock(block, headingLevel, tight) {
  switch (block.type) {
    case 'heading': {
      const level = Math.min(6, headingLevel + Math.max(0, (block.level || 1) - 1));
      return h(`h${level}`, {}, renderInline(block.content));
    }
    case 'paragraph':
      return tight ? h('span', { class: 'kb-tight' }, renderInline(block.content)) : h('p', {}, renderInline(block.content));
    case 'list': {
      const items = (block.items || []).map((item) => h('li', {}, item.map((b) => renderBlock(b, headingLevel, block.tight))));
      return block.ordered ? h('ol', { start: block.start && block.start !== 1 ? block.start : null }, items) : h('ul', {}, items);
    }
    case 'quote':
      return h('blockquote', {}, (block.blocks || []).map((b) => renderBlock(b, headingLevel, false)));
    case 'code':
      return h('pre', {}, h('code', {}, block.text || ''));
    case 'rule':
      return h('hr', {});
    default:
      return null;
  }
}

function renderInline(runs) {
  return (runs || []).map((run) => {
    switch (run.type) {
      case 'text': return document.createTextNode(run.text || '');
      case 'emphasis': return h('em', {}, renderInline(run.content));
      case 'strong': return h('strong', {}, renderInline(run.content));
      case 'code': return h('code', {}, run.text || '');
      case 'break': return h('br', {});
      case 'link': return safeHref(run.href)
        ? h('a', run.href.startsWith('#/') ? { href: run.href } : { href: run.href, target: '_blank', rel: 'noopener noreferrer' }, renderInline(run.content))
        : h('span', {}, renderInline(run.content));
      default: return run.content ? h('span', {}, renderInline(run.content)) : null;
    }
  });
}

/** An article in a list: its title, the countries and first topics it is about. */
export function articleItem(a) {
  return h('li', {}, h('a', { class: 'kb-article-link', href: hitRoute({ id: a.id, countries: [] }) },
    icon('book'), h('span', {}, h('span', { class: 'kb-article-title' }, a.title),
      h('span', { class: 'small muted' }, [...a.countries.map((c) => countryName(c)), ...a.topics.slice(0, 3).map(topicLabel)].join(' · ')))));
}

/** A brief point's summary without the scale's name it starts with, for showing under that name. */
export function withoutScaleName(summary, scale) {
  const prefix = `${scaleTitle(scale)}: `;
  return summary.startsWith(prefix) ? summary.slice(prefix.length) : summary;
}

/** A breadcrumb trail: [[label, href]…, label]. */
export function breadcrumb(...steps) {
  return h('nav', { class: 'kb-breadcrumb', 'aria-label': 'Breadcrumb' }, h('ol', {}, steps.map((step, i) => {
    const last = i === steps.length - 1;
    return h('li', {}, Array.isArray(step) && !last ? h('a', { href: step[1] }, step[0]) : h('span', { 'aria-current': last ? 'page' : null }, Array.isArray(step) ? step[0] : step));
  })));
}

/** Moves the reader to the top of a new page and its heading, as a page load would. */
export function arrive(heading) {
  const main = heading.closest('.main');
  if (main) main.scrollTop = 0;
  heading.focus({ preventScroll: true });
}

