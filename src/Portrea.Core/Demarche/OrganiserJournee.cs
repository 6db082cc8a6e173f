using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;

namespace Portrea.Core.Demarche;

/// <summary>Records the collaborative day's date, times and place, and the logistics items ticked; French errors, nothing written on error.</summary>
public sealed class OrganiserJournee(PortreaDbContext db, ReferentielDemarche referentiel)
{
    public async Task<IReadOnlyList<string>> EnregistrerAsync(string siren, string? date, string? horaires, string? lieu, string? adresse, CancellationToken ct)
    {
        var erreurs = new List<string>();
        DateOnly? jour = null;
        if (!string.IsNullOrWhiteSpace(date))
        {
            if (DateOnly.TryParseExact(date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                jour = d;
            }
            else
            {
                erreurs.Add($"Date invalide « {date} » : attendu AAAA-MM-JJ.");
            }
        }

        Longueur(erreurs, "Horaires", horaires, 100);
        Longueur(erreurs, "Lieu", lieu, 200);
        Longueur(erreurs, "Adresse", adresse, 300);
        if (erreurs.Count > 0)
        {
            return erreurs;
        }

        var journee = await ChargerAsync(siren, ct);
        journee.Date = jour;
        journee.Horaires = Vide(horaires);
        journee.Lieu = Vide(lieu);
        journee.Adresse = Vide(adresse);
        await db.SaveChangesAsync(ct);
        return [];
    }

    public async Task<IReadOnlyList<string>> CocherAsync(string siren, IEnumerable<string> codes, CancellationToken ct)
    {
        var liste = codes.ToList();
        var inconnus = liste.Where(c => referentiel.Logistique.All(l => l.Code != c)).ToList();
        if (inconnus.Count > 0)
        {
            return [$"Élément de logistique inconnu : {string.Join(", ", inconnus)}."];
        }

        var journee = await ChargerAsync(siren, ct);
        journee.EcrireLogistique(liste);
        await db.SaveChangesAsync(ct);
        return [];
    }

    private async Task<JourneeCollaborative> ChargerAsync(string siren, CancellationToken ct)
    {
        var journee = await db.JourneesCollaboratives.SingleOrDefaultAsync(j => j.EpciSiren == siren, ct);
        if (journee is null)
        {
            journee = new JourneeCollaborative { EpciSiren = siren };
            db.JourneesCollaboratives.Add(journee);
        }

        return journee;
    }

    private static void Longueur(List<string> erreurs, string champ, string? valeur, int maximum)
    {
        if (valeur?.Trim().Length > maximum)
        {
            erreurs.Add($"{champ} : {maximum} caractères au plus.");
        }
    }

    private static string? Vide(string? valeur) => string.IsNullOrWhiteSpace(valeur) ? null : valeur.Trim();
}
