// The level select carries its track: keep the hidden "track" field in step (no inline scripts: CSP).
document.addEventListener("DOMContentLoaded", () => {
  const select = document.querySelector("[data-track-select]");
  const track = document.querySelector("[data-track-input]");
  if (!select || !track) return;
  const sync = () => {
    const option = select.selectedOptions[0];
    track.value = option && option.dataset.track ? option.dataset.track : "";
  };
  select.addEventListener("change", sync);
  sync();
});
