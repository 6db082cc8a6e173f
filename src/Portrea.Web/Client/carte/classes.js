// Class breaks of the choropleth: quantiles or natural breaks (Jenks-like ckmeans), always stated in the legend.
import { quantile, ckmeans } from "simple-statistics";

export const PALETTE = ["#fdeedc", "#fbc58f", "#f08a3e", "#c4500e", "#7a2e05"];
export const COULEUR_MANQUANTE = "#d6d6d6";

export function seuils(valeurs, methode, nombre = PALETTE.length) {
  const v = valeurs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return [];
  const n = Math.min(nombre, new Set(v).size);
  if (n <= 1) return [v[0]];
  if (methode === "seuils-naturels") {
    return ckmeans(v, n).slice(1).map((groupe) => groupe[0]);
  }
  const bornes = [];
  for (let i = 1; i < n; i++) bornes.push(quantile(v, i / n));
  return [...new Set(bornes)];
}

export function classe(valeur, bornes) {
  if (!Number.isFinite(valeur)) return -1;
  let i = 0;
  while (i < bornes.length && valeur >= bornes[i]) i++;
  return i;
}

export function couleur(valeur, bornes) {
  const c = classe(valeur, bornes);
  if (c < 0) return COULEUR_MANQUANTE;
  // Fewer classes than colours (few distinct values): spread them over the palette.
  const n = bornes.length + 1;
  return PALETTE[n >= PALETTE.length ? c : Math.round((c * (PALETTE.length - 1)) / Math.max(1, n - 1))];
}

const nombre = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });
const entier = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 });

export function formater(valeur, unite) {
  if (!Number.isFinite(valeur)) return "non disponible";
  if (unite === "%" || unite === "pourcentage") return `${nombre.format(valeur)} %`;
  if (unite === "personnes" || unite === "nombre" || Math.abs(valeur) >= 100) {
    return `${entier.format(valeur)}${unite && unite !== "nombre" ? " " + unite : ""}`;
  }
  return `${nombre.format(valeur)}${unite ? " " + unite : ""}`;
}
