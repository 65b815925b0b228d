// Quotes the proposal form as it changes: POST /api/proposals/quote with the form as JSON, then shows premium and breakdown.
(function () {
  const form = document.getElementById('proposal-form');
  if (!form) return;
  const premium = document.getElementById('quote-premium');
  const status = document.getElementById('quote-status');
  const lines = document.querySelector('#quote-lines tbody');
  const issues = document.getElementById('quote-issues');
  let timer = null, sequence = 0;

  function set(target, path, value) {
    const keys = path.split('.');
    let node = target;
    for (let i = 0; i < keys.length - 1; i++) node = node[keys[i]] = node[keys[i]] || {};
    node[keys[keys.length - 1]] = value;
  }

  function body() {
    const json = { covers: [] };
    form.querySelectorAll('[data-json]').forEach(function (el) {
      const key = el.dataset.json;
      if (key === 'covers') { if (el.checked) json.covers.push(el.value); return; }
      let value = el.type === 'checkbox' ? el.checked : el.value.trim();
      if (value === '') value = null;
      else if (el.type === 'number') value = Number(value);
      set(json, key, value);
    });
    json.namedDrivers = json.driver && json.driver.name ? [json.driver] : [];
    delete json.driver;
    json.priorClaims = (json.priorClaims || '').split(',').map(function (s) { return s.trim(); }).filter(Boolean).map(function (s) {
      const p = s.split(':');
      return { date: p[0] || null, amount: p.length > 1 ? Number(p[1]) : null };
    });
    return json;
  }

  function money(n) { return Number(n).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }); }

  async function quote() {
    const mine = ++sequence;
    status.textContent = 'Rating…';
    try {
      const response = await fetch('/api/proposals/quote', {
        method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json',
          'RequestVerificationToken': document.querySelector('meta[name="request-verification-token"]').content },
        body: JSON.stringify(body())
      });
      const data = await response.json();
      if (mine !== sequence) return;
      lines.innerHTML = ''; issues.innerHTML = '';
      if (!response.ok) {
        premium.textContent = '—';
        const errors = data.errors ? Object.values(data.errors).flat() : [data.detail || data.title];
        status.textContent = 'Not yet rated: ' + errors.slice(0, 3).join(' ');
        return;
      }
      premium.textContent = money(data.premium);
      status.textContent = 'Tariff ' + data.tariffVersion + ', NCD ' + data.ncdStep +
        (data.reviewLevel ? ' · referred to ' + data.reviewLevel : ' · no underwriting issues');
      data.lines.forEach(function (l) {
        const tr = document.createElement('tr');
        [l.name, l.name.startsWith('Base rate') ? money(l.value) : '× ' + l.value, money(l.running)].forEach(function (t) {
          const td = document.createElement('td'); td.textContent = t; tr.appendChild(td);
        });
        lines.appendChild(tr);
      });
      data.issues.forEach(function (i) { const li = document.createElement('li'); li.textContent = i.kind + ': ' + i.description; issues.appendChild(li); });
    } catch (e) {
      if (mine === sequence) status.textContent = 'The quote is unavailable: ' + e.message;
    }
  }

  function schedule() { clearTimeout(timer); timer = setTimeout(quote, 300); }
  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  schedule();
})();
