// Countries compared: two to four chosen (the reader's home country first by default), each
// scale with every country placed on it, the largest differences first, and the brief points
// the profiles support. The choice lives in the address: #/kb/compare?countries=DE,JP.
import { api, h, icon, errorBox, emptyState, countryName, navigate, profile } from '/ui/meridian.js';
import {
  SCALES, arrive, breadcrumb, distinctSources, scaleTitle, scaleTrack, sourceList, withoutScaleName,
} from './shared.js';

const MAX = 4;

export class ComparePage {
  constructor() {
    this.heading = h('h2', { tabindex: '-1', class: 'kb-page-title' }, 'Compare countries');
    this.picker = h('div', { class: 'kb-picker' });
    this.result = h('div', { class: 'kb-compare-result', 'aria-live': 'polite' });
    this.element = h('div', { class: 'kb-compare' },
      breadcrumb(['Knowledge base', '#/kb'], 'Compare'),
      this.heading,
      h('p', { class: 'muted kb-lede' }, 'Where the profiles place each country on the culture scales, with the widest gaps first: '
        + 'those are the habits most likely to surprise one side.'),
      this.picker, this.result);
    this.first = true;
  }

  destroy() {
    if (this.request) this.request.abort();
  }

  async update({ query }) {
    if (!this.countries) {
      try {
        this.countries = (await api('/api/v1/kb/countries')).countries;
      } catch (e) {
        this.result.replaceChildren(errorBox(e, 'The countries could not be read'));
        return;
      }
    }
    const known = new Set(this.countries.map((c) => c.countryCode));
    const asked = (query.get('countries') || '').split(',').map((c) => c.trim().toUpperCase()).filter(Boolean);
    const home = profile().homeCountry;
    let chosen = [...new Set(asked)].filter((c) => known.has(c)).slice(0, MAX);
    if (!query.has('countries') && home && known.has(home)) chosen = [home];
    const unknown = asked.filter((c) => !known.has(c));
    this.chosen = chosen;
    this.renderPicker(chosen, unknown);
    if (this.first) {
      this.first = false;
      document.title = 'Compare countries · Knowledge base · Meridian';
      arrive(this.heading);
    }
    if (chosen.length < 2) {
      this.result.replaceChildren(emptyState(chosen.length ? `Add a country to compare with ${countryName(chosen[0])}`
        : 'Choose two to four countries', 'Each scale then shows where every country sits, and the brief lists the largest differences.'));
      return;
    }
    this.compare(chosen);
  }

  go(codes) {
    navigate(`#/kb/compare?countries=${codes.join(',')}`);
  }

  renderPicker(chosen, unknown) {
    const home = profile().homeCountry;
    const options = this.countries.filter((c) => !chosen.includes(c.countryCode));
    const select = h('select', { id: 'kb-compare-add', disabled: chosen.length >= MAX,
      onchange: () => { if (select.value) this.go([...chosen, select.value]); } },
    h('option', { value: '' }, chosen.length >= MAX ? `At most ${MAX} countries` : 'Add a country…'),
    options.map((c) => h('option', { value: c.countryCode }, c.name)));
    this.picker.replaceChildren(...[
      h('div', { class: 'kb-picker-row' },
        h('ul', { class: 'chips kb-chosen', 'aria-label': 'Countries compared' }, chosen.map((code, i) => h('li', {},
          h('span', { class: 'chip kb-chosen-chip' }, h('span', { class: `swatch s${i}`, 'aria-hidden': 'true' }), countryName(code),
            code === home ? h('span', { class: 'small muted' }, '(home)') : null,
            h('button', { type: 'button', class: 'kb-chip-remove', 'aria-label': `Remove ${countryName(code)}`,
              onclick: () => this.go(chosen.filter((c) => c !== code)) }, icon('close')))))),
        h('div', { class: 'field kb-picker-add' }, h('label', { for: 'kb-compare-add', class: 'visually-hidden' }, 'Add a country to the comparison'), select)),
      unknown.length ? h('p', { class: 'alert warn', role: 'alert' },
        `${unknown.join(', ')} ${unknown.length === 1 ? 'has' : 'have'} no profile installed and ${unknown.length === 1 ? 'is' : 'are'} left out.`) : null,
    ].filter(Boolean));
  }

  async compare(codes) {
    if (this.request) this.request.abort();
    const request = new AbortController();
    this.request = request;
    this.result.setAttribute('aria-busy', 'true');
    let c;
    try {
      c = await api(`/api/v1/kb/compare?countries=${codes.join(',')}`, { signal: request.signal });
    } catch (e) {
      if (e.name !== 'AbortError') this.result.replaceChildren(errorBox(e, 'The comparison failed'));
      return;
    } finally {
      if (this.request === request) this.result.setAttribute('aria-busy', 'false');
    }
    if (request.signal.aborted) return;
    this.render(c);
  }

