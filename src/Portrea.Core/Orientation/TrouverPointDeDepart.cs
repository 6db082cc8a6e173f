using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;
using Portrea.Core.Territoires;

namespace Portrea.Core.Orientation;

/// <summary>Turns what the professional typed (INSEE code, postcode or commune name) or a position into a point to measure from.</summary>
public static class TrouverPointDeDepart
{
    public sealed record Resultat(PointDeDepart? Point, string? Erreur);

    public static Resultat DepuisPosition(double latitude, double longitude) =>
        latitude is < -90 or > 90 || longitude is < -180 or > 180 || double.IsNaN(latitude) || double.IsNaN(longitude)
            ? new Resultat(null, $"Position invalide : latitude {latitude} et longitude {longitude} (WGS84, en degrés décimaux).")
            : new Resultat(new PointDeDepart(latitude, longitude, "votre position", null), null);

    public static async Task<Resultat> DepuisCommuneAsync(PortreaDbContext db, string saisie, CancellationToken ct)
    {
        var texte = saisie.Trim();
        var communes = db.Communes.AsNoTracking();
        Commune? commune = null;
        string? codePostal = null;
        if (texte.Length == 5 && texte.All(char.IsAsciiLetterOrDigit))
        {
            var code = texte.ToUpperInvariant();
            commune = await communes.FirstOrDefaultAsync(c => c.Code == code, ct);
            if (commune is null && await db.CodesHistoriques.AsNoTracking().Where(h => h.AncienCode == code).Select(h => h.CodeActuel).FirstOrDefaultAsync(ct) is { } actuel)
            {
                commune = await communes.FirstOrDefaultAsync(c => c.Code == actuel, ct);
            }

            if (commune is null && texte.All(char.IsAsciiDigit))
            {
                // Several communes share most postcodes: distances start from the most populated one.
                var motif = "|" + texte + "|";
                commune = await communes.Where(c => ("|" + c.CodesPostaux + "|").Contains(motif))
                    .OrderByDescending(c => c.PopulationMunicipale).ThenBy(c => c.Code).FirstOrDefaultAsync(ct);
                codePostal = commune is null ? null : texte;
            }
        }
        else if (texte.Length > 0)
        {
            commune = await communes.Where(c => c.Nom.ToLower() == texte.ToLower()).OrderByDescending(c => c.PopulationMunicipale).FirstOrDefaultAsync(ct);
            if (commune is null)
            {
                // People type without accents or hyphens: compare normalised names, only when the exact name failed.
                var cle = RechercherTerritoires.Normaliser(texte);
                var initiale = texte[..1].ToLower();
                var proches = await communes.Where(c => c.Nom.ToLower().StartsWith(initiale)).ToListAsync(ct);
                commune = proches.Where(c => RechercherTerritoires.Normaliser(c.Nom) == cle).OrderByDescending(c => c.PopulationMunicipale).FirstOrDefault();
            }
        }

        if (commune is null)
        {
            return new Resultat(null, $"Commune inconnue : « {texte} ». Saisissez le nom d'une commune, son code postal ou son code INSEE.");
        }

        if (commune.Latitude is not { } lat || commune.Longitude is not { } lon)
        {
            return new Resultat(null, $"La position de la commune {commune.Nom} ({commune.Code}) n'est pas connue : indiquez une adresse ou utilisez « autour de moi ».");
        }

        var libelle = codePostal is null ? $"{commune.Nom} ({commune.Code})" : $"{commune.Nom} ({codePostal})";
        return new Resultat(new PointDeDepart(lat, lon, libelle, commune.Code), null);
    }
}
