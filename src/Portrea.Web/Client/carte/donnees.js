// Calls to the Portrea API used by the map; the browser's HTTP cache revalidates them with their ETag.
const contoursParNiveau = new Map();

async function json(url, signal) {
  const r = await fetch(url, { signal, headers: { Accept: "application/json" } });
  if (!r.ok) throw new Error(`${url} : ${r.status}`);
  return r.json();
}

// Not abortable: the layer is shared by every later request for the same level.
export function contours(niveau) {
  if (!contoursParNiveau.has(niveau)) {
    contoursParNiveau.set(niveau, json(`/api/v1/carte/contours?niveau=${niveau}`).catch((e) => {
      contoursParNiveau.delete(niveau);
      throw e;
    }));
  }
  return contoursParNiveau.get(niveau);
}

/**
 * Values of an indicator at one level: Map code -> {valeur, millesime, couverture}. For an indicator with a
 * denominator the map shows the share (in %), comparable between territories of any size; a missing value stays null.
 */
export async function valeurs(indicateur, niveau, signal) {
  const reponse = await json(`/api/v1/indicateurs/${encodeURIComponent(indicateur.code)}/valeurs?niveau=${niveau}`, signal);
  const elements = reponse.valeurs || [];
  const lire = (e) => (indicateur.enPart ? (e.part == null ? null : e.part * 100) : e.valeur ?? null);
  return new Map(elements.map((e) => [e.code, { valeur: lire(e), millesime: e.millesime ?? null, couverture: e.couverture ?? null }]));
}

export function lieux(parametres, signal) {
  const p = new URLSearchParams(parametres);
  p.set("format", "geojson");
  p.set("taille", "5000");
  return json(`/api/v1/lieux?${p}`, signal);
}
