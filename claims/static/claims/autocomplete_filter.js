// The admin's autocomplete list filters: choosing a speaker, outlet or source reloads the list
// filtered by it (select2 announces the choice through jQuery's change event).
"use strict";
window.addEventListener("load", function () {
  const $ = window.django && window.django.jQuery;
  if (!$) {
    return;
  }
  // select2 draws its own combobox in place of the <select>: it takes the select's name for
  // screen readers.
  function nameComboboxes() {
    document.querySelectorAll("select[data-filter-parameter][aria-label]").forEach((select) => {
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
  nameComboboxes();
  $(nameComboboxes);
  $(document).on("change", "select[data-filter-parameter]", function () {
    const item = this.closest("[data-base-query]");
    const params = new URLSearchParams(item.dataset.baseQuery);
    params.delete("p");
    if (this.value) {
      params.set(this.dataset.filterParameter, this.value);
    }
    window.location.search = params.toString();
  });
});
