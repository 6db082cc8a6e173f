using System.Globalization;
using System.Security.Claims;
using System.Text;
using Portrea.Core.Contributions;
using Portrea.Core.Lieux;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Orientation;
using Portrea.Core.Persistence;
using Portrea.Core.Portraits;

namespace Portrea.Core.AnnuaireDuReseau;

/// <summary>
/// Builds the network directory of one EPCI for one reader: places grouped by the structure that runs them, services
/// with who holds them and when, and contacts filtered by the place's rights (private ones only for its editors).
/// The caller checks first that the reader may see this EPCI (<see cref="PerimetreReseau"/>).
/// </summary>
public static class ConsulterReseau
{
    public const string StructureInconnue = "Structure non renseignée";

    private static readonly StringComparer Francais = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), ignoreCase: true);

    public static async Task<AnnuaireReseau?> ExecuterAsync(PortreaDbContext db, ClaimsPrincipal lecteur, string siren, FiltresReseau filtres, CancellationToken ct) =>
        await ChargerReseau.ChargerAsync(db, siren, ct) is { } donnees ? Construire(donnees, lecteur, filtres) : null;

    public static AnnuaireReseau Construire(DonneesReseau donnees, ClaimsPrincipal lecteur, FiltresReseau filtres)
    {
        var communes = donnees.Communes.ToDictionary(c => c.Code, c => c.Nom);
        var lieux = donnees.Lieux
            .Where(l => filtres.CommuneCode is null || l.CommuneCode == filtres.CommuneCode)
            .Where(l => filtres.Besoin is not { } b || l.Services.Any(s => s.Categorie == b))
            .Where(l => filtres.StructureId is not { } s || l.StructureId == s || l.Services.Any(x => x.StructureId == s))
            .Select(l => Lieu(l, communes, lecteur, donnees.Siren, filtres.Besoin))
            .Where(l => Correspond(l, filtres.Texte))
            .OrderBy(l => l.Commune, Francais).ThenBy(l => l.Nom, Francais).ThenBy(l => l.Identifiant, StringComparer.Ordinal)
            .ToList();
        var sources = donnees.Lieux.ToDictionary(l => l.Identifiant);

        var structures = new Dictionary<int, (Structure Structure, List<LieuReseau> Lieux, List<PermanenceAilleurs> Ailleurs)>();
        var sansStructure = new List<LieuReseau>();
        foreach (var lieu in lieux)
        {
            var source = sources[lieu.Identifiant];
            if (source.Structure is { } s)
            {
                Entree(structures, s).Lieux.Add(lieu);
            }
            else
            {
                sansStructure.Add(lieu);
            }

            foreach (var service in lieu.Services.Where(x => x.EstPermanence))
            {
                var titulaire = source.Services.First(x => x.StructureId == service.TenuParId).Structure!;
                Entree(structures, titulaire).Ailleurs.Add(new PermanenceAilleurs(lieu.Identifiant, lieu.Nom, lieu.Commune, service));
            }
        }

        var resultat = structures.Values
            .Select(e => new StructureReseau(e.Structure.Id, e.Structure.Nom, Typologie(e.Structure.Typologie), e.Lieux, e.Ailleurs))
            .OrderBy(s => s.Nom, Francais).ThenBy(s => s.Id)
            .ToList();
        if (sansStructure.Count > 0)
        {
            resultat.Add(new StructureReseau(null, StructureInconnue, null, sansStructure, []));
        }

        return new AnnuaireReseau(donnees.Siren, donnees.Nom, filtres, donnees.Communes, resultat, lieux.Count, lieux.Sum(l => l.ContactsPrivesMasques));
    }

    /// <summary>The need of a service in plain French, its hours from the hours engine, and its hours per week as the portraits count them.</summary>
    public static ServiceReseau Service(ServiceLieu service, Lieu lieu)
    {
        var offre = CouvertureHebdomadaire.Offre(service, lieu.Horaires);
        var horaires = service.Creneaux.Count > 0
            ? service.Planning().ToOsm().EnFrancais()
            : offre.HeuresDuLieu ? "aux heures d'ouverture du lieu" : "horaires non renseignés";
        var permanence = service.EstPermanence(lieu);
        return new ServiceReseau(
            service.Categorie,
            service.Nom,
            service.Format.Libelle(),
            permanence ? service.Structure?.Nom : lieu.Structure?.Nom,
            permanence ? service.StructureId : lieu.StructureId,
            permanence,
            horaires,
            offre.HeuresParSemaine,
            offre.HeuresDuLieu);
    }

    private static LieuReseau Lieu(Lieu lieu, Dictionary<string, string> communes, ClaimsPrincipal lecteur, string siren, CategorieBesoin? besoin)
    {
        var droits = DroitsLieu.Calculer(lecteur, lieu.StructureId, siren);
        var visibles = lieu.Contacts.Where(c => c.Public || droits.VoirContactsPrives)
            .OrderBy(c => !c.Public).ThenBy(c => c.Nom ?? c.Fonction ?? "", Francais).ThenBy(c => c.Id)
            .Select(c => new ContactReseau(c.Nom, c.Fonction, c.Telephone is null ? null : AccesLieu.Telephone(c.Telephone), c.Courriel, c.Public))
            .ToList();
        string? horairesLieu = lieu.Horaires is not null && HorairesOsm.TryAnalyser(lieu.Horaires, out var osm, out _) ? osm.EnFrancais() : null;
        return new LieuReseau(
            lieu.Identifiant,
            lieu.Nom,
            string.Join(", ", new[] { lieu.Adresse, lieu.ComplementAdresse }.Where(t => !string.IsNullOrWhiteSpace(t))),
            lieu.CommuneCode!,
            communes.GetValueOrDefault(lieu.CommuneCode!, lieu.Commune),
            lieu.Structure?.Nom,
            lieu.Telephone is null ? null : AccesLieu.Telephone(lieu.Telephone),
            [.. lieu.Courriels.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            horairesLieu,
            visibles,
            lieu.Contacts.Count - visibles.Count,
            [.. lieu.Services.Where(s => besoin is null || s.Categorie == besoin)
                .OrderBy(s => s.Categorie).ThenBy(s => s.Nom, Francais).ThenBy(s => s.Id)
                .Select(s => Service(s, lieu))]);
    }

    private static (Structure Structure, List<LieuReseau> Lieux, List<PermanenceAilleurs> Ailleurs) Entree(
        Dictionary<int, (Structure Structure, List<LieuReseau> Lieux, List<PermanenceAilleurs> Ailleurs)> structures, Structure structure)
    {
        if (!structures.TryGetValue(structure.Id, out var entree))
        {
            entree = (structure, [], []);
            structures[structure.Id] = entree;
        }

        return entree;
    }

    private static string? Typologie(string typologie) =>
        typologie.Length == 0 ? null : string.Join(", ", typologie.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>Every word must appear somewhere the reader can see: names, commune, services, contacts shown.</summary>
    private static bool Correspond(LieuReseau lieu, string? texte)
    {
        if (string.IsNullOrWhiteSpace(texte))
        {
            return true;
        }

        var botte = Normaliser(string.Join(' ', new[] { lieu.Nom, lieu.Commune, lieu.Adresse, lieu.StructureNom ?? "" }
            .Concat(lieu.Services.SelectMany(s => new[] { s.Nom, s.TenuPar ?? "", s.Besoin.Libelle() }))
            .Concat(lieu.Contacts.SelectMany(c => new[] { c.Nom ?? "", c.Fonction ?? "" }))));
        return Normaliser(texte).Split(' ', StringSplitOptions.RemoveEmptyEntries).All(botte.Contains);
    }

    public static string Normaliser(string texte)
    {
        var sans = new StringBuilder(texte.Length);
        foreach (var c in texte.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sans.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
            }
        }

        return sans.ToString();
    }
}
