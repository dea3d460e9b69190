// A unit found under the scope field adds its code to the field (no inline scripts: CSP).
document.addEventListener("click", (event) => {
  const hit = event.target.closest("[data-scope-code]");
  const input = document.querySelector("[data-scope-input]");
  if (!hit || !input) return;
  const codes = input.value.split(/[,;\s]+/).filter((c) => c.length > 0);
  if (!codes.includes(hit.dataset.scopeCode)) codes.push(hit.dataset.scopeCode);
  input.value = codes.join(", ");
  input.focus();
});
