/**
 * The review page's own script (the only one it runs; its CSP admits no other): choosing a row
 * highlights and scrolls to its source lines, choosing a source line marks the rows taken from it,
 * the task filters and sort. Rows carry their lines in data-line/data-end, tasks their lead
 * bodies (data-lead, one per line) and due date (data-due, ISO).
 */
export const CLIENT_SCRIPT = `(() => {
  const $ = (s, root = document) => Array.from(root.querySelectorAll(s));
  const lines = new Map($('ol.lines li[data-n]').map((li) => [Number(li.dataset.n), li]));
  const rows = $('tr[data-line]');
  const note = document.querySelector('.line-note');
  const clear = (cls) => $('.' + cls).forEach((el) => el.classList.remove(cls));

  function chooseRow(row) {
    clear('chosen'); clear('hit'); clear('from-line');
    row.classList.add('chosen');
    const from = Number(row.dataset.line), to = Number(row.dataset.end || from);
    for (let n = from; n <= to; n++) lines.get(n)?.classList.add('hit');
    lines.get(from)?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }

  function chooseLine(n) {
    clear('chosen'); clear('hit'); clear('from-line');
    lines.get(n)?.classList.add('hit');
    const taken = rows.filter((r) => Number(r.dataset.line) <= n && n <= Number(r.dataset.end || r.dataset.line));
    taken.forEach((r) => r.classList.add('from-line'));
    if (note) note.textContent = note.dataset.line + ' ' + n + ': ' + (taken.length ? taken.map((r) => r.dataset.what).join(', ') : note.dataset.nothing);
    const first = taken.find((r) => !r.hidden);
    first?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }

  for (const row of rows) {
    row.addEventListener('click', () => chooseRow(row));
    row.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); chooseRow(row); } });
  }
  document.querySelector('ol.lines')?.addEventListener('click', (e) => {
    const li = e.target.closest && e.target.closest('li[data-n]');
    if (li) chooseLine(Number(li.dataset.n));
  });

  const body = document.querySelector('#tasks tbody');
  const lead = document.getElementById('filter-lead');
  const due = document.getElementById('filter-due');
  const sort = document.getElementById('sort');
  const shown = document.getElementById('shown');
  if (!body || !lead || !due || !sort) return;
  const tasks = $('tr', body);
  const quarter = (iso) => iso.length >= 7 ? iso.slice(0, 4) + '-Q' + Math.ceil(Number(iso.slice(5, 7)) / 3) : '';
  function matchesDue(iso, want) {
    if (!want) return true;
    if (want === 'none') return iso === '';
    if (want.startsWith('m:')) return iso.startsWith(want.slice(2)) && iso.length >= 7;
    return quarter(iso) === want.slice(2);
  }
  function apply() {
    let n = 0;
    for (const row of tasks) {
      const ok = (!lead.value || row.dataset.lead.split('\\n').includes(lead.value)) && matchesDue(row.dataset.due, due.value);
      row.hidden = !ok;
      if (ok) n++;
    }
    if (shown) shown.textContent = String(n);
    const order = sort.value;
    const key = (r) => r.dataset.due || (order === 'desc' ? '' : '\\uffff');
    const sorted = tasks.slice().sort((a, b) => {
      if (order !== 'order') {
        const ka = key(a), kb = key(b);
        if (ka !== kb) return (ka < kb ? -1 : 1) * (order === 'desc' ? -1 : 1);
      }
      return Number(a.dataset.order) - Number(b.dataset.order);
    });
    body.append(...sorted);
  }
  // The page opens unfiltered in document order, as written: nothing to apply until a control changes.
  for (const control of [lead, due, sort]) control.addEventListener('change', apply);
})();`;
