// Inbox: drag-and-drop upload (one request per file, so each has its own progress), live status while jobs run,
// and the selection for the bulk actions (kept across those live refreshes).
(() => {
  'use strict';
  const rows = document.getElementById('rows');
  const zone = document.getElementById('dropzone');
  const all = document.getElementById('select-all');
  const count = document.getElementById('selected-count');
  let pending = 0;

  const boxes = () => [...rows.querySelectorAll('input[name=ids]')];
  const showCount = () => {
    const picked = boxes().filter(b => b.checked).length;
    if (count) count.textContent = picked + ' dipilih';
    if (all) all.checked = picked > 0 && picked === boxes().length;
  };
  rows.addEventListener('change', e => { if (e.target.name === 'ids') showCount(); });
  all?.addEventListener('change', () => { boxes().forEach(b => { b.checked = all.checked; }); showCount(); });
  document.getElementById('bulk-form')?.addEventListener('submit', e => {
    if (!boxes().some(b => b.checked)) { e.preventDefault(); if (count) count.textContent = 'pilih dokumen dulu'; }
  });

  const refresh = async () => {
    const url = new URL(location.href);
    url.searchParams.set('rows', 'true');
    const response = await fetch(url, { headers: { 'Accept': 'text/html' } });
    if (response.ok) {
      const picked = new Set(boxes().filter(b => b.checked).map(b => b.value));
      rows.innerHTML = await response.text(); // server-rendered and encoded by Razor
      boxes().forEach(b => { b.checked = picked.has(b.value); });
      showCount();
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
