/* Renders the OpenAPI document as a page, as text only. */
(function () {
  'use strict';
  function h(tag, cls, text) {
    var el = document.createElement(tag);
    if (cls) { el.className = cls; }
    if (text !== undefined) { el.textContent = text; }
    return el;
  }
  var main = document.getElementById('api');
  fetch('openapi.json').then(function (r) { return r.json(); }).then(function (doc) {
    main.appendChild(h('h1', null, doc.info.title));
    main.appendChild(h('p', null, doc.info.description));
    Object.keys(doc.paths).forEach(function (path) {
      Object.keys(doc.paths[path]).forEach(function (method) {
        var op = doc.paths[path][method];
        var box = h('div', 'panel');
        var head = h('h2');
        head.appendChild(h('span', 'type', method.toUpperCase()));
        head.appendChild(document.createTextNode(path));
        box.appendChild(head);
        box.appendChild(h('p', null, op.summary));
        if (op.parameters && op.parameters.length) {
          var table = h('table', 'data');
          op.parameters.forEach(function (p) {
            var tr = h('tr');
            tr.appendChild(h('td', null, p.name));
            tr.appendChild(h('td', 'muted', p.in));
            tr.appendChild(h('td', null, p.description || ''));
            table.appendChild(tr);
          });
          box.appendChild(table);
        }
        box.appendChild(h('p', 'muted', 'Responses: ' + Object.keys(op.responses).join(', ')));
        main.appendChild(box);
      });
    });
  });
}());
