// The project board: cards dragged between and within columns (SortableJS), each drop sent to the server; and the
// task dialog that htmx fills. No inline script: the content security policy allows only the platform's own files.
(function () {
    'use strict';

    function csrfHeaders() {
        try {
            return JSON.parse(document.body.getAttribute('hx-headers') || '{}');
        } catch (e) {
            return {};
        }
    }

    function updateCounts(board) {
        board.querySelectorAll('.board-column').forEach(function (column) {
            var count = column.querySelector('.board-count');
            if (count) {
                count.textContent = column.querySelectorAll('.board-card').length;
            }
        });
    }

    function moved(board, event) {
        var item = event.item;
        var cards = Array.prototype.slice.call(event.to.querySelectorAll('.board-card'));
        var body = new URLSearchParams();
        body.append('status', event.to.dataset.status);
        body.append('position', String(cards.indexOf(item)));
        var headers = csrfHeaders();
        headers['Content-Type'] = 'application/x-www-form-urlencoded';
        fetch(board.dataset.moveUrl + item.dataset.taskId + '/move', {
            method: 'POST',
            headers: headers,
            body: body,
            credentials: 'same-origin'
        }).then(function (response) {
            if (!response.ok) {
                throw new Error('Move refused: ' + response.status);
            }
            updateCounts(board);
            board.dataset.moves = String(Number(board.dataset.moves || '0') + 1);
        }).catch(function () {
            // The server refused or could not be reached: show the board as it really is.
            window.location.reload();
        });
    }

    function initBoard() {
        var board = document.getElementById('board');
        if (!board || typeof Sortable === 'undefined') {
            return;
        }
        board.querySelectorAll('.board-cards').forEach(function (list) {
            Sortable.create(list, {
                group: 'board',
                draggable: '.movable',
                animation: 150,
                forceFallback: true,
                fallbackTolerance: 3,
                onEnd: function (event) {
                    if (event.from === event.to && event.oldIndex === event.newIndex) {
                        return;
                    }
                    moved(board, event);
                }
            });
        });
    }

    function initDialog() {
        var dialog = document.getElementById('task-dialog');
        if (!dialog) {
            return;
        }
        document.body.addEventListener('htmx:afterSwap', function (event) {
            if (event.detail.target.id === 'task-dialog-body' && !dialog.open) {
                dialog.showModal();
            }
        });
        dialog.addEventListener('click', function (event) {
            if (event.target.closest('[data-close-dialog]') || event.target === dialog) {
                dialog.close();
            }
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        initBoard();
        initDialog();
    });
})();
