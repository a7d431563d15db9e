// Focus or hover a highlighted figure: light the words its source and place were read from.
function light(event) {
  document.querySelectorAll(".lit-src, .lit-place").forEach((el) => el.classList.remove("lit-src", "lit-place"));
  const fig = event.target.closest ? event.target.closest("[data-fig]") : null;
  if (!fig) return;
  fig.classList.toggle("flip", fig.getBoundingClientRect().left > window.innerWidth - 480);
  document.querySelectorAll(`[data-src~="${fig.dataset.fig}"]`).forEach((el) => el.classList.add("lit-src"));
  document.querySelectorAll(`[data-place~="${fig.dataset.fig}"]`).forEach((el) => el.classList.add("lit-place"));
}
document.addEventListener("mouseover", light);
document.addEventListener("focusin", light);
light({ target: document.activeElement || document.body }); // a figure focused before this script ran
