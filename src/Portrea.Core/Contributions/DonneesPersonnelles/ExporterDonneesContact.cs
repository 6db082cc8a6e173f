using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Portrea.Core.Lieux.Horaires;

namespace Portrea.Core.Contributions.DonneesPersonnelles;

/// <summary>
/// Right of access for a place contact: what Portrea holds about the person, and nothing about anyone else (the other
/// contacts of the same history entries are left out).
/// </summary>
public sealed class ExporterDonneesContact(RechercherPersonne rechercher, TimeProvider horloge)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public sealed record Export(
        DateTimeOffset GenereLe,
        string? Email,
        string? Nom,
        string Perimetre,
        IReadOnlyList<ContactExporte> Contacts,
        IReadOnlyList<HistoriqueExporte> Historique,
        IReadOnlyList<PropositionExportee> Propositions,
        IReadOnlyList<MessageExporte> Messages);

    public sealed record ContactExporte(string Lieu, string NomLieu, string? Nom, string? Fonction, string? Telephone, string? Courriel, bool PublicationAcceptee);

    public sealed record HistoriqueExporte(string Lieu, string NomLieu, int Version, DateTimeOffset Date, string Source, IReadOnlyList<ContactSaisi> Avant, IReadOnlyList<ContactSaisi> Apres);

    public sealed record PropositionExportee(
        int Id, string Lieu, string NomLieu, DateTimeOffset Date, string Statut, string? Courriel, string? Message, IReadOnlyList<ContactSaisi> ContactsProposes);

    public sealed record MessageExporte(string Destinataire, string Sujet, DateTime CreeLe, DateTime? EnvoyeLe);

    /// <summary>Null when nothing is held about the person within the user's places.</summary>
    public async Task<Export?> ExporterAsync(ClaimsPrincipal utilisateur, PersonneRecherchee personne, CancellationToken ct)
    {
        var trouve = await rechercher.RechercherAsync(utilisateur, personne, suivi: false, ct);
        if (trouve.Vide)
        {
            return null;
        }

        string Lieu(int id) => trouve.Lieux.TryGetValue(id, out var l) ? l.Identifiant : "";
        string NomLieu(int id) => trouve.Lieux.TryGetValue(id, out var l) ? l.Nom : "";
        return new Export(
            horloge.GetUtcNow(),
            personne.Email,
            personne.Nom,
            PerimetreDonnees.Libelle(utilisateur),
            [.. trouve.Contacts.Select(c => new ContactExporte(Lieu(c.LieuId), NomLieu(c.LieuId), c.Nom, c.Fonction, c.Telephone, c.Courriel, c.Public))],
            [.. trouve.Historique.SelectMany(m => m.LireChangements().Where(c => c.Champ == ChampsLieu.Contacts).Select(c => new HistoriqueExporte(
                Lieu(m.LieuId), NomLieu(m.LieuId), m.Version, m.Date, m.Source.Libelle(), ContactEfface.Trouver(c.Avant, personne), ContactEfface.Trouver(c.Apres, personne))))],
            [.. trouve.Propositions.Select(p =>
            {
                // The message is the person's own words only when the proposal is theirs (found by its address).
                var sienne = personne.CorrespondCourriel(p.Courriel);
                return new PropositionExportee(p.Id, Lieu(p.LieuId), NomLieu(p.LieuId), p.Date, p.Statut.Libelle(),
                    sienne ? p.Courriel : null, sienne ? p.Message : null, ContactEfface.Trouver(p.LireChamps().GetValueOrDefault(ChampsLieu.Contacts), personne));
            })],
            [.. trouve.Messages.Select(m => new MessageExporte(m.Destinataire, m.Sujet, m.CreeLe, m.EnvoyeLe))]);
    }

    /// <summary>« donnees-personnelles-camille-martin-example-org-2026-12-07.json ».</summary>
    public string NomFichier(PersonneRecherchee personne)
    {
        var texte = personne.Libelle.Normalize(System.Text.NormalizationForm.FormD);
        var lettres = new string([.. texte.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            .Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-')]);
        var slug = string.Join('-', lettres.Split('-', StringSplitOptions.RemoveEmptyEntries));
        slug = slug[..Math.Min(slug.Length, 60)].Trim('-');
        var date = DateOnly.FromDateTime(HeureDeParis.Maintenant(horloge)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"donnees-personnelles-{(slug.Length > 0 ? slug : "personne")}-{date}.json";
    }
}
