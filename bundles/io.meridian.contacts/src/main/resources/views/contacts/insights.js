// The Insights view: the book at a glance — how the relationships stand, where the talking
// happens month by month, and where the people are, by country and by time zone.
import { api, h, errorBox, emptyState, countryName, icon } from '/ui/meridian.js';
import { stackedColumns, barList } from '/ui/charts.js';

const SERIES = 7; // the largest countries; the rest are summed as "Other"

class InsightsView extends HTMLElement {
  async connectedCallback() {
    this.replaceChildren(h('p', { class: 'loading' }, 'Counting…'));
    let people;
    let months;
    try {
      [people, months] = await Promise.all([api('/api/v1/insights/people'), api('/api/v1/insights/interactions?months=12')]);
    } catch (e) {
      this.replaceChildren(errorBox(e, 'The figures could not be read'));
      return;
    }
    if (!people.total) {
      this.replaceChildren(emptyState('Nothing to picture yet', 'Pictures appear once there are people in the book.',
        h('a', { class: 'button primary', href: '#/import' }, icon('import'), 'Import a file'),
        h('a', { class: 'button', href: '#/agenda?demo=1' }, 'Load the demo book')));
      return;
    }
    this.replaceChildren(
      this.bands(people),
      h('section', { class: 'card' }, this.monthly(months.months)),
      h('div', { class: 'cards wide-cards' },
        h('section', { class: 'card' }, barList({
          title: 'People by country', summary: `${people.byCountry.length} countries; the most people in ${label(people.byCountry[0].value)}`,
          items: people.byCountry.map((r) => ({ label: label(r.value), value: r.count, other: r.value === 'other' })),
        })),
        h('section', { class: 'card' }, barList({
          title: 'People by time zone', summary: `${people.byTimeZone.length} time zones; the most people in ${zoneLabel(people.byTimeZone[0].value)}`,
          items: people.byTimeZone.map((r) => ({
            label: zoneLabel(r.value),
            value: r.count, other: r.value === 'other',
          })),
        }))));
  }

  bands(people) {
    const b = people.byBand;
    const tile = (value, text, kind, href) => h('a', { class: `card stat ${kind}`, href }, h('span', { class: 'stat-value' }, String(value)), h('span', {}, text));
    return h('div', { class: 'stats', role: 'group', 'aria-label': 'Relationships by health' },
      tile(people.total, 'people in the book', '', '#/contacts'),
      tile(b.good, 'in good health', 'good', '#/contacts?sort=health&desc=true'),
      tile(b.fair, 'fair', 'fair', '#/contacts?sort=health'),
      tile(b.at_risk, 'at risk', 'at_risk', '#/contacts?sort=health'));
  }

  monthly(byMonth) {
    const categories = Object.keys(byMonth);
    const totals = new Map();
    for (const counts of Object.values(byMonth)) for (const [c, n] of Object.entries(counts)) totals.set(c, (totals.get(c) || 0) + n);
    const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1]);
    const top = ranked.slice(0, SERIES).map(([c]) => c);
    const series = top.map((c) => ({ name: label(c), values: categories.map((m) => byMonth[m][c] || 0) }));
    if (ranked.length > SERIES) {
      series.push({ name: 'Other', other: true, values: categories.map((m) => Object.entries(byMonth[m]).filter(([c]) => !top.includes(c)).reduce((s, [, n]) => s + n, 0)) });
    }
    const all = [...totals.values()].reduce((s, n) => s + n, 0);
    const format = (m) => new Intl.DateTimeFormat(undefined, { month: 'short' }).format(new Date(`${m}-15T12:00:00`));
    return stackedColumns({
      title: 'Interactions per month, by country',
      summary: `${all} interactions in the last twelve months${ranked.length ? `, most with ${label(ranked[0][0])}` : ''}`,
      categories, series, formatCategory: format,
    });
  }
}

function zoneLabel(zone) {
  if (zone === 'unknown') return 'Not on record';
  if (zone === 'other') return 'Other';
  return zone.replaceAll('_', ' ');
}

function label(code) {
  if (code === 'unknown') return 'Unknown';
  if (code === 'other') return 'Other';
  return countryName(code);
}

customElements.define('meridian-insights', InsightsView);
