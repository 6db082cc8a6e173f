// Calls to the Portrea API used by the map; the browser's HTTP cache revalidates them with their ETag.
const contoursParNiveau = new Map();

async function json(url, signal) {
  const r = await fetch(url, { signal, headers: { Accept: "application/json" } });
  if (!r.ok) throw new Error(`${url} : ${r.status}`);
  return r.json();
}

export function contours(niveau, signal) {
  if (!contoursParNiveau.has(niveau)) {
    contoursParNiveau.set(niveau, json(`/api/v1/carte/contours?niveau=${niveau}`, signal).catch((e) => {
      contoursParNiveau.delete(niveau);
      throw e;
    }));
  }
  return contoursParNiveau.get(niveau);
}

/** Values of an indicator at one level: Map code -> {valeur, millesime, couverture}. */
export async function valeurs(indicateur, niveau, signal) {
  const reponse = await json(`/api/v1/indicateurs/${encodeURIComponent(indicateur)}/valeurs?niveau=${niveau}&taille=5000`, signal);
  const elements = Array.isArray(reponse) ? reponse : reponse.elements || reponse.valeurs || [];
  return new Map(elements.map((e) => [e.code, { valeur: e.valeur ?? null, millesime: e.millesime ?? null, couverture: e.couverture ?? null }]));
}

export function lieux(parametres, signal) {
  const p = new URLSearchParams(parametres);
  p.set("format", "geojson");
  p.set("taille", "5000");
  return json(`/api/v1/lieux?${p}`, signal);
}
