/*
 * Draws the staff dashboard's charts with Chart.js (served from our own origin). Each
 * canvas carries its data in data-chart, since the Content-Security-Policy allows no
 * inline script. The tables under the charts hold the same figures, so the page is
 * complete without this file.
 */
(function () {
  'use strict';
  if (typeof window.Chart !== 'function') return;
  // Distinguishable on white and for common colour-vision deficiencies.
  var COLORS = [
    '#8c1515',
    '#1a5fb4',
    '#c64600',
    '#26a269',
    '#613583',
    '#986a44',
    '#0e7c86',
    '#5e5c64',
    '#b5835a',
    '#e66100',
    '#3d3846',
    '#2ec27e',
    '#a51d2d',
    '#1c71d8',
  ];
  var FONT = 'system-ui, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif';
  window.Chart.defaults.font.family = FONT;
  window.Chart.defaults.color = '#1f2328';

  function config(spec) {
    var single = spec.datasets.length === 1;
    var doughnut = spec.type === 'doughnut';
    var datasets = spec.datasets.map(function (d, i) {
      return {
        label: d.label,
        data: d.data,
        backgroundColor: doughnut
          ? spec.labels.map(function (_, j) {
              return COLORS[j % COLORS.length];
            })
          : COLORS[i % COLORS.length],
        borderWidth: doughnut ? 1 : 0,
      };
    });
    var options = {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { display: doughnut || !single, position: doughnut ? 'right' : 'top' } },
    };
    if (!doughnut) {
      options.indexAxis = spec.horizontal ? 'y' : 'x';
      var value = { beginAtZero: true, ticks: { precision: 0 } };
      options.scales = spec.horizontal ? { x: value, y: { stacked: !!spec.stacked } } : { x: { stacked: !!spec.stacked }, y: value };
      if (spec.stacked) options.scales[spec.horizontal ? 'x' : 'y'].stacked = true;
    }
    return { type: spec.type, data: { labels: spec.labels, datasets: datasets }, options: options };
  }

  Array.prototype.forEach.call(document.querySelectorAll('canvas[data-chart]'), function (canvas) {
    var spec;
    try {
      spec = JSON.parse(canvas.getAttribute('data-chart'));
    } catch (e) {
      return; // the table below still shows the figures
    }
    var figure = canvas.closest('figure');
    if (figure) figure.hidden = false;
    new window.Chart(canvas, config(spec));
  });
})();
