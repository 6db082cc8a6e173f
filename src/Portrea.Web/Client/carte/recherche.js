// Search by commune name or postcode (and EPCI name): results as a list of buttons that move the map.
import { echapper } from "./choroplethe.js";

export function brancherRecherche(formulaire, liste, allerA) {
  let controleur = null;
  formulaire.addEventListener("submit", async (e) => {
    e.preventDefault();
    const q = new FormData(formulaire).get("lieu")?.toString().trim() || "";
    liste.replaceChildren();
    if (q.length < 2) {
      liste.innerHTML = "<li>Saisissez au moins deux caractères.</li>";
      return;
    }
    controleur?.abort();
    controleur = new AbortController();
    try {
      const r = await fetch(`/api/v1/territoires/recherche?q=${encodeURIComponent(q)}&nombre=8`, { signal: controleur.signal });
      const resultats = r.ok ? await r.json() : [];
      if (resultats.length === 0) {
        liste.innerHTML = `<li>Aucune commune ni EPCI ne correspond à « ${echapper(q)} ».</li>`;
        return;
      }
      for (const t of resultats) {
        const li = document.createElement("li");
        const bouton = document.createElement("button");
        bouton.type = "button";
        bouton.textContent = t.niveau === "commune"
          ? `${t.nom} (${t.codesPostaux.join(", ") || t.departement})`
          : `${t.nom} (EPCI)`;
        bouton.addEventListener("click", () => allerA(t));
        li.append(bouton);
        liste.append(li);
      }
      if (resultats.length === 1) allerA(resultats[0]);
    } catch (err) {
      if (err.name !== "AbortError") liste.innerHTML = "<li>La recherche n'a pas abouti : réessayez.</li>";
    }
  });
}
