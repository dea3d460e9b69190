// Unit picker: a unit found by name fills the code field next to it (no inline scripts: CSP).
// Loaded by every picker on a page; the listener is added once.
if (!window.cbcsUnitPicker) {
  window.cbcsUnitPicker = true;
  document.addEventListener("click", (event) => {
    const hit = event.target.closest("[data-unit-pick]");
    if (!hit) return;
    const id = hit.dataset.unitTarget;
    const input = document.getElementById(id);
    if (!input) return;
    input.value = hit.dataset.unitPick;
    input.dispatchEvent(new Event("change", { bubbles: true }));
    const chosen = document.getElementById(id + "-chosen");
    if (chosen) chosen.textContent = hit.dataset.unitName;
    const search = document.getElementById(id + "-search");
    if (search) search.value = "";
    const hits = document.getElementById(id + "-hits");
    if (hits) hits.replaceChildren();
    input.focus();
  });
}
