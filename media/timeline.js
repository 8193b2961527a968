// The events timeline webview: tells the extension how wide it is (on load and on resize) and draws
// what it sends back; shows a hover card for each mark, asks the extension to open a mark's sentence on
// click (or Enter), and marks an edge with a fade and a count while events lie past it.
// No eval, no remote content; the page's CSP allows only this file.
(function () {
  const vscode = acquireVsCodeApi();
  const tooltip = document.getElementById('tooltip');
  const main = document.getElementById('timeline');
  const summary = document.getElementById('summary');
  const edges = { left: document.querySelector('.edge.left'), right: document.querySelector('.edge.right') };
  let reported = 0;
  let resizeTimer;

  function markOf(target) {
    return target instanceof Element ? target.closest('.mark') : null;
  }

  function show(mark, x, y) {
    tooltip.textContent = '';
    const title = document.createElement('strong');
    title.textContent = mark.dataset.label;
    const detail = document.createElement('span');
    detail.textContent = mark.dataset.detail;
    tooltip.append(title, detail);
    tooltip.hidden = false;
    const width = tooltip.offsetWidth;
    const height = tooltip.offsetHeight;
    tooltip.style.left = Math.max(8, Math.min(x + 14, window.innerWidth - width - 8)) + 'px';
    tooltip.style.top = (y + 14 + height > window.innerHeight ? y - height - 10 : y + 14) + 'px';
  }

  function reveal(mark) {
    document.querySelectorAll('.mark.active').forEach(m => m.classList.remove('active'));
    mark.classList.add('active');
    vscode.postMessage({ type: 'reveal', id: mark.dataset.id });
  }

  function plural(n, word) {
    return n + ' ' + word + (n === 1 ? '' : 's');
  }

  /** The fades at the edges that hide events, each with how many events lie past it. */
  function updateEdges() {
    const titles = main.querySelector('svg.lane-titles');
    const from = main.scrollLeft + (titles ? titles.width.baseVal.value : 0);
    const to = main.scrollLeft + main.clientWidth;
    let before = 0;
    let after = 0;
    main.querySelectorAll('svg.timeline .mark').forEach(mark => {
      const x = mark.transform.baseVal.consolidate()?.matrix.e ?? 0;
      if (x < from + 4) before += 1;
      else if (x > to - 4) after += 1;
    });
    const overflows = main.scrollWidth > main.clientWidth + 1;
    setEdge(
      edges.left,
      overflows && main.scrollLeft > 1,
      before,
      '← ' + plural(before, 'event'),
      titles ? titles.width.baseVal.value : 0,
    );
    setEdge(
      edges.right,
      overflows && main.scrollLeft + main.clientWidth < main.scrollWidth - 1,
      after,
      plural(after, 'more event') + ' →',
      null,
    );
  }

  function setEdge(edge, scrollable, count, label, offset) {
    edge.hidden = !scrollable;
    edge.textContent = '';
    if (count > 0) {
      const text = document.createElement('span');
      text.textContent = label;
      edge.append(text);
    }
    edge.title =
      count > 0
        ? label.replace(/[←→]/g, '').trim() + ' past this edge: scroll to see them'
        : 'The timeline goes on past this edge';
    if (offset !== null) edge.style.left = offset + 'px';
    edge.style.height = main.clientHeight + 'px';
  }

  function reportWidth(type) {
    const width = main.clientWidth;
    if (type === 'resize' && Math.abs(width - reported) < 4) return;
    reported = width;
    vscode.postMessage({ type, width });
  }

  window.addEventListener('message', event => {
    const message = event.data;
    if (!message || message.type !== 'draw') return;
    const scroll = main.scrollLeft;
    main.innerHTML = message.html;
    summary.textContent = message.summary;
    main.scrollLeft = scroll;
    updateEdges();
  });
  main.addEventListener('scroll', updateEdges, { passive: true });
  new ResizeObserver(() => {
    updateEdges();
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => reportWidth('resize'), 150);
  }).observe(main);
  for (const side of ['left', 'right']) {
    edges[side].addEventListener('click', () =>
      main.scrollBy({ left: (side === 'left' ? -0.8 : 0.8) * main.clientWidth, behavior: 'smooth' }),
    );
  }

  document.addEventListener('mousemove', event => {
    const mark = markOf(event.target);
    if (mark) show(mark, event.clientX, event.clientY);
    else tooltip.hidden = true;
  });
  document.addEventListener('focusin', event => {
    const mark = markOf(event.target);
    if (!mark) return;
    const box = mark.getBoundingClientRect();
    show(mark, box.right, box.bottom);
  });
  document.addEventListener('focusout', () => {
    tooltip.hidden = true;
  });
  document.addEventListener('click', event => {
    const mark = markOf(event.target);
    if (mark) reveal(mark);
  });
  document.addEventListener('keydown', event => {
    const mark = markOf(event.target);
    if (mark && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      reveal(mark);
    }
  });

  updateEdges();
  reportWidth('ready');
})();
