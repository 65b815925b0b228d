// Polls a running alteration plan's progress and reloads once every job has finished, to show the per-instance results.
(() => {
    'use strict';
    const plan = document.getElementById('plan');
    if (!plan || plan.dataset.status === 'Completed') return;
    const bar = document.getElementById('plan-progress');
    const poll = async () => {
        const response = await fetch(`/Admin/Alterations?handler=Progress&planId=${plan.dataset.planId}`, { credentials: 'same-origin' });
        if (!response.ok) return;
        const p = await response.json();
        bar.max = Math.max(1, p.total);
        bar.value = p.completed + p.failed;
        document.getElementById('plan-completed').textContent = p.completed;
        document.getElementById('plan-failed').textContent = p.failed;
        if (p.pending === 0) {
            window.location.reload();
        } else {
            setTimeout(poll, 1000);
        }
    };
    setTimeout(poll, 500);
})();
