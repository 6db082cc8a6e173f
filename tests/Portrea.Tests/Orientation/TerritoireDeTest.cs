using Portrea.Core.Lieux;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Territoires;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Orientation;

/// <summary>
/// A small hand-made territory on an empty database: three communes of one EPCI, and places written by each test.
/// Distances are set by latitude offsets from the centre commune (0.009° ≈ 1 km).
/// </summary>
public static class TerritoireDeTest
{
    public const double LatitudeCentre = 48.5;
    public const double LongitudeCentre = -2.76;
    public const string Centre = "22901";
    public const string Nord = "22902";
    public const string Lointaine = "22903";
    public const string Epci = "200099001";

    public static readonly Dictionary<string, string?> SansAmorcage = new() { ["Portrea:Database:SeedAtStartup"] = "false" };

    public static async Task<PortreaApplication> CreerAsync(BaseDeTest baseDeTest)
    {
        var app = new PortreaApplication(baseDeTest, SansAmorcage);
        await app.AvecBaseAsync(async db =>
        {
            db.Regions.Add(new Region { Code = "53", Nom = "Région de test" });
            db.Departements.Add(new Departement { Code = "22", Nom = "Département de test", RegionCode = "53" });
            db.Epcis.Add(new Epci { Siren = Epci, Nom = "Communauté de test", Type = "CC", NombreCommunes = 3 });
            db.Communes.AddRange(
                Commune(Centre, "Ville-Centre", "22900", 0, 5000),
                Commune(Nord, "Bourg-Nord", "22900", 5, 800),
                Commune(Lointaine, "Saint-Éloigné", "22950", 80, 300));
            return await db.SaveChangesAsync();
        });
        return app;
    }

    public static async Task AjouterAsync(PortreaApplication app, params Lieu[] lieux) =>
        await app.AvecBaseAsync(async db =>
        {
            db.Lieux.AddRange(lieux);
            return await db.SaveChangesAsync();
        });

    /// <summary>A free place offering help with procedures, <paramref name="km"/> north of the centre, open on weekday mornings unless told otherwise.</summary>
    public static Lieu Lieu(
        string identifiant, double? km, string? horaires = "Mo-Fr 09:00-12:00", CategorieBesoin besoin = CategorieBesoin.EtreAideDemarches,
        string? serviceNational = "Aide aux démarches administratives", string communeCode = Centre)
    {
        var lieu = new Lieu
        {
            Identifiant = identifiant,
            Nom = "Lieu " + identifiant,
            Commune = "Ville-Centre",
            CodePostal = "22900",
            Adresse = "1 rue de la Mairie",
            Latitude = km is { } k ? LatitudeCentre + (k * 0.009) : null,
            Longitude = km is null ? null : LongitudeCentre,
            Horaires = horaires,
            CommuneCode = communeCode,
            Rattachement = RattachementCommune.CodeInsee,
            DateMaj = new DateOnly(2026, 11, 1),
            FraisACharge = "Gratuit",
            ModalitesAcces = "Se présenter|Téléphoner",
            ModalitesAccompagnement = "Accompagnement individuel",
            Telephone = "+33296000000",
        };
        lieu.Services.Add(new ServiceLieu { Nom = serviceNational ?? besoin.Libelle(), Categorie = besoin, ServiceNational = serviceNational, Format = FormatService.Individuel });
        return lieu;
    }

    public static CreneauService Creneau(DayOfWeek jour, string debut, string fin, FrequencePlanning frequence = FrequencePlanning.ChaqueSemaine) =>
        CreneauService.Depuis(new JourPlanning(jour, frequence, PlageHoraire.De(debut, fin)));

    private static Commune Commune(string code, string nom, string codePostal, double km, int population) => new()
    {
        Code = code,
        Nom = nom,
        DepartementCode = "22",
        RegionCode = "53",
        EpciSiren = Epci,
        CodesPostaux = codePostal,
        PopulationMunicipale = population,
        Latitude = LatitudeCentre + (km * 0.009),
        Longitude = LongitudeCentre,
    };
}
