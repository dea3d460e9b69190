// The person page's forms (no inline scripts: CSP). Loaded by the sections that have forms;
// listeners added once.
// - qualification: the level select offers only the levels of the chosen track;
// - post: the post select offers the posts in force on the start date typed (today when blank),
//   the posts of other periods behind a checkbox.
if (!window.cbcsPersonForms) {
  window.cbcsPersonForms = true;

  const isoOf = (text) => {
    const t = (text || "").trim();
    let m = t.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/);
    if (m) return `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
    m = t.match(/^\d{4}-\d{2}-\d{2}$/);
    return m ? t : null;
  };

  const filterLevels = (track) => {
    const select = document.querySelector("[data-level-select]");
    if (!select) return;
    for (const option of select.options) {
      const other = option.dataset.track !== track;
      option.hidden = other;
      option.disabled = other;
    }
    if (!select.selectedOptions[0] || select.selectedOptions[0].disabled) {
      const first = Array.from(select.options).find((o) => !o.disabled);
      select.value = first ? first.value : "";
    }
  };

  const sortPosts = () => {
    const select = document.querySelector("[data-post-select]");
    const from = document.querySelector("[data-post-from]");
    const toggle = document.querySelector("[data-posts-older-toggle]");
    if (!select || !from) return;
    const current = select.querySelector("[data-posts-current]");
    const older = select.querySelector("[data-posts-older]");
    const day = isoOf(from.value);
    if (day) {
      const options = Array.from(select.querySelectorAll("option"));
      for (const option of options) {
        const inForce =
          (!option.dataset.from || option.dataset.from <= day) &&
          (!option.dataset.to || option.dataset.to >= day);
        (inForce ? current : older).appendChild(option);
      }
    }
    const showOlder = toggle && toggle.checked;
    older.hidden = !showOlder;
    older.disabled = !showOlder;
    if (!select.selectedOptions[0] || select.selectedOptions[0].parentElement.disabled) {
      const first = current.querySelector("option");
      select.value = first ? first.value : "";
    }
  };

  document.addEventListener("change", (event) => {
    if (event.target.matches("[data-level-track]")) filterLevels(event.target.value);
    if (event.target.matches("[data-post-from], [data-posts-older-toggle]")) sortPosts();
  });

  document.addEventListener("input", (event) => {
    if (event.target.matches("[data-post-from]") && isoOf(event.target.value)) sortPosts();
  });

  const prepare = () => {
    const track = document.querySelector("[data-level-track]");
    if (track) filterLevels(track.value);
    sortPosts();
  };

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", prepare);
  } else {
    prepare();
  }

  // A section's form is loaded when the section is first opened (htmx, [data-lazy-form]): prepared
  // like the page's, or a message in its place when it could not be loaded.
  const lazyForm = (event) => event.detail && event.detail.elt && event.detail.elt.closest("[data-lazy-form]");
  document.addEventListener("htmx:afterSettle", (event) => {
    if (lazyForm(event)) prepare();
  });
  const failed = (event) => {
    const details = lazyForm(event);
    const slot = details && details.querySelector("[data-form-slot]");
    if (!slot) return;
    const message = document.createElement("p");
    message.className = "small text-danger mt-2 mb-0";
    message.setAttribute("role", "alert");
    message.textContent = slot.dataset.loadFailed;
    slot.replaceChildren(message);
  };
  document.addEventListener("htmx:responseError", failed);
  document.addEventListener("htmx:sendError", failed);
}
