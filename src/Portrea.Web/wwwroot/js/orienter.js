// "Autour de moi": fills the form's position from the browser's geolocation when it exists; the form works without it.
(() => {
  const bouton = document.getElementById("autour-de-moi");
  const commune = document.getElementById("commune");
  const lat = document.getElementById("lat");
  const lon = document.getElementById("lon");
  const etat = document.getElementById("etat-position");
  if (!bouton || !commune || !lat || !lon || !etat || !("geolocation" in navigator)) return;
  bouton.closest("[hidden]")?.removeAttribute("hidden");
  // Typing a commune replaces the position: the server prefers a position when both are sent.
  commune.addEventListener("input", () => {
    if (lat.value || lon.value) {
      lat.value = "";
      lon.value = "";
      etat.textContent = "La commune saisie remplace la position.";
    }
  });
  bouton.addEventListener("click", () => {
    etat.textContent = "Recherche de votre position…";
    navigator.geolocation.getCurrentPosition(
      (position) => {
        lat.value = position.coords.latitude.toFixed(5);
        lon.value = position.coords.longitude.toFixed(5);
        commune.value = "";
        etat.textContent = "Position trouvée : les lieux seront classés à partir d'ici.";
      },
      () => { etat.textContent = "Position indisponible : saisissez une commune."; },
      { enableHighAccuracy: false, timeout: 10000, maximumAge: 300000 });
  });
})();

// Print button on the orientation sheet: shown only when scripts run (printing without it is the browser's Ctrl+P).
(() => {
  for (const bouton of document.querySelectorAll("[data-imprimer]")) {
    bouton.removeAttribute("hidden");
    bouton.addEventListener("click", () => window.print());
  }
})();
