using Microsoft.EntityFrameworkCore;
using Portrea.Core.Lieux;
using Portrea.Core.Lieux.Horaires;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Contributions;

/// <summary>
/// One writable host per engine for the contributions tests, with the shipped Bretagne data. Every test creates its
/// own places (unique identifiers) and only ever touches those, so tests stay independent while sharing the start-up.
/// </summary>
public abstract class ContributionsFixture(Moteur moteur) : IAsyncLifetime
{
    public const string CommuneRennes = "35238";
    public const string CommuneSaintBrieuc = "22278";

    private BaseDeTest? _base;
    private PortreaApplication? _app;

    public PortreaApplication App => _app ?? throw new InvalidOperationException("Fixture non initialisée.");

    public Moteur Moteur => moteur;

    /// <summary>The message the host sent to <paramref name="email"/>, read from the embedded outbox (.eml files).</summary>
    public Task<MimeKit.MimeMessage> CourrielAsync(string email) => Courriels.AttendreAsync(Courriels.BoiteEnvoi(_base!), email);

    /// <summary>SIREN of the EPCI of Rennes, and of Saint-Brieuc (another EPCI).</summary>
    public string EpciRennes { get; private set; } = "";

    public string EpciSaintBrieuc { get; private set; } = "";

    /// <summary>A structure that runs none of the places the tests create (accounts refer to real structures).</summary>
    public int AutreStructure { get; private set; }

    public async Task InitializeAsync()
    {
        _base = await BaseDeTest.CreerAsync(moteur);
        _app = new PortreaApplication(
            _base,
            new Dictionary<string, string?> { ["Portrea:Contributions:PropositionsParHeure"] = "1000", ["Portrea:Smtp:IntervalleSecondes"] = "0.2" });
        _app.CreateClient().Dispose();
        EpciRennes = await App.AvecBaseAsync(db => db.EpciMembres.Where(m => m.CommuneCode == CommuneRennes).Select(m => m.EpciSiren).SingleAsync());
        EpciSaintBrieuc = await App.AvecBaseAsync(db => db.EpciMembres.Where(m => m.CommuneCode == CommuneSaintBrieuc).Select(m => m.EpciSiren).SingleAsync());
        AutreStructure = (await CreerLieuAsync()).StructureId!.Value;
    }

    /// <summary>A new place in <paramref name="communeCode"/>, run by a new structure, with one service, one public and one private contact.</summary>
    public Task<Lieu> CreerLieuAsync(string communeCode = CommuneRennes) => App.AvecBaseAsync(async db =>
    {
        var suffixe = Guid.NewGuid().ToString("N")[..10];
        var structure = new Structure { Nom = "Association " + suffixe };
        var lieu = new Lieu
        {
            Identifiant = "test-" + suffixe,
            Nom = "Espace numérique " + suffixe,
            Commune = communeCode == CommuneRennes ? "Rennes" : "Saint-Brieuc",
            CodePostal = communeCode == CommuneRennes ? "35000" : "22000",
            CodeInsee = communeCode,
            CommuneCode = communeCode,
            Rattachement = RattachementCommune.CodeInsee,
            Adresse = "1 rue de la Paix",
            Telephone = "+33299000000",
            DateMaj = new DateOnly(2026, 1, 15),
            Structure = structure,
            Services =
            [
                new ServiceLieu
                {
                    Nom = "Aide aux démarches administratives",
                    ServiceNational = "Aide aux démarches administratives",
                    Categorie = CategorieBesoin.EtreAideDemarches,
                    Format = FormatService.Individuel,
                    Creneaux = [new CreneauService { Jour = DayOfWeek.Tuesday, Frequence = FrequencePlanning.ChaqueSemaine, OuvertureMinutes = 540, FermetureMinutes = 720 }],
                },
            ],
            Contacts =
            [
                new ContactLieu { Nom = "Accueil", Telephone = "+33299000001", Public = true },
                new ContactLieu { Nom = "Camille Privé", Courriel = "camille.prive@example.org", Public = false },
            ],
        };
        db.Lieux.Add(lieu);
        await db.SaveChangesAsync();
        return lieu;
    });

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_base is not null)
        {
            await _base.DisposeAsync();
        }
    }
}

public sealed class ContributionsSqlite() : ContributionsFixture(Moteur.Sqlite);

public sealed class ContributionsPostgres() : ContributionsFixture(Moteur.Postgres);

[CollectionDefinition(Nom)]
public sealed class ContributionsSurSqlite : ICollectionFixture<ContributionsSqlite>
{
    public const string Nom = "Contributions sur SQLite";
}

[CollectionDefinition(Nom)]
public sealed class ContributionsSurPostgres : ICollectionFixture<ContributionsPostgres>
{
    public const string Nom = "Contributions sur PostgreSQL";
}
