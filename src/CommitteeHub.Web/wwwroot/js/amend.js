// Live preview of an amendment as tracked changes: after a pause in typing, the text is sent to /api/diff and the
// answer shown under the editor. Without JavaScript the "Preview changes" button does the same on the server.
(function () {
    var editor = document.getElementById('Input_Text');
    var preview = document.getElementById('preview');
    var instructions = document.getElementById('preview-instructions');
    if (!editor || !preview || !window.fetch) return;
    var original = editor.getAttribute('data-original') || '';
    var timer = null;
    var latest = 0;

    function render() {
        var ticket = ++latest;
        fetch('/api/diff', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ original: original, amended: editor.value })
        }).then(function (response) {
            return response.ok ? response.json() : response.json().then(function (p) { throw new Error(p.error); });
        }).then(function (result) {
            if (ticket !== latest) return;
            preview.innerHTML = result.hasChanges ? result.html : '<p>No changes yet: the text reads as the motion does.</p>';
            instructions.innerHTML = '';
            result.instructions.forEach(function (text) {
                var li = document.createElement('li');
                li.textContent = text;
                instructions.appendChild(li);
            });
        }).catch(function (error) {
            if (ticket !== latest) return;
            preview.textContent = 'The preview is not available: ' + error.message;
        });
    }

    editor.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(render, 300);
    });
})();
