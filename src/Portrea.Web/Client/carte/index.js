// /carte and /integrer: choropleth of an indicator and places on top, state kept in the URL.
import L from "./leaflet-global.js";
import { lireEtat, ecrireEtat, parametresLieux } from "./etat.js";
import { Choroplethe } from "./choroplethe.js";
import { CoucheLieux } from "./lieux.js";
import { brancherRecherche } from "./recherche.js";
import * as api from "./donnees.js";

const ZOOM_COMMUNES = 10; // "auto" level: EPCI below this zoom, communes from it

const conteneur = document.getElementById("carte");
if (conteneur) demarrer(conteneur);

function demarrer(conteneur) {
  const config = JSON.parse(conteneur.dataset.config);
  const etat = lireEtat();
  const formulaire = document.getElementById("filtres-carte");
  const annonce = document.getElementById("etat-carte");
  const chargement = document.getElementById("chargement-carte");
  const lienListe = document.getElementById("lien-liste");

  const carte = L.map(conteneur, { zoomControl: true, keyboard: true, maxZoom: config.zoomMax, preferCanvas: false });
  carte.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  let cadrer = !etat.vue && !config.cadre;
  if (config.fond) {
    L.tileLayer(config.fond, { attribution: config.attribution, maxZoom: config.zoomMax, subdomains: "abc" }).addTo(carte);
  }
  if (etat.vue) carte.setView([etat.vue.lat, etat.vue.lng], etat.vue.zoom);
  else if (config.cadre) carte.fitBounds([[config.cadre[1], config.cadre[0]], [config.cadre[3], config.cadre[2]]]);
  else carte.setView(config.centre, config.zoom);

  const choroplethe = new Choroplethe(carte, document.getElementById("legende-carte"));
  const couchelieux = new CoucheLieux(carte, config.besoins);
  let niveauAffiche = null;
  let controleur = null;

  const niveauVoulu = () => (etat.niveau === "auto" ? (carte.getZoom() >= ZOOM_COMMUNES ? "commune" : "epci") : etat.niveau);

  function majUrl() {
    const c = carte.getCenter();
    etat.vue = { lat: c.lat, lng: c.lng, zoom: carte.getZoom() };
    const qs = ecrireEtat(etat);
    history.replaceState(null, "", `${location.pathname}${qs ? "?" + qs : ""}`);
    if (lienListe) lienListe.href = `/carte/liste${qs ? "?" + qs : ""}`;
  }

  async function chargerTerritoires() {
    const niveau = niveauVoulu();
    niveauAffiche = niveau;
    const entree = config.indicateurs.find((i) => i.code === etat.indicateur);
    const indicateur = entree ? { ...entree, libelle: entree.enPart ? `${entree.libelle} (part de la population)` : entree.libelle, unite: entree.enPart ? "%" : entree.unite } : null;
    const [couche, valeurs, region] = await Promise.all([
      api.contours(niveau),
      indicateur ? api.valeurs(indicateur, niveau, controleur.signal) : Promise.resolve(new Map()),
      indicateur ? api.valeurs(indicateur, "region", controleur.signal).catch(() => new Map()) : Promise.resolve(new Map()),
    ]);
    const contours = filtrerTerritoire(couche, config.territoire);
    if (cadrer && contours.features.length) {
      cadrer = false;
      carte.fitBounds(L.geoJSON(contours).getBounds(), { animate: false });
    }
    choroplethe.afficher(contours, indicateur, valeurs, [...region.values()][0] || null, etat.classes, niveau === "commune" ? "communes" : "EPCI");
    return { niveau, indicateur, nombre: contours.features.length };
  }

  async function tout() {
    controleur?.abort();
    controleur = new AbortController();
    chargement.hidden = false;
    annonce.textContent = "Chargement de la carte…";
    try {
      const [t, n] = await Promise.all([chargerTerritoires(), api.lieux(parametresLieux(etat), controleur.signal).then((c) => couchelieux.afficher(c))]);
      annonce.textContent = `${n.toLocaleString("fr-FR")} lieu(x) affiché(s) ; ${t.indicateur ? t.indicateur.libelle : "contours"} par ${t.niveau === "commune" ? "commune" : "EPCI"} (${t.nombre.toLocaleString("fr-FR")} territoires).`;
    } catch (e) {
      if (e.name !== "AbortError") annonce.textContent = "Une partie de la carte n'a pas pu être chargée. La liste reste disponible.";
    } finally {
      chargement.hidden = true;
      majUrl();
    }
  }

  carte.on("moveend", () => {
    if (niveauVoulu() !== niveauAffiche) {
      controleur?.abort();
      controleur = new AbortController();
      chargerTerritoires().catch(() => {}).finally(majUrl);
    } else majUrl();
  });

  if (formulaire) {
    formulaire.addEventListener("change", () => {
      const donnees = new FormData(formulaire);
      etat.indicateur = donnees.get("indicateur")?.toString() || "";
      etat.niveau = donnees.get("niveau")?.toString() || "auto";
      etat.classes = donnees.get("classes")?.toString() || "quantiles";
      etat.filtres = {};
      for (const cle of ["besoin", "service", "public", "label", "q"]) {
        const v = donnees.get(cle)?.toString();
        if (v) etat.filtres[cle] = v;
      }
      const ouvert = donnees.get("ouvert")?.toString();
      if (ouvert === "maintenant") etat.filtres.ouvert = "maintenant";
      else if (ouvert === "le") {
        const jour = donnees.get("jour")?.toString();
        const heure = donnees.get("heure")?.toString() || "10:00";
        if (jour) etat.filtres.ouvert = `${jour}T${heure}`;
      }
      tout();
    });
    formulaire.addEventListener("submit", (e) => {
      e.preventDefault();
      formulaire.dispatchEvent(new Event("change"));
    });
  }

  const recherche = document.getElementById("recherche-carte");
  if (recherche) {
    brancherRecherche(recherche, document.getElementById("resultats-recherche"), (t) => {
      if (t.cadre) carte.fitBounds([[t.cadre[1], t.cadre[0]], [t.cadre[3], t.cadre[2]]], { maxZoom: 13 });
      annonce.textContent = `Carte centrée sur ${t.nom}.`;
    });
  }

  tout();
}

/** In the embedded map, only the territory asked for (an EPCI and its communes, or one commune). */
function filtrerTerritoire(couche, territoire) {
  if (!territoire) return couche;
  const garder = (f) => territoire.niveau === "epci"
    ? f.properties.code === territoire.code || f.properties.epci === territoire.code
    : territoire.niveau === "departement"
      ? f.properties.departement === territoire.code || (f.properties.departements || []).includes(territoire.code)
      : f.properties.code === territoire.code;
  return { ...couche, features: couche.features.filter(garder) };
}
