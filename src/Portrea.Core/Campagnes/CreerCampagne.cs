using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portrea.Core.Contributions;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Persistence;

namespace Portrea.Core.Campagnes;

/// <summary>A campaign to create; unset values take the defaults (today, the configured length and reminders, the default message).</summary>
public sealed record DemandeCampagne(string? Territoire, string? Nom, DateOnly? Debut, DateOnly? Fin, string? Sujet, string? Modele, string? Relances);

public sealed record ResultatCreation(Campagne? Campagne, IReadOnlyList<ErreurChamp> Erreurs, bool Interdit = false);

/// <summary>
/// Creates a planned campaign for one EPCI (<c>epci:SIREN</c>), for an administrator or a referent of that EPCI. It is
/// launched on its first day by the scheduler, or earlier by hand. Every value is checked before anything is written.
/// </summary>
public sealed class CreerCampagne(PortreaDbContext db, IOptions<OptionsCampagnes> options, TimeProvider horloge)
{
    public const string PrefixeEpci = "epci:";

    public async Task<ResultatCreation> CreerAsync(DemandeCampagne demande, ClaimsPrincipal utilisateur, string adresseBase, CancellationToken ct)
    {
        var erreurs = new List<ErreurChamp>();
        var territoire = demande.Territoire?.Trim() ?? "";
        var siren = territoire.StartsWith(PrefixeEpci, StringComparison.Ordinal) ? territoire[PrefixeEpci.Length..] : null;
        string? nomEpci = null;
        if (territoire.Length == 0)
        {
            erreurs.Add(new ErreurChamp("territoire", "Indiquez le territoire de la campagne, sous la forme « epci:SIREN »."));
        }
        else if (siren is null)
        {
            erreurs.Add(new ErreurChamp("territoire", $"Territoire « {territoire} » non pris en charge : une campagne porte sur un EPCI, « epci:SIREN »."));
        }
        else
        {
            nomEpci = await db.Epcis.Where(e => e.Siren == siren).Select(e => e.Nom).SingleOrDefaultAsync(ct);
            if (nomEpci is null)
            {
                erreurs.Add(new ErreurChamp("territoire", $"Aucun EPCI de SIREN « {siren} »."));
            }
            else if (!DroitsLieu.Modere(utilisateur, siren))
            {
                return new ResultatCreation(null, [new ErreurChamp("territoire", $"Vous n'êtes pas référent·e de l'EPCI {nomEpci}.")], Interdit: true);
            }
        }

        var aujourdhui = DateOnly.FromDateTime(HeureDeParis.Maintenant(horloge));
        var debut = demande.Debut ?? aujourdhui;
        var fin = demande.Fin ?? debut.AddDays(Math.Max(1, options.Value.DureeJours) - 1);
        if (debut < aujourdhui)
        {
            erreurs.Add(new ErreurChamp("debut", "La date de début est passée : choisissez aujourd'hui ou une date à venir."));
        }

        if (fin < debut)
        {
            erreurs.Add(new ErreurChamp("fin", "La date de fin précède la date de début."));
        }
        else if (fin.DayNumber - debut.DayNumber > 366)
        {
            erreurs.Add(new ErreurChamp("fin", "Une campagne dure un an au plus."));
        }

        var nom = string.IsNullOrWhiteSpace(demande.Nom) ? $"Campagne du {debut.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))}" : demande.Nom.Trim();
        if (nom.Length > 200)
        {
            erreurs.Add(new ErreurChamp("nom", $"Le nom fait {nom.Length} caractères : 200 au plus."));
        }

        var sujet = string.IsNullOrWhiteSpace(demande.Sujet) ? ModeleCourriel.SujetParDefaut : demande.Sujet.Trim();
        var modele = string.IsNullOrWhiteSpace(demande.Modele) ? ModeleCourriel.CorpsParDefaut : demande.Modele.ReplaceLineEndings("\n").Trim();
        erreurs.AddRange(ModeleCourriel.Valider(sujet, modele).Select(e => new ErreurChamp(e.Champ, e.Message)));
        var erreurDelais = DelaisCampagne.Valider(demande.Relances ?? options.Value.DelaisRelances, fin.DayNumber - debut.DayNumber + 1, out var delais);
        if (erreurDelais is not null)
        {
            erreurs.Add(new ErreurChamp("relances", erreurDelais));
        }

        if (erreurs.Count > 0)
        {
            return new ResultatCreation(null, erreurs);
        }

        var campagne = new Campagne
        {
            EpciSiren = siren!,
            Nom = nom,
            Debut = debut,
            Fin = fin,
            Sujet = sujet,
            Modele = modele,
            DelaisRelances = DelaisCampagne.Ecrire(delais),
            Statut = StatutCampagne.Planifiee,
            AdresseBase = adresseBase,
            CreeLe = horloge.GetUtcNow(),
            CreeParNom = AuteurModification.Depuis(utilisateur).Nom,
        };
        db.Campagnes.Add(campagne);
        await db.SaveChangesAsync(ct);
        return new ResultatCreation(campagne, []);
    }
}
