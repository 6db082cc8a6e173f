// The places layer: clustered markers coloured by need category, each opening a summary with a link to its sheet.
import L from "./leaflet-global.js";
import "leaflet.markercluster";
import { echapper } from "./choroplethe.js";

export class CoucheLieux {
  /** @param besoins [{code, libelle, lettre, couleur}] from the page, in the PorTReA order */
  constructor(carte, besoins) {
    this.carte = carte;
    this.besoins = new Map(besoins.map((b) => [b.code, b]));
    this.groupe = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 45, chunkedLoading: true });
    this.groupe.addTo(carte);
  }

  afficher(collection) {
    this.groupe.clearLayers();
    const marqueurs = [];
    for (const f of collection.features) {
      if (!f.geometry || f.geometry.type !== "Point") continue;
      const [lng, lat] = f.geometry.coordinates;
      const p = { ...f.properties, id: f.id };
      const codes = Array.isArray(p.besoins) ? p.besoins : String(p.portrea_besoins || "").split("|");
      const besoins = codes.map((c) => this.besoins.get(c)).filter(Boolean);
      const principal = besoins[0];
      const icone = L.divIcon({
        className: "marqueur-lieu",
        html: `<span style="background:${principal ? principal.couleur : "#4a4a4a"}" aria-hidden="true">${principal ? principal.lettre : "?"}</span>`,
        iconSize: [26, 26],
        iconAnchor: [13, 13],
      });
      const marqueur = L.marker([lat, lng], { icon: icone, keyboard: true, title: p.nom, alt: p.nom });
      marqueur.bindPopup(() => resume(p, besoins), { maxWidth: 320 });
      marqueur.on("add", () => {
        const el = marqueur.getElement();
        if (el) {
          el.setAttribute("aria-label", `${p.nom}${besoins.length ? " — " + besoins.map((b) => b.libelle).join(", ") : ""}`);
          el.setAttribute("role", "button");
        }
      });
      marqueurs.push(marqueur);
    }
    this.groupe.addLayers(marqueurs);
    return marqueurs.length;
  }
}

function resume(p, besoins) {
  const lignes = [`<h3 class="popup-titre">${echapper(p.nom)}</h3>`];
  const adresse = [p.adresse, [p.code_postal, p.commune].filter(Boolean).join(" ")].filter(Boolean).join(", ");
  if (adresse) lignes.push(`<p>${echapper(adresse)}</p>`);
  if (besoins.length) lignes.push(`<ul class="popup-besoins">${besoins.map((b) => `<li>${echapper(b.libelle)}</li>`).join("")}</ul>`);
  if (p.horaires) lignes.push(`<p>${echapper(p.horaires)}</p>`);
  lignes.push(`<p><a href="/lieux/${encodeURIComponent(p.id)}">Voir la fiche du lieu</a></p>`);
  return lignes.join("");
}
