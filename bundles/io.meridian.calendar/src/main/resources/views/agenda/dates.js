// Dates on the agenda. Calendar days are compared as text (2026-11-24), which sorts as time does;
// they are shown in the reader's language, and clock times on the clock of the zone they belong to.

function utc(day) {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

export function addDays(day, n) {
  return new Date(utc(day) + n * 86400000).toISOString().slice(0, 10);
}

export function daysBetween(a, b) {
  return Math.round((utc(b) - utc(a)) / 86400000);
}

export function laterOf(a, b) {
  return a > b ? a : b;
}

/** The user's today, as the agenda counted it (its first day is today in their zone). */
export function todayOf(agenda) {
  return agenda.from;
}

const formats = new Map();
export function format(options) {
  const key = JSON.stringify(options);
  if (!formats.has(key)) formats.set(key, new Intl.DateTimeFormat(undefined, options));
  return formats.get(key);
}

export function dayTitle(day, today) {
  if (day === today) return 'Today';
  if (day === addDays(today, 1)) return 'Tomorrow';
  return format({ weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(utc(day)));
}

export function longDate(day) {
  return format({ weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(utc(day)));
}

export function shortDate(day) {
  return format({ day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(utc(day)));
}

/** A window on the clock of a zone (09:00–11:00); the server's own text if the browser does not know the zone. */
export function clockWindow(start, end, zone) {
  try {
    const f = format({ hour: 'numeric', minute: '2-digit', timeZone: zone });
    const [from, to] = [new Date(start), new Date(end)];
    // formatRange adds both dates to a window that crosses midnight; the day is shown beside it already.
    return f.formatRange && dayIn(start, zone) === dayIn(end, zone) ? f.formatRange(from, to) : `${f.format(from)} – ${f.format(to)}`;
  } catch {
    return `${start.slice(11, 16)}–${end.slice(11, 16)}`;
  }
}

export function dayIn(instant, zone) {
  try {
    return format({ weekday: 'short', day: 'numeric', month: 'short', timeZone: zone }).format(new Date(instant));
  } catch {
    return longDate(instant.slice(0, 10));
  }
}

export function city(zone) {
  const last = zone.split('/').pop();
  return last.replaceAll('_', ' ');
}
