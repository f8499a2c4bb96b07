// Inbox: drag-and-drop upload (one request per file, so each has its own progress) and live status while jobs run.
(() => {
  'use strict';
  const rows = document.getElementById('rows');
  const zone = document.getElementById('dropzone');
  let pending = 0;

  const refresh = async () => {
    const url = new URL(location.href);
    url.searchParams.set('rows', 'true');
    const response = await fetch(url, { headers: { 'Accept': 'text/html' } });
    if (response.ok) {
      rows.innerHTML = await response.text(); // server-rendered and encoded by Razor
      rows.dataset.busy = rows.querySelector('tr[data-status=queued], tr[data-status=processing]') ? '1' : '0';
    }
  };
  const poll = async () => {
    if (rows.dataset.busy === '1' || pending > 0) {
      try { await refresh(); } catch { /* the next tick tries again */ }
    }
    setTimeout(poll, 2000);
  };
  setTimeout(poll, 2000);

  if (!zone) return;
  const list = document.getElementById('uploads');
  const upload = file => {
    const item = document.createElement('li');
    const name = document.createElement('span');
    name.textContent = file.name + ' ';
    const bar = document.createElement('progress');
    bar.max = 100; bar.value = 0;
    const state = document.createElement('span');
    state.textContent = ' mengunggah…';
    item.append(name, bar, state);
    list.append(item);
    const data = new FormData();
    data.append('files', file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/documents');
    xhr.setRequestHeader('RequestVerificationToken', zone.dataset.token);
    xhr.upload.onprogress = e => { if (e.lengthComputable) bar.value = Math.round(e.loaded / e.total * 100); };
    pending++;
    xhr.onloadend = () => {
      pending--;
      bar.value = 100;
      if (xhr.status === 202) {
        const doc = JSON.parse(xhr.responseText).documents[0];
        state.textContent = doc.duplicate ? ' sudah ada (duplikat)' : ' diterima, menunggu ekstraksi';
      } else {
        let detail = xhr.statusText;
        try { detail = JSON.parse(xhr.responseText).detail || detail; } catch { }
        state.textContent = ' ditolak: ' + detail;
        item.classList.add('error');
      }
      rows.dataset.busy = '1';
      refresh();
    };
    xhr.send(data);
  };
  const take = files => [...files].forEach(upload);
  document.getElementById('file-input').addEventListener('change', e => { take(e.target.files); e.target.value = ''; });
  ['dragenter', 'dragover'].forEach(t => zone.addEventListener(t, e => { e.preventDefault(); zone.classList.add('over'); }));
  ['dragleave', 'drop'].forEach(t => zone.addEventListener(t, e => { e.preventDefault(); zone.classList.remove('over'); }));
  zone.addEventListener('drop', e => take(e.dataTransfer.files));
})();
