/* The reviewer's desk: no lost work, and keys for the queue and a quote's or claim's page.
 *
 * - A change form with edits nobody saved asks before the page is left (beforeunload).
 * - Keys (outside text fields): j / k next / previous (a row of the queue; the next or previous
 *   item in the queue on an item's page), o or Enter opens the queue's row, x selects it;
 *   v verify, r reject (asks for the reason first), e add evidence; ? shows the help.
 * A static file, as the Content-Security-Policy runs no inline script. */
(function () {
  "use strict";

  const $ = (window.django && window.django.jQuery) || null;

  // --- unsaved work ---------------------------------------------------------------------
  const form = document.querySelector("#content-main form[method=post][id$='_form']");
  let dirty = false;
  if (form) {
    const touched = () => { dirty = true; };
    form.addEventListener("input", touched);
    form.addEventListener("change", touched);
    // Select2 (the source search) reports a choice through jQuery, not a DOM event.
    if ($) { $(form).on("change", "select", touched); }
    form.addEventListener("submit", () => { dirty = false; });
    window.addEventListener("beforeunload", (event) => {
      if (dirty) {
        event.preventDefault();
        event.returnValue = "";
      }
    });
  }

  // --- names for screen readers ------------------------------------------------------
  // Select2 shows its own combobox in place of the <select>; it takes the select's label.
  function nameComboboxes() {
    document.querySelectorAll("select.admin-autocomplete[aria-label]").forEach((select) => {
      const container = select.nextElementSibling;
      const box = container && container.querySelector(".select2-selection[role=combobox]");
      const shown = container && container.querySelector(".select2-selection__rendered");
      [box, shown].forEach((element) => {
        if (element && !element.hasAttribute("aria-label")) {
          element.setAttribute("aria-label", select.getAttribute("aria-label"));
        }
      });
    });
  }
  // After autocomplete.js has made the boxes: its jQuery ready handler was registered first.
  if ($) { $(nameComboboxes); }
  document.addEventListener("formset:added", () => window.setTimeout(nameComboboxes));

  // --- keys -----------------------------------------------------------------------------
  const help = document.getElementById("desk-shortcuts");
  const rows = Array.from(document.querySelectorAll("#result_list tbody tr"));
  let current = -1;

  function toggleHelp(show) {
    if (!help) { return; }
    const open = show === undefined ? help.hidden : show;
    help.hidden = !open;
    if (open) { help.querySelector("button").focus(); }
  }

  function typing(target) {
    return target.closest("input, textarea, select, [contenteditable], .select2-container");
  }

  function keyed(key) {
    return document.querySelector(`[data-key="${key}"]:not([disabled])`);
  }

  function press(element) {
    if (!element) { return; }
    if (element.tagName === "A") { window.location.href = element.href; } else { element.click(); }
  }

  function moveRow(step) {
    if (!rows.length) { return; }
    if (current >= 0) { rows[current].classList.remove("desk-current"); }
    current = Math.min(rows.length - 1, Math.max(0, current + step));
    const row = rows[current];
    row.classList.add("desk-current");
    const link = row.querySelector("td a, th a");
    if (link) { link.focus(); }
    row.scrollIntoView({block: "nearest"});
  }

  function addEvidence() {
    const group = document.getElementById("evidence-group");
    if (!group) { return; }
    const empty = Array.from(group.querySelectorAll("tr.form-row:not(.empty-form) select[name$='-source']"))
      .find((select) => !select.value && !select.closest("tr").classList.contains("has_original"));
    let select = empty;
    if (!select) {
      const add = group.querySelector(".add-row a");
      if (!add) { return; }
      add.click();
      const all = group.querySelectorAll("tr.form-row:not(.empty-form) select[name$='-source']");
      select = all[all.length - 1];
    }
    select.closest("tr").scrollIntoView({block: "center"});
    // The search box exists once autocomplete.js's ready handler ran: wait for it if need be.
    if ($) { $(() => ($(select).data("select2") ? $(select).select2("open") : select.focus())); } else { select.focus(); }
  }

  function reject() {
    const reason = document.getElementById("id_review_reason");
    const button = keyed("r");
    if (!button) { return; }
    if (reason && !reason.value.trim()) { reason.focus(); return; }
    button.click();
  }

  document.addEventListener("click", (event) => {
    if (event.target.closest(".desk-help-button")) { toggleHelp(); }
    if (event.target.closest(".desk-help-close")) { toggleHelp(false); }
  });

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (event.key === "Escape") {
      if (help && !help.hidden) { toggleHelp(false); return; }
      if (typing(event.target)) { event.target.blur(); }
      return;
    }
    if (typing(event.target)) { return; }
    const onQueue = rows.length > 0 && !form;
    const actions = {
      "?": () => toggleHelp(),
      "j": () => (onQueue ? moveRow(1) : press(keyed("j"))),
      "k": () => (onQueue ? moveRow(-1) : press(keyed("k"))),
      "o": () => onQueue && current >= 0 && press(rows[current].querySelector("td a")),
      "x": () => onQueue && current >= 0 && rows[current].querySelector("input[type=checkbox]").click(),
      "v": () => press(keyed("v")),
      "r": reject,
      "e": addEvidence,
    };
    if (event.key === "Enter" && onQueue && current >= 0) {
      event.preventDefault();
      press(rows[current].querySelector("td a"));
      return;
    }
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  });
}());
