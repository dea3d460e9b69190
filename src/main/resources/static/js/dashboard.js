// Dashboard charts: data comes from data-* attributes and /dashboard/trends (no inline script, CSP).
(function () {
  'use strict';
  const red = '#b3261e';

  function bar(canvas) {
    const d = JSON.parse(canvas.dataset.chart || '{}');
    if (!d.labels || d.labels.length === 0) { return; }
    new Chart(canvas, {
      type: 'bar',
      data: { labels: d.labels, datasets: [{ label: d.label, data: d.values, backgroundColor: red }] },
      options: { responsive: true, scales: { y: { min: 0, max: 100, ticks: { callback: v => v + '%' } } },
        plugins: { legend: { display: false } } }
    });
  }

  function doughnut(canvas) {
    const d = JSON.parse(canvas.dataset.chart || '{}');
    if (!d.labels) { return; }
    new Chart(canvas, {
      type: 'doughnut',
      data: { labels: d.labels, datasets: [{ data: d.values,
        backgroundColor: ['#f4a261', '#e76f51', '#b3261e', '#6d2e46'] }] },
      options: { responsive: true, plugins: { legend: { position: 'bottom' } } }
    });
  }

  function sparklines(data) {
    document.querySelectorAll('canvas.cbcs-spark').forEach(canvas => {
      const points = data[canvas.dataset.code] || [];
      new Chart(canvas, {
        type: 'line',
        data: { labels: points.map(p => p.asOf.substring(0, 4)),
          datasets: [{ data: points.map(p => p.value), borderColor: red, borderWidth: 2,
            pointRadius: 0, tension: 0.3, spanGaps: true }] },
        options: { responsive: true, animation: false,
          plugins: { legend: { display: false }, tooltip: { callbacks: { label: c => c.formattedValue + '%' } } },
          scales: { x: { display: false }, y: { display: false } } }
      });
      canvas.dataset.ready = 'true';
    });
  }

  document.addEventListener('DOMContentLoaded', () => {
    if (typeof Chart === 'undefined') { return; }
    const children = document.getElementById('chart-children');
    if (children) { bar(children); }
    const ages = document.getElementById('chart-ages');
    if (ages) { doughnut(ages); }
    const source = document.getElementById('trend-data');
    if (source) {
      fetch(source.dataset.src, { headers: { 'Accept': 'application/json' } })
        .then(r => r.ok ? r.json() : {})
        .then(sparklines)
        .catch(() => { /* sparklines are an aid; the values above stay */ });
    }
  });
}());
