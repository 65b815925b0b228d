// Sends the CSV as a text/csv body with XMLHttpRequest, whose upload events give the progress of a large file.
(() => {
    'use strict';
    const $ = id => document.getElementById(id);
    const form = $('import-form');
    if (!form) return;
    const show = (...nodes) => $('import-result').replaceChildren(...nodes);
    const el = (tag, text, className) => Object.assign(document.createElement(tag), { textContent: text, className: className || '' });

    form.addEventListener('submit', e => {
        e.preventDefault();
        const file = $('import-file').files[0];
        if (!file) return;
        const xhr = new XMLHttpRequest();
        const progress = $('import-progress');
        progress.hidden = false;
        progress.value = 0;
        show();
        xhr.upload.onprogress = ev => {
            if (!ev.lengthComputable) return;
            progress.value = Math.round(ev.loaded / ev.total * 100);
            $('import-state').textContent = `Uploading ${(ev.loaded / 1048576).toFixed(1)} of ${(ev.total / 1048576).toFixed(1)} MB`;
        };
        xhr.upload.onload = () => { progress.removeAttribute('value'); $('import-state').textContent = 'Checking and importing…'; };
        xhr.onerror = () => { $('import-state').textContent = ''; show(el('p', 'The upload failed; check the connection and try again.', 'error')); };
        xhr.onload = () => {
            progress.hidden = true;
            $('import-state').textContent = '';
            let body = null;
            try { body = JSON.parse(xhr.responseText); } catch { body = null; }
            if (xhr.status >= 200 && xhr.status < 300 && body) {
                show(el('p', `Imported ${body.imported.toLocaleString()} rows, replaced ${body.replaced.toLocaleString()}.`, 'card'),
                    ...body.scopes.map(s => el('div', `${s.version} · ${s.region}: ${s.rows.toLocaleString()} rows`, 'muted')));
                return;
            }
            const problem = body || { title: `The import failed (${xhr.status}).` };
            const lines = (problem.errors || []).slice(0, 50).map(l => el('li', `line ${l.line}: ${l.message}`));
            show(el('p', problem.detail || problem.title, 'error'), el('ul', '', ''), ...[]);
            $('import-result').lastChild.append(...lines);
        };
        xhr.open('POST', `/api/reference-data/${$('import-kind').value}`);
        xhr.setRequestHeader('Content-Type', 'text/csv');
        xhr.setRequestHeader('Accept', 'application/json');
        // The sign-in cookie alone does not authorise a write: the page's antiforgery token goes with it.
        xhr.setRequestHeader('RequestVerificationToken', document.querySelector('meta[name="request-verification-token"]').content);
        xhr.send(file);
    });
})();
