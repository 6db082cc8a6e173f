// The territories layer: outlines coloured by the chosen indicator, with its legend and tooltips.
import L from "./leaflet-global.js";
import { seuils, couleur, formater, PALETTE, COULEUR_MANQUANTE } from "./classes.js";

const TABULABLE_JUSQUA = 100; // beyond, the list view is the keyboard route (1 200 tab stops would be unusable)

export class Choroplethe {
  constructor(carte, legende) {
    this.carte = carte;
    this.legende = legende;
    this.couche = null;
  }

  /**
   * @param contours GeoJSON FeatureCollection of one level
   * @param indicateur registry entry (code, libelle, unite) or null for plain outlines
   * @param valeurs Map code -> {valeur, millesime, couverture}
   * @param reference value of the region for comparison, or null
   */
  afficher(contours, indicateur, valeurs, reference, methode, libelleNiveau) {
    if (this.couche) this.couche.remove();
    const bornes = indicateur ? seuils([...valeurs.values()].map((v) => v.valeur), methode) : [];
    const style = (f) => {
      const v = valeurs.get(f.properties.code);
      const manquant = indicateur && !Number.isFinite(v?.valeur);
      return {
        color: "#4a4a4a",
        weight: 0.6,
        fillOpacity: indicateur ? 0.75 : 0.15,
        fillColor: indicateur ? couleur(v?.valeur, bornes) : "#1d4f7a",
        dashArray: manquant ? "2 3" : null,
      };
    };
    const texte = (f) => {
      const v = valeurs.get(f.properties.code);
      let t = `<strong>${echapper(f.properties.nom)}</strong>`;
      if (indicateur) {
        t += `<br>${echapper(indicateur.libelle)} : ${formater(v?.valeur, indicateur.unite)}`;
        if (v?.millesime) t += ` <span class="millesime">(${echapper(String(v.millesime))})</span>`;
        if (reference && Number.isFinite(reference.valeur)) t += `<br>Région : ${formater(reference.valeur, indicateur.unite)}`;
      } else if (Number.isFinite(f.properties.population)) {
        t += `<br>${formater(f.properties.population, "habitants")}`;
      }
      return t;
    };
    const tabulable = contours.features.length <= TABULABLE_JUSQUA;
    this.couche = L.geoJSON(contours, {
      style,
      onEachFeature: (f, couche) => {
        couche.bindTooltip(() => texte(f), { sticky: true, direction: "top" });
        couche.on("add", () => {
          const el = couche.getElement();
          if (!el || !tabulable) return;
          el.setAttribute("tabindex", "0");
          el.setAttribute("role", "img");
          el.setAttribute("aria-label", texte(f).replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim());
          el.addEventListener("focus", () => couche.openTooltip(couche.getBounds().getCenter()));
          el.addEventListener("blur", () => couche.closeTooltip());
        });
      },
    }).addTo(this.carte);
    this.couche.bringToBack();
    this.dessinerLegende(indicateur, bornes, methode, libelleNiveau, valeurs);
  }

  dessinerLegende(indicateur, bornes, methode, libelleNiveau, valeurs) {
    const l = this.legende;
    l.replaceChildren();
    const titre = document.createElement("p");
    titre.className = "legende-titre";
    titre.textContent = indicateur ? `${indicateur.libelle} (${libelleNiveau})` : `Contours : ${libelleNiveau}`;
    l.append(titre);
    if (!indicateur) return;
    const liste = document.createElement("ul");
    const n = bornes.length + 1;
    for (let i = 0; i < n; i++) {
      const bas = i === 0 ? null : bornes[i - 1];
      const haut = i < bornes.length ? bornes[i] : null;
      const texte = bas === null ? `moins de ${formater(haut, indicateur.unite)}`
        : haut === null ? `${formater(bas, indicateur.unite)} et plus`
        : `de ${formater(bas, indicateur.unite)} à moins de ${formater(haut, indicateur.unite)}`;
      liste.append(element(couleurClasse(i, n), n === 1 ? "valeur unique" : texte));
    }
    const manquants = [...valeurs.values()].filter((v) => !Number.isFinite(v.valeur)).length;
    liste.append(element(COULEUR_MANQUANTE, "non disponible", true));
    l.append(liste);
    const methodeTexte = document.createElement("p");
    methodeTexte.className = "legende-methode";
    methodeTexte.textContent = `Classes par ${methode === "seuils-naturels" ? "seuils naturels (Jenks)" : "quantiles"} ; ${manquants} territoire(s) sans donnée.`;
    l.append(methodeTexte);
  }
}

function couleurClasse(i, n) {
  return PALETTE[n >= PALETTE.length ? i : Math.round((i * (PALETTE.length - 1)) / Math.max(1, n - 1))];
}

function element(fond, texte, manquant = false) {
  const li = document.createElement("li");
  const pastille = document.createElement("span");
  pastille.className = manquant ? "pastille-legende pastille-legende-manquante" : "pastille-legende";
  pastille.style.background = fond;
  pastille.setAttribute("aria-hidden", "true");
  li.append(pastille, document.createTextNode(texte));
  return li;
}

export function echapper(texte) {
  return String(texte ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}
