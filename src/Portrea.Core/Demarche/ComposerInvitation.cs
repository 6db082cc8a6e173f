using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;

namespace Portrea.Core.Demarche;

public sealed record InvitationComposee(string Sujet, string Corps);

/// <summary>The invitation to an EPCI's collaborative day: the referential's French template filled with the territory's data.</summary>
public sealed class ComposerInvitation(PortreaDbContext db, ReferentielDemarche referentiel, ConsulterDemarche consulter)
{
    private static readonly CultureInfo Francais = CultureInfo.GetCultureInfo("fr-FR");

    public async Task<InvitationComposee?> ComposerAsync(string siren, CancellationToken ct)
    {
        var epci = await db.Epcis.AsNoTracking().SingleOrDefaultAsync(e => e.Siren == siren, ct);
        if (epci is null)
        {
            return null;
        }

        var journee = await db.JourneesCollaboratives.AsNoTracking().SingleOrDefaultAsync(j => j.EpciSiren == siren, ct);
        var etat = await consulter.ConsulterAsync(siren, ct);
        var aPreciser = "à préciser";
        var valeurs = new Dictionary<string, string>
        {
            ["epci"] = epci.Nom,
            ["date"] = journee?.Date?.ToString("dddd d MMMM yyyy", Francais) ?? aPreciser,
            ["horaires"] = journee?.Horaires ?? aPreciser,
            ["lieu"] = journee?.Lieu ?? aPreciser,
            ["adresse"] = journee?.Adresse ?? aPreciser,
            ["communes"] = epci.NombreCommunes.ToString(Francais),
            ["population"] = epci.PopulationMunicipale?.ToString("N0", Francais) ?? "non disponible",
            ["referents"] = etat is { Referents.Count: > 0 }
                ? string.Join(", ", etat.Referents.Select(r => r.Courriel is null ? r.Nom : $"{r.Nom} ({r.Courriel})"))
                : aPreciser,
        };
        return new InvitationComposee(Remplir(referentiel.Invitation.Sujet, valeurs), Remplir(referentiel.Invitation.Corps, valeurs));
    }

    private static string Remplir(string modele, IReadOnlyDictionary<string, string> valeurs) =>
        valeurs.Aggregate(modele, (texte, v) => texte.Replace("{" + v.Key + "}", v.Value, StringComparison.Ordinal));
}
