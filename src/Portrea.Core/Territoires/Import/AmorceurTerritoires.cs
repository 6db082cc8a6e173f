using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portrea.Core.Imports;
using Portrea.Core.Persistence;
using Portrea.Core.Provenance;

namespace Portrea.Core.Territoires.Import;

/// <summary>Loads the shipped Bretagne territories (COG 2026) and their contours into an empty database.</summary>
public sealed class AmorceurTerritoires(
    PortreaDbContext db,
    DecoupageAdministratifImporter decoupage,
    ContoursImporter contours,
    IOptions<PortreaOptions> options) : IAmorceurDonnees
{
    public int Ordre => 10;

    public string Nom => "territoires de Bretagne (COG 2026) et contours";

    public async Task<bool> DoitAmorcerAsync(CancellationToken ct) => !await db.Regions.AnyAsync(ct);

    public async Task AmorcerAsync(IProgress<ProgressionImport>? progression, CancellationToken ct)
    {
        var racine = options.Value.ReferenceDataFullPath;
        var rapport = await decoupage.ImporterAsync(
            [Path.Combine(racine, "referentiel", "bretagne_decoupage_2026.json")],
            new OptionsImportDecoupage(Region: null, MillesimeCog: "COG 2026", MillesimePopulation: "2023 (populations légales en vigueur au 1er janvier 2026)"),
            simulation: false,
            progression,
            ct);
        if (rapport.ARejets)
        {
            throw new InvalidOperationException($"Données livrées invalides : {rapport.Rejetes[0]}");
        }

        const string sourceContours = "IGN Admin Express COG 2018 simplifié (gregoiredavid/france-geojson), recomposé au COG 2026";
        foreach (var (fichier, niveau) in new[]
        {
            ("bretagne_region.geojson", NiveauTerritoire.Region),
            ("bretagne_departements_2026.geojson", NiveauTerritoire.Departement),
            ("bretagne_epci_2026.geojson", NiveauTerritoire.Epci),
            ("bretagne_communes_2026.geojson", NiveauTerritoire.Commune),
        })
        {
            await contours.ImporterAsync(Path.Combine(racine, "geo", fichier), niveau, simulation: false, sourceContours, progression, ct);
        }

        var jeu = await db.JeuxDeDonnees.FindAsync([CleJeux.Contours], ct);
        if (jeu is not null)
        {
            jeu.Millesime = "COG 2026 (tracés IGN 2018)";
            await db.SaveChangesAsync(ct);
        }
    }
}