  render(c) {
    const series = new Map(c.countries.map((x, i) => [x.countryCode, i]));
    const names = new Map(c.countries.map((x) => [x.countryCode, x.name]));
    const rows = [...c.scales].sort((a, b) => b.spread - a.spread);
    const points = new Map(c.brief.map((p) => [p.scale, p]));
    this.result.replaceChildren(...[
      c.brief.length ? h('section', { class: 'card kb-in-brief', 'aria-labelledby': 'kb-differences' },
        h('h3', { id: 'kb-differences' }, 'In brief'),
        h('ol', { class: 'kb-points' }, c.brief.slice(0, 4).map((p) => h('li', { class: 'kb-point' },
          h('span', { class: 'kb-point-scale' }, scaleTitle(p.scale)),
          h('span', { class: 'kb-point-summary' }, withoutScaleName(p.summary, p.scale))))))
        : h('div', { class: 'alert success' }, icon('check'), h('p', {}, 'These countries sit close together on every scale: no gap of 20 points or more.')),
      h('section', { class: 'card kb-compare-scales', 'aria-labelledby': 'kb-every-scale' },
        h('div', { class: 'kb-section-head' }, h('h3', { id: 'kb-every-scale' }, 'Every scale, the largest differences first'),
          h('div', { class: 'spacer' }),
          h('ul', { class: 'legend' }, c.countries.map((x, i) => h('li', {}, h('span', { class: `swatch s${i}` }), x.name)))),
        h('ol', { class: 'kb-scale-list' }, rows.map((row) => {
          const placed = Object.entries(row.positions);
          const markers = placed.map(([code, pos]) => ({ code, value: pos.value, series: series.get(code) }));
          const label = `${scaleTitle(row.scale)}, from ${row.low} (0) to ${row.high} (100): `
            + placed.map(([code, pos]) => `${names.get(code)} ${pos.value}`).join(', ');
          const point = points.get(row.scale);
          const sources = point ? distinctSources(point.sources) : [];
          return h('li', { class: 'kb-scale', dataset: { scale: row.scale } },
            h('div', { class: 'kb-scale-head' }, h('h4', {}, scaleTitle(row.scale)),
              SCALES[row.scale] ? h('span', { class: 'small muted' }, SCALES[row.scale]) : null, spreadBadge(row)),
            h('div', { class: 'kb-poles small muted', 'aria-hidden': 'true' }, h('span', {}, row.low), h('span', {}, row.high)),
            stagger(scaleTrack(markers, label)),
            placed.length ? h('details', { class: 'kb-cite small' }, h('summary', {}, 'What the profiles say'),
              h('dl', { class: 'kb-says' }, [...placed].sort((a, b) => b[1].value - a[1].value)
                .map(([code, pos]) => [h('dt', {}, `${names.get(code)}, ${pos.value}`), h('dd', {}, pos.note)])),
              sources.length ? sourceList(sources) : null) : null);
        }))),
      h('details', { class: 'card kb-table-card' }, h('summary', {}, 'The positions as a table'),
        h('div', { class: 'table-wrap' }, h('table', { class: 'table' },
          h('caption', { class: 'visually-hidden' }, 'Each country\'s position on each scale, 0 to 100'),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Scale'), c.countries.map((x) => h('th', { scope: 'col', class: 'num' }, x.name)),
            h('th', { scope: 'col', class: 'num' }, 'Apart'))),
          h('tbody', {}, rows.map((row) => h('tr', {}, h('th', { scope: 'row' }, scaleTitle(row.scale)),
            c.countries.map((x) => h('td', { class: 'num' }, row.positions[x.countryCode] ? String(row.positions[x.countryCode].value) : '—')),
            h('td', { class: 'num' }, String(row.spread)))))))),
    ]);
  }
}

function spreadBadge(row) {
  if (!row) return null;
  const kind = row.spread >= 40 ? 'bad' : row.spread >= 20 ? 'warn' : 'good';
  return h('span', { class: `badge ${kind} kb-spread` }, `${row.spread} points apart`);
}

/** Markers close together get their labels on alternate rows, so that no two labels overlap. */
function stagger(track) {
  const markers = [...track.querySelectorAll('.kb-marker')].sort((a, b) => parseFloat(a.style.left) - parseFloat(b.style.left));
  let previous = null;
  let row = 0;
  let rows = 1;
  for (const m of markers) {
    const at = parseFloat(m.style.left);
    row = previous !== null && at - previous < 7 ? (row + 1) % 3 : 0;
    if (row) m.classList.add(`label-row-${row}`);
    rows = Math.max(rows, row + 1);
    previous = at;
  }
  track.classList.add(`label-rows-${rows}`);
  return track;
}
