document.querySelectorAll('.tbl').forEach(function (box) {
  var table = box.querySelector('table'), body = table.tBodies[0];
  var all = Array.prototype.slice.call(body.rows), shown = all, page = 0;
  var size = parseInt(box.getAttribute('data-page') || '0', 10);
  var fmt = box.getAttribute('data-fmt'), pager = box.querySelector('.pager');
  var filter = box.querySelector('.filter');
  function draw() {
    var pages = size ? Math.max(1, Math.ceil(shown.length / size)) : 1;
    page = Math.min(Math.max(page, 0), pages - 1);
    all.forEach(function (r) { r.hidden = true; });
    shown.forEach(function (r, i) {
      r.hidden = false;
      r.classList.toggle('off', size > 0 && (i < page * size || i >= (page + 1) * size));
      body.appendChild(r);
    });
    if (pager) pager.querySelector('span').textContent =
      fmt.replace('{p}', page + 1).replace('{n}', pages).replace('{r}', shown.length);
  }
  if (filter) filter.addEventListener('input', function () {
    var q = filter.value.trim().toLowerCase();
    shown = all.filter(function (r) { return !q || r.textContent.toLowerCase().indexOf(q) >= 0; });
    page = 0; draw();
  });
  if (pager) pager.addEventListener('click', function (e) {
    var step = e.target.getAttribute && e.target.getAttribute('data-step');
    if (step) { page += parseInt(step, 10); draw(); }
  });
  if (table.classList.contains('sortable')) table.tHead.querySelectorAll('th').forEach(function (th, col) {
    th.addEventListener('click', function () {
      var asc = th.getAttribute('aria-sort') !== 'ascending';
      table.tHead.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
      function key(r) { var c = r.cells[col]; return c.hasAttribute('data-v') ? parseFloat(c.getAttribute('data-v')) : c.textContent; }
      var cmp = function (a, b) {
        var x = key(a), y = key(b);
        var d = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh');
        return asc ? d : -d;
      };
      all.sort(cmp); shown.sort(cmp); page = 0; draw();
    });
  });
  draw();
});
