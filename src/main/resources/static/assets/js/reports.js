// Draws the dashboard's charts from the data-* attributes of each <canvas data-chart>: the page carries its data,
// and no script is inline (the content security policy allows only the platform's own files).
(function () {
    'use strict';

    function read(canvas, name) {
        try {
            return JSON.parse(canvas.getAttribute('data-' + name) || '[]');
        } catch (e) {
            return [];
        }
    }

    function draw(canvas) {
        var horizontal = canvas.getAttribute('data-horizontal') === 'true';
        var max = canvas.getAttribute('data-max');
        var valueAxis = { beginAtZero: true, ticks: { precision: 0 } };
        if (max) {
            valueAxis.max = Number(max);
        }
        new Chart(canvas, {
            type: canvas.getAttribute('data-chart') || 'bar',
            data: {
                labels: read(canvas, 'labels'),
                datasets: [{
                    label: canvas.getAttribute('data-label') || '',
                    data: read(canvas, 'values'),
                    backgroundColor: 'rgba(1, 114, 173, 0.6)',
                    borderColor: 'rgb(1, 114, 173)',
                    borderWidth: 1
                }]
            },
            options: {
                indexAxis: horizontal ? 'y' : 'x',
                responsive: true,
                plugins: { legend: { display: false } },
                scales: horizontal ? { x: valueAxis } : { y: valueAxis }
            }
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        if (typeof window.Chart === 'undefined') {
            return;
        }
        document.querySelectorAll('canvas[data-chart]').forEach(draw);
    });
})();
