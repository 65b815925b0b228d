// The policyholder's pages: the browser's time zone for the loss time; on the status page, each chosen file uploaded as its own
// XMLHttpRequest with its own progress bar, then a reload to show the thumbnails.
(() => {
    'use strict';
    const $ = id => document.getElementById(id);
    const offset = $('timezone-offset');
    if (offset) offset.value = new Date().getTimezoneOffset();
    const form = $('photo-form');
    if (!form) return;
    const url = $('photos').dataset.upload;
    const el = (tag, text, className) => Object.assign(document.createElement(tag), { textContent: text || '', className: className || '' });

    const upload = (file, row) => new Promise(resolve => {
        const bar = Object.assign(document.createElement('progress'), { max: 100, value: 0, className: 'file-progress' });
        const state = el('span', 'waiting', 'muted');
        row.append(el('span', file.name + ' '), bar, ' ', state);
        const data = new FormData();
        data.append('category', $('photo-category').value);
        data.append('position', $('photo-position').value);
        data.append('files', file, file.name);
        const xhr = new XMLHttpRequest();
        xhr.upload.onprogress = ev => {
            if (!ev.lengthComputable) return;
            bar.value = Math.round(ev.loaded / ev.total * 100);
            state.textContent = `${bar.value}%`;
        };
        xhr.upload.onload = () => { bar.value = 100; state.textContent = 'checking…'; };
        xhr.onerror = () => { state.textContent = 'failed: check the connection and try again'; state.className = 'error'; resolve(false); };
        xhr.onload = () => {
            if (xhr.status === 201) { state.textContent = 'uploaded'; resolve(true); return; }
            let problem = null;
            try { problem = JSON.parse(xhr.responseText); } catch { problem = null; }
            const messages = Object.values((problem && problem.errors) || {}).flat();
            state.textContent = messages.length ? messages.join(' ') : (problem && (problem.detail || problem.title)) || `failed (${xhr.status})`;
            state.className = 'error';
            resolve(false);
        };
        xhr.open('POST', url);
        xhr.setRequestHeader('Accept', 'application/json');
        xhr.send(data);
    });

    form.addEventListener('submit', async e => {
        e.preventDefault();
        const files = [...$('photo-files').files];
        if (!files.length) return;
        $('photo-upload').disabled = true;
        const list = $('photo-progress');
        const rows = files.map(() => el('li', '', 'upload'));
        list.replaceChildren(...rows);
        const results = await Promise.all(files.map((f, i) => upload(f, rows[i])));
        $('photo-upload').disabled = false;
        // Reloaded only when all went in: a refused file's message stays on screen.
        if (results.every(ok => ok)) location.reload();
    });
})();
