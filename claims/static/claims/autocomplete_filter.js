// The admin's autocomplete list filters: choosing a speaker, outlet or source reloads the list
// filtered by it (select2 announces the choice through jQuery's change event).
"use strict";
window.addEventListener("load", function () {
  const $ = window.django && window.django.jQuery;
  if (!$) {
    return;
  }
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
