// Review page: list/row editing, Ctrl+S, the draggable split, page image fit/zoom and switch, flags jumping to their
// field and zooming to their box.
(() => {
  'use strict';
  const form = document.getElementById('review-form');
  if (!form) return;

  // ---- lists and rows: add, remove, reorder; names are renumbered before submit ----
  const renumber = () => {
    document.querySelectorAll('.list-editor').forEach(editor => {
      const prefix = editor.dataset.list;
      editor.querySelectorAll('.items > .listed textarea').forEach((input, i) => { input.name = `${prefix}[${i}]`; });
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
      row.innerHTML = '<textarea class="line" rows="1"></textarea><button type="button" class="up" aria-label="Naikkan">↑</button><button type="button" class="down" aria-label="Turunkan">↓</button><button type="button" class="remove" aria-label="Hapus">✕</button>';
      if (editor.id === 'actors') row.querySelector('textarea').classList.add('actor-name');
      editor.querySelector('.items').append(row);
      row.querySelector('textarea').focus();
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

  // ---- single-line fields are textareas (long values wrap inside the column); Enter does not add a line ----
  form.addEventListener('keydown', e => {
    if (e.key === 'Enter' && e.target.matches('textarea.line')) e.preventDefault();
  });

  // ---- the split between page and form: dragged, or moved with the arrow keys; remembered ----
  const split = document.getElementById('review-split');
  const splitter = document.getElementById('splitter');
  const setSplit = px => {
    const width = split.getBoundingClientRect().width;
    const left = Math.max(260, Math.min(width - 420, px));
    split.style.gridTemplateColumns = `${left}px 8px minmax(0, 1fr)`;
    try { localStorage.setItem('sopingest.split', String(left / width)); } catch { /* private mode */ }
  };
  if (splitter && split) {
    const stored = Number(localStorage.getItem('sopingest.split'));
    if (stored > 0 && stored < 1) setSplit(stored * split.getBoundingClientRect().width);
    splitter.addEventListener('pointerdown', e => {
      e.preventDefault();
      splitter.setPointerCapture(e.pointerId);
      split.classList.add('dragging');
      const move = ev => setSplit(ev.clientX - split.getBoundingClientRect().left);
      const up = () => { split.classList.remove('dragging'); splitter.removeEventListener('pointermove', move); };
      splitter.addEventListener('pointermove', move);
      splitter.addEventListener('pointerup', up, { once: true });
      splitter.addEventListener('pointercancel', up, { once: true });
    });
    splitter.addEventListener('keydown', e => {
      const current = split.querySelector('.pane.image').getBoundingClientRect().width;
      if (e.key === 'ArrowLeft') { e.preventDefault(); setSplit(current - 40); }
      if (e.key === 'ArrowRight') { e.preventDefault(); setSplit(current + 40); }
    });
  }

  // ---- page image: fit to the pane, zoom, page switch, flag boxes ----
  const pane = document.querySelector('.pane.image');
  const tools = document.querySelector('.image-tools');
  const wrap = document.getElementById('page-wrap');
  const image = document.getElementById('page-image');
  const select = document.getElementById('page-select');
  const level = document.getElementById('zoom-level');
  const margin = 12; // the page's margin inside the pane, both sides together
  let mode = 'fit-width'; // 'fit-width', 'fit-page' or 'free'
  let scale = 1; // displayed pixels per page-image pixel
  let page = wrap ? Number(wrap.dataset.page || '1') : 1;
  const pages = wrap ? JSON.parse(wrap.dataset.pages || '{}') : {};
  const flags = [...document.querySelectorAll('a.flag')];
  const fitWidth = () => (pane.clientWidth - margin) / image.naturalWidth;
  const fitPage = () => Math.min(fitWidth(), (pane.clientHeight - tools.offsetHeight - margin) / image.naturalHeight);
  const applyZoom = () => {
    if (!wrap || !image.naturalWidth) return;
    if (mode === 'fit-width') scale = fitWidth();
    if (mode === 'fit-page') scale = fitPage();
    wrap.style.width = Math.round(image.naturalWidth * scale) + 'px';
    wrap.dataset.zoom = String(scale);
    if (level) level.textContent = Math.round(scale * 100) + ' %';
  };
  // a flag's box in page-image pixels: boxes are in their page's units (data-pages: the page's width and height in them),
  // so box * image width / page width; documents extracted before the geometry was stored carry one estimated factor
  const boxOf = flag => {
    const [x, y, w, h] = flag.dataset.box.split(',').map(Number);
    const size = pages[String(page)];
    const s = size ? image.naturalWidth / size[0] : parseFloat(wrap.dataset.scale || '1');
    return { x: x * s, y: y * s, w: w * s, h: h * s };
  };
  const drawBoxes = (active) => {
    if (!wrap || !image.naturalWidth) return;
    wrap.querySelectorAll('.hl').forEach(h => h.remove());
    flags.forEach(flag => {
      if (!flag.dataset.box || String(flag.dataset.page) !== String(page)) return;
      const b = boxOf(flag);
      const box = document.createElement('div');
      box.className = 'hl ' + [...flag.classList].filter(c => c === 'error' || c === 'warning' || c === 'info').join(' ');
      if (flag === active) box.classList.add('active');
      box.dataset.field = flag.dataset.field;
      box.style.left = (b.x / image.naturalWidth * 100) + '%';
      box.style.top = (b.y / image.naturalHeight * 100) + '%';
      box.style.width = (b.w / image.naturalWidth * 100) + '%';
      box.style.height = (b.h / image.naturalHeight * 100) + '%';
      wrap.append(box);
    });
  };
  // zoom so the box is large enough to read (about half the pane wide), at least fit-width, and scroll it to the middle
  const zoomTo = flag => {
    const b = boxOf(flag);
    const room = { w: pane.clientWidth, h: pane.clientHeight - tools.offsetHeight };
    const wanted = Math.min(room.w * 0.55 / Math.max(b.w, 1), room.h * 0.4 / Math.max(b.h, 1));
    mode = 'free';
    scale = Math.max(fitWidth(), Math.min(4, wanted));
    applyZoom();
    const left = wrap.offsetLeft + (b.x + b.w / 2) * scale - room.w / 2;
    const top = wrap.offsetTop - tools.offsetHeight + (b.y + b.h / 2) * scale - room.h / 2;
    pane.scrollTo({ left: Math.max(0, left), top: Math.max(0, top), behavior: 'instant' });
  };
  const showPage = (n, active, then) => {
    if (!wrap) return;
    if (String(n) !== String(page)) {
      page = n;
      image.addEventListener('load', () => { applyZoom(); drawBoxes(active); then?.(); }, { once: true });
      image.src = wrap.dataset.src + n;
      if (select) select.value = n;
    } else {
      drawBoxes(active);
      then?.();
    }
  };
  document.querySelectorAll('[data-zoom]').forEach(b => b.addEventListener('click', () => {
    const z = b.dataset.zoom;
    if (z === 'fit-width' || z === 'fit-page') mode = z;
    else if (z === 'actual') { mode = 'free'; scale = 1; }
    else { mode = 'free'; scale = Math.min(4, Math.max(0.1, scale * (Number(z) > 0 ? 1.25 : 0.8))); }
    applyZoom();
  }));
  if (select) select.addEventListener('change', () => showPage(select.value));
  if (image) {
    const ready = () => { applyZoom(); drawBoxes(); wrap.dataset.ready = '1'; };
    if (image.complete && image.naturalWidth) ready(); else image.addEventListener('load', ready, { once: true });
    new ResizeObserver(() => { if (mode !== 'free') applyZoom(); }).observe(pane);
  }

  // ---- a flag jumps to its field, and to its box on the page, zoomed in ----
  const fieldFor = path => {
    let target = document.querySelector(`[data-field="${CSS.escape(path)}"]:not(a):not(.hl)`);
    let p = path;
    while (!target && p.includes('.')) { p = p.substring(0, p.lastIndexOf('.')); target = document.querySelector(`[data-field="${CSS.escape(p)}"]:not(a):not(.hl)`); }
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
    if (flag.dataset.page && wrap) {
      showPage(flag.dataset.page, flag, () => { if (flag.dataset.box) zoomTo(flag); wrap.dataset.zoomed = flag.dataset.field; });
    }
  }));

  // ---- publish dialog ----
  const dialog = document.getElementById('publish-dialog');
  document.getElementById('publish-open')?.addEventListener('click', () => dialog.showModal());
  document.getElementById('publish-cancel')?.addEventListener('click', () => dialog.close());
})();
