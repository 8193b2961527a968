// The events timeline webview: a hover card for each mark, and a click (or Enter) that asks the
// extension to open the event's sentence. No eval, no remote content; the page's CSP allows only this file.
(function () {
  const vscode = acquireVsCodeApi();
  const tooltip = document.getElementById('tooltip');

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
    tooltip.style.left = Math.min(x + 14, window.innerWidth - width - 8) + 'px';
    tooltip.style.top = (y + 14 + height > window.innerHeight ? y - height - 10 : y + 14) + 'px';
  }

  function reveal(mark) {
    document.querySelectorAll('.mark.active').forEach(m => m.classList.remove('active'));
    mark.classList.add('active');
    vscode.postMessage({ type: 'reveal', id: mark.dataset.id });
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
  document.addEventListener('focusout', () => { tooltip.hidden = true; });
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
})();
