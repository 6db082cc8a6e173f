using Microsoft.EntityFrameworkCore;
using Portrea.Core.Persistence;

namespace Portrea.Core.Demarche;

/// <summary>Adds a participant by hand, removes one, and records who attended (the ticked ones) after the day.</summary>
public sealed class GererParticipants(PortreaDbContext db)
{
    public async Task<IReadOnlyList<string>> AjouterAsync(string siren, string? nom, string? structure, string? role, string? courriel, CancellationToken ct)
    {
        var erreurs = new List<string>();
        if (string.IsNullOrWhiteSpace(structure))
        {
            erreurs.Add("Structure : valeur obligatoire.");
        }

        foreach (var (champ, valeur) in new[] { ("Nom", nom), ("Structure", structure), ("Fonction", role) })
        {
            if (valeur?.Trim().Length > 200)
            {
                erreurs.Add($"{champ} : 200 caractères au plus.");
            }
        }

        if (!string.IsNullOrWhiteSpace(courriel) && !ImporterParticipants.CourrielValide(courriel.Trim()))
        {
            erreurs.Add($"Adresse électronique invalide « {courriel} ».");
        }

        if (erreurs.Count > 0)
        {
            return erreurs;
        }

        db.ParticipantsJournees.Add(new ParticipantJournee
        {
            EpciSiren = siren,
            Nom = Vide(nom),
            Structure = structure!.Trim(),
            Role = Vide(role),
            Courriel = Vide(courriel),
        });
        await db.SaveChangesAsync(ct);
        return [];
    }

    public Task<int> RetirerAsync(string siren, int id, CancellationToken ct) =>
        db.ParticipantsJournees.Where(p => p.EpciSiren == siren && p.Id == id).ExecuteDeleteAsync(ct);

    public async Task NoterPresencesAsync(string siren, IReadOnlyCollection<int> presents, CancellationToken ct)
    {
        await db.ParticipantsJournees.Where(p => p.EpciSiren == siren).ExecuteUpdateAsync(s => s.SetProperty(p => p.Present, p => presents.Contains(p.Id)), ct);
    }

    private static string? Vide(string? valeur) => string.IsNullOrWhiteSpace(valeur) ? null : valeur.Trim();
}
