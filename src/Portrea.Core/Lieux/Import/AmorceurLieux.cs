using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portrea.Core.Imports;
using Portrea.Core.Persistence;

namespace Portrea.Core.Lieux.Import;

/// <summary>
/// Loads the shipped Bretagne places on first start: the France Services list (2023) first, then the Conseillers
/// numériques places of the national cartography (2022), which are merged into the France Services they duplicate.
/// </summary>
public sealed class AmorceurLieux(PortreaDbContext db, ImporterLieux importer, IOptions<PortreaOptions> options) : IAmorceurDonnees
{
    public static readonly IReadOnlyList<string> FichiersLivres =
    [
        "bretagne_france_services_2023.csv",
        "bretagne_lieux_cnfs_cartographie_nationale_2022.csv",
    ];

    public int Ordre => 20;

    public string Nom => "lieux d'aide au numérique de Bretagne (France Services 2023, Conseillers numériques 2022)";

    public async Task<bool> DoitAmorcerAsync(CancellationToken ct) =>
        await db.Communes.AnyAsync(ct) && !await db.Lieux.AnyAsync(ct);

    public async Task AmorcerAsync(IProgress<ProgressionImport>? progression, CancellationToken ct)
    {
        foreach (var fichier in FichiersLivres)
        {
            var rapport = await importer.ImporterAsync(
                Path.Combine(options.Value.ReferenceDataFullPath, "lieux", fichier), FormatFichierLieux.Auto, simulation: false, progression, ct);
            if (rapport.ARejets)
            {
                throw new InvalidOperationException($"Données livrées invalides ({fichier}) : {rapport.Rejetes[0]}");
            }
        }
    }
}
