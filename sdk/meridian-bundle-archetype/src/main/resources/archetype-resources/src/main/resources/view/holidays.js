// The element HolidaysView names: this year's holidays in Uruguay, from the calendar's REST
// route. Text goes in with textContent, so nothing from the server is read as markup.
class UruguayHolidays extends HTMLElement {
  async connectedCallback() {
    const year = new Date().getFullYear();
    const list = document.createElement('ul');
    this.replaceChildren(list);
    const response = await fetch(`/api/v1/calendar/holidays?country=UY&year=${year}`, { credentials: 'same-origin' });
    if (!response.ok) {
      this.textContent = `The holidays could not be read (${response.status}).`;
      return;
    }
    const body = await response.json();
    for (const h of body.holidays) {
      const item = document.createElement('li');
      const kept = h.observedOn ? ` (kept on ${h.observedOn})` : '';
      item.textContent = `${h.date} ${h.localName}, ${h.englishName}${kept}`;
      list.append(item);
    }
  }
}

customElements.define('uruguay-holidays', UruguayHolidays);
