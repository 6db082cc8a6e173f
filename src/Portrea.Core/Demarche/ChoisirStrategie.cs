using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;

namespace Portrea.Core.Demarche;

/// <summary>
/// Records an EPCI's assessed maturity factors and its chosen strategy (null: not chosen yet). Returns the French
/// errors, nothing written when there is one.
/// </summary>
public sealed class ChoisirStrategie(PortreaDbContext db, ReferentielDemarche referentiel)
{
    public async Task<IReadOnlyList<string>> ChoisirAsync(string siren, IReadOnlyDictionary<string, int?> maturite, string? strategie, CancellationToken ct)
    {
        var erreurs = new List<string>();
        if (!string.IsNullOrEmpty(strategie) && referentiel.Strategie(strategie) is null)
        {
            erreurs.Add($"Stratégie inconnue « {strategie} » : generaliste, outil ou reseau.");
        }

        var niveaux = new Dictionary<string, int>();
        foreach (var (facteur, niveau) in maturite)
        {
            if (referentiel.FacteursMaturite.All(f => f.Code != facteur))
            {
                erreurs.Add($"Facteur de maturité inconnu « {facteur} ».");
            }
            else if (niveau is { } n && (n < 0 || n >= referentiel.NiveauxMaturite.Count))
            {
                erreurs.Add($"Niveau hors échelle pour « {facteur} ».");
            }
            else if (niveau is { } valide)
            {
                niveaux[facteur] = valide;
            }
        }

        if (erreurs.Count > 0 || !await db.Epcis.AnyAsync(e => e.Siren == siren, ct))
        {
            return erreurs.Count > 0 ? erreurs : [$"Aucun EPCI de SIREN {siren}."];
        }

        var deploiement = await db.DeploiementsEpci.SingleOrDefaultAsync(d => d.EpciSiren == siren, ct);
        if (deploiement is null)
        {
            deploiement = new DeploiementEpci { EpciSiren = siren };
            db.DeploiementsEpci.Add(deploiement);
        }

        deploiement.Strategie = string.IsNullOrEmpty(strategie) ? null : strategie;
        deploiement.EcrireMaturite(niveaux);
        deploiement.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return ["Cet EPCI vient d'être modifié par quelqu'un d'autre : rechargez la page et recommencez."];
        }

        return [];
    }
}
