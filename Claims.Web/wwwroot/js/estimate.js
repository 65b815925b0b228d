// The estimate builder: edits the estimate in the request shape, prices it through the API on every change
// (POST …/estimate/preview, the server's domain code), saves with PUT and submits. No framework, no build step.
(() => {
    'use strict';
    const root = document.getElementById('estimate-builder');
    if (!root) return;
    const { claim, model, region, on, band } = root.dataset;
    const state = JSON.parse(document.getElementById('estimate-data').textContent);
    state.lines = state.lines || [];
    const $ = id => document.getElementById(id);
    const enc = encodeURIComponent;
    const money = v => (Number(v) || 0).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    let standards = [];
    let rates = [];
    let view = null;
    let previewTimer = 0;
    let searchTimer = 0;
    let sequence = 0;
    // The sign-in cookie alone does not authorise a write: the page's antiforgery token goes with it.
    const antiforgery = document.querySelector('meta[name="request-verification-token"]').content;

    async function api(method, url, body) {
        const response = await fetch(url, {
            method, credentials: 'same-origin',
            headers: body === undefined ? { Accept: 'application/json', RequestVerificationToken: antiforgery } : { 'Content-Type': 'application/json', Accept: 'application/json', RequestVerificationToken: antiforgery },
            body: body === undefined ? undefined : JSON.stringify(body),
        });
        const text = await response.text();
        let json = null;
        try { json = text ? JSON.parse(text) : null; } catch { json = { title: text }; }
        return { ok: response.ok, status: response.status, json };
    }

    function showErrors(problem) {
        const box = $('estimate-errors');
        if (!problem) { box.hidden = true; box.textContent = ''; return; }
        const messages = problem.errors ? Object.entries(problem.errors).map(([k, v]) => `${k}: ${v.join(' ')}`) : [problem.detail || problem.title || 'The request failed.'];
        box.replaceChildren(...messages.map(m => Object.assign(document.createElement('div'), { textContent: m })));
        box.hidden = false;
    }

    function el(tag, props, ...children) {
        const node = Object.assign(document.createElement(tag), props || {});
        node.append(...children.filter(c => c !== null && c !== undefined));
        return node;
    }

    // Parts: type-ahead on name or number, the four channel prices of the region; a price button adds the line.
    $('part-search').addEventListener('input', () => { clearTimeout(searchTimer); searchTimer = setTimeout(findParts, 200); });
    async function findParts() {
        const q = $('part-search').value.trim();
        const body = $('part-results').tBodies[0];
        if (q.length < 2) { body.replaceChildren(); return; }
        const r = await api('GET', `/api/parts?model=${enc(model)}&region=${enc(region)}&on=${enc(on)}&q=${enc(q)}&limit=25`);
        if (!r.ok) { showErrors(r.json); return; }
        body.replaceChildren(...r.json.parts.map(p => el('tr', { className: 'part-result' },
            el('td', { textContent: p.partName }), el('td', { textContent: p.partNumber }),
            ...[['FourS', p.prices.fourS], ['Oem', p.prices.oem], ['Aftermarket', p.prices.aftermarket], ['Used', p.prices.used]].map(([channel, price]) =>
                el('td', { className: 'num' }, price === null || price === undefined ? '—' :
                    el('button', { type: 'button', className: 'link add-part', textContent: money(price), title: `Add at the ${channel} price`,
                        onclick: () => addLine({ kind: 'Part', partNumber: p.partNumber, channel, quantity: 1, unitPrice: price, name: p.partName }) }))))));
    }

    // Labour and paint: positions and hours from the regional standard for the vehicle's price band.
    async function loadStandards() {
        const r = await api('GET', `/api/labour-standards?region=${enc(region)}&band=${enc(band)}&on=${enc(on)}`);
        if (!r.ok) { showErrors(r.json); return; }
        standards = r.json.standards;
        rates = r.json.hourlyRates;
        const positions = [...new Set(standards.map(s => s.position))].sort();
        $('labour-position').replaceChildren(...positions.map(p => el('option', { value: p, textContent: p })));
        showStandard();
    }
    const standardHours = (position, work) => (standards.find(s => s.position === position && s.workType === work) || {}).hours || 0;
    const rate = () => (rates.find(r => r.shopClass === state.shopClass) || {}).rate || 0;
    function showStandard() {
        const hours = standardHours($('labour-position').value, $('labour-work').value);
        $('labour-standard').textContent = hours > 0
            ? `Standard ${hours} h × ${money(rate())} = ${money(hours * rate())}` : 'No standard hours for this operation.';
    }
    $('labour-position').addEventListener('change', showStandard);
    $('labour-work').addEventListener('change', showStandard);
    $('add-labour').addEventListener('click', () => {
        const position = $('labour-position').value, workType = $('labour-work').value;
        const hours = standardHours(position, workType);
        addLine({ kind: 'Labour', position, workType, hours: hours > 0 ? hours : null });
    });
    $('add-paint').addEventListener('click', () => addLine({ kind: 'Paint', position: $('labour-position').value, panelPrice: null }));

    $('shop-class').value = state.shopClass || 'Class1';
    $('pearl-paint').checked = !!state.pearlPaint;
    $('salvage').value = state.salvage || 0;
    $('shop-class').addEventListener('change', () => { state.shopClass = $('shop-class').value; showStandard(); schedulePreview(); });
    $('pearl-paint').addEventListener('change', () => { state.pearlPaint = $('pearl-paint').checked; schedulePreview(); });
    $('salvage').addEventListener('input', () => { state.salvage = Number($('salvage').value) || 0; schedulePreview(); });

    function addLine(line) { state.lines.push(line); render(); schedulePreview(0); }

    function request() {
        return {
            shopClass: state.shopClass, pearlPaint: !!state.pearlPaint, salvage: Number(state.salvage) || 0,
            lines: state.lines.map(({ name, ...l }) => l),
        };
    }

    function numberInput(line, key, step) {
        return el('input', { type: 'number', step, min: 0, value: line[key] ?? '', className: `line-${key}`,
            oninput: e => { line[key] = e.target.value === '' ? null : Number(e.target.value); schedulePreview(); } });
    }

    function render() {
        const priced = view ? view.lines : [];
        const factor = view ? view.totals.paintFactor : 1;
        $('lines').tBodies[0].replaceChildren(...state.lines.map((line, i) => {
            const p = priced[i];
            const inputs = line.kind === 'Part' ? [numberInput(line, 'quantity', 1), numberInput(line, 'unitPrice', 0.01)]
                : line.kind === 'Labour' ? [numberInput(line, 'hours', 0.1)] : [numberInput(line, 'panelPrice', 0.01)];
            const amount = p ? (line.kind === 'Paint' ? `${money(p.amount)} → ${money(p.amount * factor)} (−${Math.round((1 - factor) * 100)}%)` : money(p.amount)) : '…';
            const flags = p ? [p.needsVerification ? 'price check' : '', p.replaceInstead ? 'replace instead of repair' : ''].filter(Boolean).join(', ') : '';
            return el('tr', { className: `line line-${line.kind.toLowerCase()}` + (p && p.needsVerification ? ' deviates' : '') },
                el('td', { textContent: line.kind === 'Part' ? `${(p && p.description) || line.name || ''} ${line.partNumber}` : line.kind }),
                el('td', { textContent: line.position || (p && p.position) || '' }),
                el('td', { textContent: line.channel || line.workType || 'Paint' }),
                el('td', { className: 'num' }, ...inputs),
                el('td', { className: 'num', textContent: p ? (p.reference === null ? 'none' : String(p.reference)) : '' }),
                el('td', { className: 'num line-amount', textContent: amount }),
                el('td', { textContent: flags }),
                el('td', {}, el('button', { type: 'button', className: 'link', textContent: 'Remove', onclick: () => { state.lines.splice(i, 1); render(); schedulePreview(0); } })));
        }));
        const t = view ? view.totals : null;
        const set = (id, v) => { $(id).textContent = money(v); };
        set('total-parts', t ? t.parts : 0); set('total-labour', t ? t.labour : 0);
        $('total-paint').textContent = t ? `${money(t.paint)} (${t.paintedPanels} panels × ${Number(t.paintFactor.toFixed(4))})` : '0.00';
        set('total-gross', t ? t.gross : 0); set('total-salvage', t ? t.salvage : 0); set('total-net', t ? t.net : 0);
        $('total-share').textContent = t ? `${money(t.share)} (${Math.round(t.shareRate * 100)}%)` : '0.00';
        set('total-excess', t ? t.excess : 0); set('total-payable', t ? t.payable : 0);
    }

    function schedulePreview(delay = 250) { clearTimeout(previewTimer); previewTimer = setTimeout(preview, delay); }

    async function preview() {
        const mine = ++sequence;
        if (state.lines.length === 0) { view = null; showErrors(null); render(); return; }
        const r = await api('POST', `/api/claims/${claim}/estimate/preview`, request());
        if (mine !== sequence) return;
        if (!r.ok) { showErrors(r.json); return; }
        showErrors(null);
        view = r.json;
        // Lines left blank take the standard the server priced them at.
        view.lines.forEach((p, i) => {
            const line = state.lines[i];
            if (!line) return;
            if (line.kind === 'Labour' && (line.hours === null || line.hours === undefined)) line.hours = p.hours;
            if (line.kind === 'Paint' && (line.panelPrice === null || line.panelPrice === undefined)) line.panelPrice = p.unitPrice;
            if (line.kind === 'Part' && (line.unitPrice === null || line.unitPrice === undefined)) line.unitPrice = p.unitPrice;
        });
        render();
        $('estimate-state').textContent = 'Totals up to date.';
    }

    async function save() {
        const r = await api('PUT', `/api/claims/${claim}/estimate`, request());
        if (!r.ok) { showErrors(r.json); return false; }
        showErrors(null);
        view = r.json;
        render();
        $('estimate-state').textContent = 'Saved.';
        return true;
    }

    $('save-estimate').addEventListener('click', save);
    $('submit-estimate').addEventListener('click', async () => {
        if (!(await save())) return;
        const r = await api('POST', `/api/claims/${claim}/estimate/submit`);
        if (!r.ok) { showErrors(r.json); return; }
        window.location.href = `/Claims/${claim}`;
    });

    render();
    loadStandards();
    if (state.lines.length > 0) schedulePreview(0);
})();
