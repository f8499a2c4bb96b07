// Review page: list/row editing, Ctrl+S, page image zoom and switch, flags jumping to their field and box.
(() => {
  'use strict';
  const form = document.getElementById('review-form');
  if (!form) return;

  // ---- lists and rows: add, remove, reorder; names are renumbered before submit ----
  const renumber = () => {
    document.querySelectorAll('.list-editor').forEach(editor => {
      const prefix = editor.dataset.list;
      editor.querySelectorAll('.items > .listed input').forEach((input, i) => { input.name = `${prefix}[${i}]`; });
    });
    document.querySelectorAll('#steps tbody.step').forEach((row, i) => {
      row.querySelectorAll('[name^="Form.Steps["]').forEach(el => {
        el.name = el.name.replace(/^Form\.Steps\[\d+\]/, `Form.Steps[${i}]`);
      });
    });
  };
  const move = (item, up) => {
    const sibling = up ? item.previousElementSibling : item.nextElementSibling;
    if (!sibling || sibling.tagName === 'TEMPLATE') return;
    if (up) sibling.before(item); else sibling.after(item);
  };
  form.addEventListener('click', e => {
    const button = e.target.closest('button');
    if (!button) return;
    const item = button.closest('.listed, tbody.step');
    if (button.classList.contains('up') && item) { move(item, true); button.focus(); }
    else if (button.classList.contains('down') && item) { move(item, false); button.focus(); }
    else if (button.classList.contains('remove') && item) { item.remove(); }
    else if (button.classList.contains('add')) {
      const editor = button.closest('.list-editor');
      const row = document.createElement('div');
      row.className = 'listed';
      row.innerHTML = '<input><button type="button" class="up" aria-label="Naikkan">↑</button><button type="button" class="down" aria-label="Turunkan">↓</button><button type="button" class="remove" aria-label="Hapus">✕</button>';
      if (editor.id === 'actors') row.querySelector('input').classList.add('actor-name');
      editor.querySelector('.items').append(row);
      row.querySelector('input').focus();
    }
    else if (button.id === 'add-step') {
      const row = document.getElementById('step-template').content.firstElementChild.cloneNode(true);
      document.getElementById('steps').append(row);
      row.querySelector('textarea').focus();
    }
    else return;
    renumber();
  });
  form.addEventListener('submit', renumber);

  // renaming an actor renames its checkboxes, so step assignments follow the name
  form.addEventListener('focusin', e => { if (e.target.classList.contains('actor-name')) e.target.dataset.before = e.target.value; });
  form.addEventListener('change', e => {
    const input = e.target;
    if (!input.classList.contains('actor-name')) return;
    const before = input.dataset.before;
    if (!before || before === input.value) return;
    document.querySelectorAll('#steps input[type=checkbox]').forEach(box => {
      if (box.value === before) { box.value = input.value; box.parentElement.lastChild.textContent = ' ' + input.value; }
    });
    input.dataset.before = input.value;
  });

  // ---- Ctrl+S saves ----
  document.addEventListener('keydown', e => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault();
      const save = document.getElementById('save');
      if (save) form.requestSubmit(save);
    }
  });

  // ---- page image: zoom, page switch, flag boxes ----
  const wrap = document.getElementById('page-wrap');
  const image = document.getElementById('page-image');
  const select = document.getElementById('page-select');
  let zoom = 1;
  let page = 1;
  const flags = [...document.querySelectorAll('a.flag')];
  const drawBoxes = (active) => {
    if (!wrap || !image.naturalWidth) return;
    wrap.querySelectorAll('.hl').forEach(h => h.remove());
    const scale = parseFloat(wrap.dataset.scale || '1');
    flags.forEach(flag => {
      if (!flag.dataset.box || String(flag.dataset.page) !== String(page)) return;
      const [x, y, w, h] = flag.dataset.box.split(',').map(Number);
      const box = document.createElement('div');
      box.className = 'hl ' + [...flag.classList].filter(c => c === 'error' || c === 'warning' || c === 'info').join(' ');
      if (flag === active) box.classList.add('active');
      box.style.left = (x * scale / image.naturalWidth * 100) + '%';
      box.style.top = (y * scale / image.naturalHeight * 100) + '%';
      box.style.width = (w * scale / image.naturalWidth * 100) + '%';
      box.style.height = (h * scale / image.naturalHeight * 100) + '%';
      wrap.append(box);
    });
  };
  const showPage = (n, active) => {
    if (!wrap) return;
    if (String(n) !== String(page)) {
      page = n;
      image.src = wrap.dataset.src + n;
      if (select) select.value = n;
      image.addEventListener('load', () => drawBoxes(active), { once: true });
    } else {
      drawBoxes(active);
    }
  };
  const applyZoom = () => { if (wrap) wrap.style.width = (zoom * 100 - 2) + '%'; };
  document.querySelectorAll('[data-zoom]').forEach(b => b.addEventListener('click', () => {
    const step = Number(b.dataset.zoom);
    zoom = step === 0 ? 1 : Math.min(4, Math.max(0.5, zoom + step * 0.25));
    applyZoom();
  }));
  if (select) select.addEventListener('change', () => showPage(select.value));
  if (image) { if (image.complete) drawBoxes(); else image.addEventListener('load', () => drawBoxes(), { once: true }); }
  applyZoom();

  // ---- a flag jumps to its field and its box ----
  const fieldFor = path => {
    let target = document.querySelector(`[data-field="${CSS.escape(path)}"]:not(a)`);
    let p = path;
    while (!target && p.includes('.')) { p = p.substring(0, p.lastIndexOf('.')); target = document.querySelector(`[data-field="${CSS.escape(p)}"]:not(a)`); }
    return target;
  };
  flags.forEach(flag => flag.addEventListener('click', e => {
    e.preventDefault();
    const target = fieldFor(flag.dataset.field);
    if (target) {
      target.scrollIntoView({ block: 'center' });
      const focusable = target.matches('input, textarea, select') ? target : target.querySelector('input, textarea, select');
      if (focusable) focusable.focus({ preventScroll: true });
      target.classList.remove('jump-target'); void target.offsetWidth; target.classList.add('jump-target');
    }
    if (flag.dataset.page) showPage(flag.dataset.page, flag);
    if (flag.dataset.box) setTimeout(() => wrap?.querySelector('.hl.active')?.scrollIntoView({ block: 'center', inline: 'center' }), 50);
  }));

  // ---- publish dialog ----
  const dialog = document.getElementById('publish-dialog');
  document.getElementById('publish-open')?.addEventListener('click', () => dialog.showModal());
  document.getElementById('publish-cancel')?.addEventListener('click', () => dialog.close());
})();
