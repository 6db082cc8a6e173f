using Microsoft.EntityFrameworkCore;
using Portrea.Core.Indicateurs.Calcul;
using Portrea.Core.Persistence;
using Portrea.Core.Portraits;
using Portrea.Core.Territoires;
using Portrea.Web.Features.Territoires;

namespace Portrea.Web.Features.Portraits;

/// <summary>Builds the portrait of a commune, EPCI or département from the database, under a what-if scenario.</summary>
public sealed class ConstruirePortrait(PortreaDbContext db, ChargerPortrait charger, CalculerIndicateurs indicateurs, TimeProvider horloge)
{
    /// <summary>Null when the territory does not exist.</summary>
    public async Task<PortraitVue?> ConstruireAsync(NiveauTerritoire niveau, string code, IEnumerable<string?> ajouts, IEnumerable<string?> retraits, CancellationToken ct)
    {
        var identite = await IdentiteAsync(niveau, code, ct);
        if (identite is null)
        {
            return null;
        }

        var (nom, nature, lien) = identite.Value;
        var communes = await (niveau switch
        {
            NiveauTerritoire.Epci => db.Communes.Where(c => c.EpciSiren == code),
            NiveauTerritoire.Departement => db.Communes.Where(c => c.DepartementCode == code),
            _ => db.Communes.Where(c => c.Code == code),
        }).AsNoTracking().OrderBy(c => c.Nom).ToListAsync(ct);
        var lisible = ScenarioPortrait.TryLire(ajouts, retraits, out var scenario, out var erreur);
        var donnees = await charger.ChargerAsync(niveau, code, ct);
        var resultat = CalculerPortrait.Calculer(donnees, charger.Options, lisible ? scenario : ScenarioPortrait.Aucun);
        var reference = resultat.Scenario.EstVide ? null : CalculerPortrait.Calculer(donnees, charger.Options);
        var formes = await Contours.FormesAsync(db, NiveauTerritoire.Commune, communes.ToDictionary(c => c.Code, c => c.Nom), null, ct);
        return new PortraitVue(
            niveau,
            code,
            nom,
            nature,
            lien,
            communes,
            communes.Count == 0 || communes.Any(c => c.PopulationMunicipale is null) ? null : communes.Sum(c => (long)c.PopulationMunicipale!.Value),
            await Provenances.MillesimePopulationAsync(db, ct),
            formes,
            await indicateurs.PourTerritoireAsync(niveau, code, ct),
            resultat,
            reference,
            erreur,
            DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(horloge.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime));
    }

    private async Task<(string Nom, string Nature, string Lien)?> IdentiteAsync(NiveauTerritoire niveau, string code, CancellationToken ct)
    {
        switch (niveau)
        {
            case NiveauTerritoire.Epci:
                var epci = await db.Epcis.AsNoTracking().FirstOrDefaultAsync(e => e.Siren == code, ct);
                return epci is null ? null : (epci.Nom, $"{LibelleType(epci.Type)} — SIREN {epci.Siren}", $"/territoires/epci/{code}");
            case NiveauTerritoire.Departement:
                var departement = await db.Departements.AsNoTracking().FirstOrDefaultAsync(d => d.Code == code, ct);
                return departement is null ? null : (departement.Nom, $"Département — code {departement.Code}", $"/territoires/departements/{code}");
            case NiveauTerritoire.Commune:
                var commune = await db.Communes.AsNoTracking().FirstOrDefaultAsync(c => c.Code == code, ct);
                return commune is null ? null : (commune.Nom, $"Commune — code INSEE {commune.Code}", $"/territoires/communes/{code}");
            default:
                return null;
        }
    }

    public static string LibelleType(string type) => type switch
    {
        "CC" => "Communauté de communes",
        "CA" => "Communauté d'agglomération",
        "CU" => "Communauté urbaine",
        "METRO" => "Métropole",
        _ => type,
    };
}
