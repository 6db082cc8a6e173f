// The map state lives in the URL (same query string as /carte/liste), so a view can be shared or bookmarked.
const CLES_FILTRES = ["besoin", "service", "public", "label", "ouvert", "q"];

export function lireEtat(recherche = window.location.search) {
  const p = new URLSearchParams(recherche);
  const vue = (p.get("vue") || "").split(",").map(Number);
  return {
    indicateur: p.get("indicateur") || "",
    niveau: ["commune", "epci", "auto"].includes(p.get("niveau")) ? p.get("niveau") : "auto",
    classes: p.get("classes") === "seuils-naturels" ? "seuils-naturels" : "quantiles",
    territoire: p.get("territoire") || "",
    filtres: Object.fromEntries(CLES_FILTRES.map((c) => [c, p.get(c) || ""]).filter(([, v]) => v)),
    vue: vue.length === 3 && vue.every(Number.isFinite) ? { lat: vue[0], lng: vue[1], zoom: vue[2] } : null,
  };
}

export function ecrireEtat(etat) {
  const p = new URLSearchParams();
  if (etat.indicateur) p.set("indicateur", etat.indicateur);
  if (etat.niveau && etat.niveau !== "auto") p.set("niveau", etat.niveau);
  if (etat.classes && etat.classes !== "quantiles") p.set("classes", etat.classes);
  if (etat.territoire) p.set("territoire", etat.territoire);
  for (const [cle, valeur] of Object.entries(etat.filtres)) if (valeur) p.set(cle, valeur);
  if (etat.vue) p.set("vue", [etat.vue.lat.toFixed(4), etat.vue.lng.toFixed(4), etat.vue.zoom].join(","));
  // Commas are legal in a query string: keep "vue=48.2,-2.9,8" readable in shared links.
  return p.toString().replace(/%2C/gi, ",");
}

/** The filters as sent to the places API (same names as the query string). */
export function parametresLieux(etat) {
  const p = new URLSearchParams(etat.filtres);
  if (etat.territoire) {
    const [niveau, code] = etat.territoire.split(":");
    if (["commune", "epci", "departement"].includes(niveau) && code) p.set(niveau, code);
  }
  return p;
}
