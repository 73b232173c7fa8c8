// The element HolidaysView names: this year's holidays in Uruguay, from the calendar's REST
// route. It builds its content with the workbench toolkit's h(), which puts every value in as
// text, so nothing from the server is ever read as markup.
import { api, h, errorBox, formatDate } from '/ui/meridian.js';

class UruguayHolidays extends HTMLElement {
  async connectedCallback() {
    const year = new Date().getFullYear();
    this.replaceChildren(h('p', { class: 'loading' }, 'Reading the holidays…'));
    try {
      const body = await api(`/api/v1/calendar/holidays?country=UY&year=${year}`);
      this.replaceChildren(h('section', { class: 'card' },
        h('h2', {}, `Holidays in Uruguay, ${year}`),
        h('ul', { class: 'list' }, body.holidays.map((holiday) => h('li', {},
          h('strong', {}, formatDate(holiday.date, true)), ` ${holiday.localName}, ${holiday.englishName}`,
          holiday.observedOn ? h('span', { class: 'muted' }, ` (kept on ${formatDate(holiday.observedOn, true)})`) : null)))));
    } catch (error) {
      this.replaceChildren(errorBox(error, 'The holidays could not be read'));
    }
  }
}

customElements.define('uruguay-holidays', UruguayHolidays);
