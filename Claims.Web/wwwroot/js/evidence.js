// Uploads the chosen files as one multipart request with XMLHttpRequest, whose upload events drive the progress bar; reloads to show them.
(() => {
    'use strict';
    const $ = id => document.getElementById(id);
    const form = $('evidence-form');
    if (!form) return;
    const claim = $('evidence').dataset.claim;
    const show = (...nodes) => $('evidence-result').replaceChildren(...nodes);
    const el = (tag, text, className) => Object.assign(document.createElement(tag), { textContent: text, className: className || '' });

    form.addEventListener('submit', e => {
        e.preventDefault();
        const files = $('evidence-files').files;
        if (!files.length) return;
        const data = new FormData();
        data.append('category', $('evidence-category').value);
        data.append('position', $('evidence-position').value);
        for (const f of files) data.append('files', f, f.name);
        const xhr = new XMLHttpRequest();
        const progress = $('evidence-progress');
        progress.hidden = false;
        progress.value = 0;
        show();
        xhr.upload.onprogress = ev => {
            if (!ev.lengthComputable) return;
            progress.value = Math.round(ev.loaded / ev.total * 100);
            $('evidence-state').textContent = `Uploading ${files.length} file(s): ${(ev.loaded / 1048576).toFixed(1)} of ${(ev.total / 1048576).toFixed(1)} MB`;
        };
        xhr.upload.onload = () => { progress.value = 100; $('evidence-state').textContent = 'Checking the files…'; };
        xhr.onerror = () => { $('evidence-state').textContent = ''; show(el('p', 'The upload failed; check the connection and try again.', 'error')); };
        xhr.onload = () => {
            let body = null;
            try { body = JSON.parse(xhr.responseText); } catch { body = null; }
            if (xhr.status === 201) {
                $('evidence-state').textContent = `Uploaded ${body.length} file(s).`;
                location.reload();
                return;
            }
            progress.hidden = true;
            $('evidence-state').textContent = '';
            const problem = body || { title: `The upload failed (${xhr.status}).` };
            const messages = Object.values(problem.errors || {}).flat();
            show(el('p', problem.detail || problem.title, 'error'), ...messages.map(m => el('div', m, 'error')));
        };
        xhr.open('POST', `/api/claims/${claim}/attachments`);
        xhr.setRequestHeader('Accept', 'application/json');
        // The sign-in cookie alone does not authorise a write: the page's antiforgery token goes with it.
        xhr.setRequestHeader('RequestVerificationToken', document.querySelector('meta[name="request-verification-token"]').content);
        xhr.send(data);
    });
})();
