// Pictures for views: SVG built node by node (never from markup strings), coloured by classes
// of frame.css so they follow the theme, each with its figures as a table for screen readers
// and for anyone who would rather read than look.
import { h } from '/ui/meridian.js';

const SVG = 'svg:';
const WIDTH = 640;

function svg(height, label) {
  return h(`${SVG}svg`, { viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-label': label, preserveAspectRatio: 'xMidYMid meet' });
}

function text(x, y, value, attributes = {}) {
  return h(`${SVG}text`, { x, y, ...attributes }, value);
}

function dataTable(caption, head, rows) {
  return h('details', {}, h('summary', {}, 'Show the figures'),
    h('div', { class: 'table-wrap' }, h('table', { class: 'table' }, h('caption', { class: 'visually-hidden' }, caption),
      h('thead', {}, h('tr', {}, head.map((t, i) => h('th', { scope: 'col', class: i ? 'num' : null }, t)))),
      h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c, i) => (i ? h('td', { class: 'num' }, c) : h('th', { scope: 'row' }, c)))))))));
}

/**
 * A line over time. points: [{ x: label, y: number }]; bands: [{ from, to, className }] drawn
 * behind it (e.g. the health bands); yMax fixes the scale.
 */
export function lineChart({ title, summary, points, yMax, bands = [], formatX = (x) => x, formatY = (y) => String(y) }) {
  const height = 220;
  const left = 36;
  const right = 12;
  const top = 10;
  const bottom = 28;
  const plotW = WIDTH - left - right;
  const plotH = height - top - bottom;
  const max = yMax ?? Math.max(1, ...points.map((p) => p.y));
  const x = (i) => left + (points.length === 1 ? plotW / 2 : (i * plotW) / (points.length - 1));
  const y = (v) => top + plotH - (v / max) * plotH;
  const chart = svg(height, summary || title);
  for (const band of bands) {
    chart.append(h(`${SVG}rect`, { class: band.className, x: left, width: plotW, y: y(Math.min(band.to, max)), height: y(band.from) - y(Math.min(band.to, max)) }));
  }
  for (const tick of [0, max / 2, max]) {
    chart.append(h(`${SVG}line`, { class: 'gridline', x1: left, x2: WIDTH - right, y1: y(tick), y2: y(tick) }),
      text(left - 6, y(tick) + 4, formatY(Math.round(tick)), { 'text-anchor': 'end' }));
  }
  const every = Math.max(1, Math.ceil(points.length / 8));
  points.forEach((p, i) => {
    // The last point is labelled too, unless the previous label sits right next to it.
    const last = i === points.length - 1 && i % every >= every / 2;
    if (i % every === 0 || last) chart.append(text(x(i), height - 8, formatX(p.x), { 'text-anchor': 'middle' }));
  });
  if (points.length) {
    chart.append(h(`${SVG}polyline`, { class: 'line s0', points: points.map((p, i) => `${x(i).toFixed(1)},${y(p.y).toFixed(1)}`).join(' ') }));
    const last = points[points.length - 1];
    chart.append(h(`${SVG}circle`, { class: 'dot s0', cx: x(points.length - 1), cy: y(last.y), r: 4 }),
      text(x(points.length - 1) - 6, y(last.y) - 8, formatY(last.y), { class: 'value-label', 'text-anchor': 'end' }));
  }
  return h('figure', { class: 'chart' }, h('figcaption', {}, title), chart,
    dataTable(title, ['Date', 'Value'], points.map((p) => [formatX(p.x), formatY(p.y)])));
}

/**
 * Stacked columns: one column per category (e.g. month), one colour per series (e.g. country).
 * series: [{ name, values: [number per category], other }], at most eight; sum the rest into one
 * marked `other: true`, drawn in a quiet grey.
 */
export function stackedColumns({ title, summary, categories, series, formatCategory = (c) => c }) {
  const height = 240;
  const left = 36;
  const top = 10;
  const bottom = 28;
  const plotW = WIDTH - left - 12;
  const plotH = height - top - bottom;
  const totals = categories.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] || 0), 0));
  const max = Math.max(1, ...totals);
  const slot = plotW / Math.max(1, categories.length);
  const barW = Math.max(4, slot * 0.7);
  const chart = svg(height, summary || title);
  for (const tick of [0, Math.round(max / 2), max]) {
    const ty = top + plotH - (tick / max) * plotH;
    chart.append(h(`${SVG}line`, { class: 'gridline', x1: left, x2: WIDTH - 12, y1: ty, y2: ty }), text(left - 6, ty + 4, tick, { 'text-anchor': 'end' }));
  }
  categories.forEach((c, i) => {
    let base = top + plotH;
    const bx = left + i * slot + (slot - barW) / 2;
    series.forEach((s, k) => {
      const v = s.values[i] || 0;
      if (!v) return;
      const bh = (v / max) * plotH;
      base -= bh;
      chart.append(h(`${SVG}rect`, { class: s.other ? 'other' : `s${k % 8}`, x: bx.toFixed(1), y: base.toFixed(1), width: barW.toFixed(1), height: bh.toFixed(1) },
        h(`${SVG}title`, {}, `${s.name}, ${formatCategory(c)}: ${v}`)));
    });
    if (categories.length <= 12 || i % 2 === 0) chart.append(text(bx + barW / 2, height - 8, formatCategory(c), { 'text-anchor': 'middle' }));
  });
  return h('figure', { class: 'chart' }, h('figcaption', {}, title), chart, legend(series),
    dataTable(title, ['', ...series.map((s) => s.name), 'Total'],
      categories.map((c, i) => [formatCategory(c), ...series.map((s) => s.values[i] || 0), totals[i]])));
}

/**
 * Horizontal bars, largest first: items [{ label, value }]. Drawn with HTML rather than SVG so
 * the labels keep the text size in a narrow card; widths are set through the CSSOM, which the
 * page's style policy allows.
 */
export function barList({ title, summary, items, format = (v) => String(v) }) {
  const max = Math.max(1, ...items.map((i) => i.value));
  const rows = items.map((item, i) => {
    const bar = h('span', { class: `bar ${item.other ? 'other' : i === 0 ? 's0' : 's5'}` });
    bar.style.width = `${Math.max(1, (100 * item.value) / max)}%`;
    return h('div', { class: 'bar-row' }, h('span', { class: 'bar-label' }, item.label), h('span', { class: 'bar-track' }, bar),
      h('span', { class: 'bar-value' }, format(item.value)));
  });
  // One picture to assistive technology, summed up by its label; the table below holds the figures.
  return h('figure', { class: 'chart' }, h('figcaption', {}, title),
    h('div', { class: 'bar-list', role: 'img', 'aria-label': summary || title }, rows),
    dataTable(title, ['', 'Count'], items.map((i) => [i.label, format(i.value)])));
}

function legend(series) {
  return h('ul', { class: 'legend', 'aria-hidden': 'true' },
    series.map((s, k) => h('li', {}, h('span', { class: `swatch ${s.other ? 'other' : `s${k % 8}`}` }), s.name)));
}
