// Draws the administrators' chart of daily visitors and article views from the canvas' data attributes.
(function () {
  var canvas = document.getElementById('portal-chart');
  if (!canvas || typeof Chart === 'undefined') { return; }
  var numbers = function (text) { return text ? text.split(',').map(Number) : []; };
  new Chart(canvas, {
    type: 'line',
    data: {
      labels: canvas.dataset.labels ? canvas.dataset.labels.split(',') : [],
      datasets: [
        { label: canvas.dataset.visitorsLabel, data: numbers(canvas.dataset.visitors), borderColor: '#0b6e4f', tension: 0.2 },
        { label: canvas.dataset.viewsLabel, data: numbers(canvas.dataset.views), borderColor: '#b35c00', tension: 0.2 }
      ]
    },
    options: { scales: { y: { beginAtZero: true } } }
  });
})();
