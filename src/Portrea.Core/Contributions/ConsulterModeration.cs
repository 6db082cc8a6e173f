using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;

namespace Portrea.Core.Contributions;

/// <summary>A proposal as the moderator reviews it: each proposed field with the sheet's current value.</summary>
public sealed record ElementModeration(Proposition Proposition, string IdentifiantLieu, string NomLieu, int VersionActuelle, IReadOnlyList<DiffChamp> Champs);

/// <summary>
/// <see cref="ModifieDepuis"/>: the sheet's value changed after the author's version, so accepting would overwrite a
/// newer edit; the moderator sees it before deciding.
/// </summary>
public sealed record DiffChamp(string Champ, string Libelle, string? ValeurActuelle, string? ValeurProposee, bool ModifieDepuis);

public sealed record FileModeration(IReadOnlyList<ElementModeration> Elements, IReadOnlyDictionary<StatutModeration, int> Compteurs);

/// <summary>The moderation queue of the EPCIs a referent moderates (every EPCI for an administrator).</summary>
public static class ConsulterModeration
{
    /// <summary>Null when <paramref name="epci"/> is outside the user's territories.</summary>
    public static async Task<FileModeration?> ListerAsync(
        PortreaDbContext db, ClaimsPrincipal utilisateur, string? epci, StatutModeration? statut, int? id, CancellationToken ct)
    {
        if (epci is not null && !DroitsLieu.Modere(utilisateur, epci))
        {
            return null;
        }

        var requete = db.Propositions.AsNoTracking();
        if (epci is not null)
        {
            requete = requete.Where(p => p.EpciSiren == epci);
        }
        else if (!DroitsLieu.EstAdministrateur(utilisateur))
        {
            var epcis = DroitsLieu.EpcisReferent(utilisateur).ToList();
            requete = requete.Where(p => p.EpciSiren != null && epcis.Contains(p.EpciSiren));
        }

        var compteurs = (await requete.GroupBy(p => p.Statut).Select(g => new { g.Key, Nombre = g.Count() }).ToListAsync(ct))
            .ToDictionary(g => g.Key, g => g.Nombre);
        foreach (var s in StatutModerationTexte.Tous)
        {
            compteurs.TryAdd(s, 0);
        }

        if (statut is { } filtre)
        {
            requete = requete.Where(p => p.Statut == filtre);
        }

        if (id is { } seul)
        {
            requete = requete.Where(p => p.Id == seul);
        }

        // By id, the order of arrival: SQLite cannot sort date-time offsets.
        var propositions = await requete.OrderBy(p => p.Id).Take(200).ToListAsync(ct);
        var elements = new List<ElementModeration>();
        foreach (var proposition in propositions)
        {
            var lieu = await db.Lieux.AsNoTracking().Include(l => l.Services).ThenInclude(s => s.Creneaux).Include(l => l.Contacts).AsSplitQuery()
                .FirstAsync(l => l.Id == proposition.LieuId, ct);
            var proposes = proposition.LireChamps();
            var depuis = lieu.Version == proposition.VersionBase
                ? []
                : (await ModifierLieu.ModifieDepuisAsync(db, lieu, proposition.VersionBase, proposes, ct)).Select(m => m.Champ).ToHashSet();
            var actuel = ChampsLieu.Instantane(lieu);
            elements.Add(new ElementModeration(proposition, lieu.Identifiant, lieu.Nom, lieu.Version,
                [.. ChampsLieu.Tous.Where(c => proposes.ContainsKey(c.Code))
                    .Select(c => new DiffChamp(c.Code, c.Libelle, actuel[c.Code], proposes[c.Code], depuis.Contains(c.Code)))]));
        }

        return new FileModeration(elements, compteurs);
    }
}
