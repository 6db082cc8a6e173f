using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Imports;
using Portrea.Core.Lieux.Import.Lecture;
using Portrea.Core.Persistence;

namespace Portrea.Core.Demarche;

public sealed record ErreurLigneParticipant(int Ligne, string Champ, string Message);

public sealed record ResultatImportParticipants(int Ajoutes, int DejaPresents, IReadOnlyList<ErreurLigneParticipant> Erreurs)
{
    public bool ARejets => Erreurs.Count > 0;
}

/// <summary>
/// Imports the participants of a collaborative day from an XLSX: the participants template (columns <c>nom</c>,
/// <c>structure</c>, <c>role</c>, <c>courriel</c>) or a filled census template (each row is a structure to invite:
/// <c>nom</c> is the structure, the first of <c>courriels</c> its address). Every row is checked first; one rejected row
/// and nothing is written. A participant already listed (same structure and name, or same e-mail) is not added twice.
/// </summary>
public sealed class ImporterParticipants(PortreaDbContext db)
{
    public static readonly string[] Colonnes = ["nom", "structure", "role", "courriel"];
    public const string NomModele = "modele-participants-journee.xlsx";

    public static byte[] Modele() => ClasseurSimple.Ecrire("Participants", Colonnes, []);

    public async Task<ResultatImportParticipants> ImporterAsync(string siren, byte[] contenu, string nomFichier, CancellationToken ct)
    {
        var tableau = LecteurXlsx.Lire(contenu, nomFichier);
        var recensement = !tableau.A("structure");
        if (!tableau.A(recensement ? "nom" : "structure"))
        {
            throw new FichierIllisibleException("Colonnes attendues : nom, structure, role, courriel (modèle des participants), ou celles du modèle de recensement des acteurs.");
        }

        var erreurs = new List<ErreurLigneParticipant>();
        var lus = new List<ParticipantJournee>();
        foreach (var ligne in tableau.Lignes.Where(l => l.Valeurs.Values.Any(v => !string.IsNullOrWhiteSpace(v))))
        {
            var structure = ligne.Valeur(recensement ? "nom" : "structure")?.Trim();
            var nom = recensement ? null : ligne.Valeur("nom")?.Trim();
            var role = recensement ? null : (ligne.Valeur("role") ?? ligne.Valeur("fonction"))?.Trim();
            var courriel = (recensement ? ligne.Valeur("courriels")?.Split('|')[0] : ligne.Valeur("courriel"))?.Trim();
            var avant = erreurs.Count;
            Verifier(erreurs, ligne.Numero, recensement ? "nom" : "structure", structure, obligatoire: true);
            Verifier(erreurs, ligne.Numero, "nom", nom, obligatoire: false);
            Verifier(erreurs, ligne.Numero, "role", role, obligatoire: false);
            if (!string.IsNullOrEmpty(courriel) && !CourrielValide(courriel))
            {
                erreurs.Add(new(ligne.Numero, recensement ? "courriels" : "courriel", $"Adresse électronique invalide « {courriel} »."));
            }

            if (erreurs.Count == avant)
            {
                lus.Add(new ParticipantJournee { EpciSiren = siren, Structure = structure!, Nom = Vide(nom), Role = Vide(role), Courriel = Vide(courriel) });
            }
        }

        if (erreurs.Count > 0)
        {
            return new(0, 0, erreurs);
        }

        var existants = await db.ParticipantsJournees.Where(p => p.EpciSiren == siren).ToListAsync(ct);
        var cles = existants.SelectMany(Cles).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var ajoutes = 0;
        foreach (var participant in lus)
        {
            if (Cles(participant).Any(cles.Contains))
            {
                continue;
            }

            cles.UnionWith(Cles(participant));
            db.ParticipantsJournees.Add(participant);
            ajoutes++;
        }

        await db.SaveChangesAsync(ct);
        return new(ajoutes, lus.Count - ajoutes, []);
    }

    public static bool CourrielValide(string courriel) =>
        courriel.Length <= 300 && MailAddress.TryCreate(courriel, out var adresse) && adresse.Address == courriel && courriel.Contains('.', StringComparison.Ordinal);

    private static IEnumerable<string> Cles(ParticipantJournee p)
    {
        yield return "s:" + p.Structure.Trim() + "\u001f" + (p.Nom ?? "").Trim();
        if (p.Courriel is { Length: > 0 } c)
        {
            yield return "c:" + c;
        }
    }

    private static void Verifier(List<ErreurLigneParticipant> erreurs, int ligne, string champ, string? valeur, bool obligatoire)
    {
        if (obligatoire && string.IsNullOrWhiteSpace(valeur))
        {
            erreurs.Add(new(ligne, champ, "Valeur obligatoire manquante."));
        }
        else if (valeur?.Length > 200)
        {
            erreurs.Add(new(ligne, champ, "200 caractères au plus."));
        }
    }

    private static string? Vide(string? valeur) => string.IsNullOrWhiteSpace(valeur) ? null : valeur;
}
