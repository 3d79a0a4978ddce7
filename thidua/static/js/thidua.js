// Small behaviours of the pages, kept out of the HTML so the Content-Security-Policy
// needs no 'unsafe-inline': a <select data-autosubmit> submits its form when changed,
// a <form data-confirm="…"> asks before it is sent.
document.addEventListener("change", function (event) {
  var el = event.target;
  if (el.matches && el.matches("select[data-autosubmit]") && el.form) {
    el.form.submit();
  }
});
document.addEventListener("submit", function (event) {
  var form = event.target;
  var question = form.getAttribute && form.getAttribute("data-confirm");
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
}, true);
