// Wall-clock arithmetic the planner and the "Their time" panel share: dates and hours in a named
// zone, from the browser's own time-zone data (Intl), never from the reader's zone by accident.

const formats = new Map();

/** A cached Intl.DateTimeFormat; building one is slow and the grid asks for hundreds. */
export function format(locale, options) {
  const key = `${locale || ''}|${JSON.stringify(options)}`;
  if (!formats.has(key)) formats.set(key, new Intl.DateTimeFormat(locale, options));
  return formats.get(key);
}

/** Whether the browser knows the IANA zone. */
export function knownZone(zone) {
  if (!zone) return false;
  try {
    format('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Every IANA zone the browser knows, UTC included. */
export function allZones() {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes('UTC') ? zones : [...zones, 'UTC'];
}

/** The date in a zone at an instant (now by default), as 2026-06-09. */
export function dateIn(zone, at = new Date()) {
  // en-CA writes dates the ISO way
  return format('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** A zone's offset from UTC at an instant, in minutes (Tokyo +540). */
export function offsetMinutes(zone, at = new Date()) {
  const name = format('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  const m = name && /GMT([+-])(\d{1,2}):?(\d{2})?/.exec(name.value);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] || 0));
}

/** "UTC+09:00", "UTC−03:30", "UTC". */
export function offsetLabel(minutes) {
  if (minutes === 0) return 'UTC';
  const a = Math.abs(minutes);
  return `UTC${minutes < 0 ? '−' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/** How far a zone is from yours, in words: "7 h ahead", "5 h 30 min behind", "same time". */
export function difference(minutes) {
  if (minutes === 0) return 'same time as you';
  const a = Math.abs(minutes);
  const text = `${Math.floor(a / 60) ? `${Math.floor(a / 60)} h` : ''}${a % 60 ? ` ${a % 60} min` : ''}`.trim();
  return `${text} ${minutes > 0 ? 'ahead of you' : 'behind you'}`;
}

/** A day plus n days, as ISO dates. */
export function addDays(iso, n) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** Whole days from a to b (ISO dates). */
export function daysBetween(a, b) {
  const t = (iso) => { const [y, m, d] = iso.split('-').map(Number); return Date.UTC(y, m - 1, d); };
  return Math.round((t(b) - t(a)) / 86400000);
}

/** A wall-clock time as the server writes it ("2026-06-09T16:30") as a Date to format in UTC. */
export function wall(iso) {
  const [d, t = '00:00'] = iso.split('T');
  const [y, m, day] = d.split('-').map(Number);
  const [hh, mm] = t.split(':').map(Number);
  return new Date(Date.UTC(y, m - 1, day, hh, mm));
}

/** A wall-clock time in the reader's language: "16:30". */
export function wallTime(iso) {
  return format(undefined, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(wall(iso));
}

/** A wall-clock day in the reader's language: "Tue 9 Jun". */
export function wallDay(iso, withYear = false) {
  return format(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: withYear ? 'numeric' : undefined, timeZone: 'UTC' })
    .format(wall(iso));
}

/** A wall-clock day's weekday in the reader's language: "Tue". */
export function wallWeekday(iso) {
  return format(undefined, { weekday: 'short', timeZone: 'UTC' }).format(wall(iso));
}

/** An instant's time in a zone: "16:30". */
export function timeIn(zone, at) {
  return format(undefined, { hour: '2-digit', minute: '2-digit', timeZone: zone }).format(at);
}

/** An instant's day in a zone: "Tue 9 Jun" (with the year when asked). */
export function dayIn(zone, at, withYear = false) {
  return format(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: withYear ? 'numeric' : undefined, timeZone: zone })
    .format(at);
}

/** The city of a zone, for people: "Asia/Kolkata" → "Kolkata", "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export function city(zone) {
  return (zone || '').split('/').pop().replaceAll('_', ' ');
}

/** "09:00-17:00" or "Mon-Fri 09:00-17:00" → { start: '09:00', end: '17:00', days: 'Mon-Fri' }, or null. */
export function parseHours(text) {
  const m = /^\s*(?:([A-Za-z]{3}(?:-[A-Za-z]{3})?(?:,[A-Za-z]{3})*)\s+)?(\d{2}:\d{2})-(\d{2}:\d{2})\s*$/.exec(text || '');
  return m ? { days: m[1] || null, start: m[2], end: m[3] } : null;
}

/** "09:00" → minutes after midnight. */
export function minutesOf(hhmm) {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}
