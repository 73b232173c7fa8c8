// What more than one part of the Import view needs: how a run's state and a size read, and the
// four steps shown while the user goes through an import of the file they chose.
import { h } from '/ui/meridian.js';

/** The states in which a run may still change, so its page and the history keep asking. */
export const ACTIVE = new Set(['queued', 'running', 'interrupted']);

const STATES = {
  queued: ['badge info', 'Waiting to start'], running: ['badge info', 'Running'], interrupted: ['badge warn', 'Interrupted'],
  done: ['badge good', 'Done'], failed: ['badge bad', 'Failed'], cancelled: ['badge warn', 'Cancelled'], undone: ['badge', 'Undone'],
};

/** A size a person reads: 1.2 MB, 640 KB. */
export function formatBytes(bytes) {
  if (bytes == null) return '';
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) { value /= 1000; unit += 1; }
  return unit === 0 ? `${value} bytes` : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

export function plural(n, one, many = `${one}s`) {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

export function stateBadge(state) {
  const [cls, text] = STATES[state] || ['badge', state];
  return h('span', { class: cls, dataset: { state } }, text);
}

/** Where the user is in the four steps; shown while the steps concern the file they chose here. */
export function steps(current) {
  const names = ['Choose a file', 'Check the columns', 'Test run', 'Import'];
  return h('ol', { class: 'import-steps', 'aria-label': 'Steps of an import' }, names.map((name, i) => h('li', {
    class: i + 1 < current ? 'done' : null, 'aria-current': i + 1 === current ? 'step' : null,
  }, h('span', { class: 'import-step-number', 'aria-hidden': 'true' }, i + 1 < current ? '✓' : String(i + 1)),
  h('span', {}, name), i + 1 < current ? h('span', { class: 'visually-hidden' }, ' (done)') : null)));
}
