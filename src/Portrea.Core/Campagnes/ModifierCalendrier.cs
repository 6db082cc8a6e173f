using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portrea.Core.Contributions;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Persistence;

namespace Portrea.Core.Campagnes;

public sealed record DemandeCalendrier(string? Dates, int? DureeJours, string? Relances, bool Actif);

/// <summary>
/// Saves an EPCI's calendar (for its referent or the hub). Activating it sets the day from which calendar dates are
/// launched, so that a calendar switched on in June does not launch the March campaign late.
/// </summary>
public sealed class ModifierCalendrier(PortreaDbContext db, IOptions<OptionsCampagnes> options, TimeProvider horloge)
{
    public async Task<IReadOnlyList<ErreurChamp>> EnregistrerAsync(string epciSiren, DemandeCalendrier demande, string adresseBase, string? auteur, CancellationToken ct)
    {
        var erreurs = new List<ErreurChamp>();
        if (DatesCalendrier.Valider(demande.Dates, out var dates) is { } erreurDates)
        {
            erreurs.Add(new ErreurChamp("dates", erreurDates));
        }

        var duree = demande.DureeJours ?? options.Value.DureeJours;
        if (duree is < 7 or > 120)
        {
            erreurs.Add(new ErreurChamp("duree", "Une campagne dure de 7 à 120 jours."));
        }
        else if (DelaisCampagne.Valider(demande.Relances, duree, out _) is { } erreurDelais)
        {
            erreurs.Add(new ErreurChamp("relances", erreurDelais));
        }

        if (erreurs.Count > 0)
        {
            return erreurs;
        }

        DelaisCampagne.Valider(demande.Relances, duree, out var delais);
        var calendrier = await db.CalendriersCampagnes.SingleOrDefaultAsync(c => c.EpciSiren == epciSiren, ct);
        if (calendrier is null)
        {
            calendrier = new CalendrierCampagnes { EpciSiren = epciSiren };
            db.CalendriersCampagnes.Add(calendrier);
        }

        if (demande.Actif && !calendrier.Actif)
        {
            calendrier.ActifDepuis = DateOnly.FromDateTime(HeureDeParis.Maintenant(horloge));
        }

        calendrier.Actif = demande.Actif;
        calendrier.Dates = DatesCalendrier.Ecrire(dates);
        calendrier.DureeJours = duree;
        calendrier.DelaisRelances = DelaisCampagne.Ecrire(delais);
        calendrier.AdresseBase = adresseBase;
        calendrier.ModifieLe = horloge.GetUtcNow();
        calendrier.ModifieParNom = auteur;
        await db.SaveChangesAsync(ct);
        return [];
    }
}
