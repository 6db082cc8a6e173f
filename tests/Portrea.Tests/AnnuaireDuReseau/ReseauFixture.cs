using Portrea.Core.Lieux;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Territoires;
using Portrea.Tests.Infrastructure;
using Portrea.Tests.Orientation;

namespace Portrea.Tests.AnnuaireDuReseau;

/// <summary>
/// A small hand-made network, read-only for the tests: the three communes of <see cref="TerritoireDeTest"/> (one
/// EPCI) and another EPCI with one commune.
/// <list type="bullet">
/// <item>Médiathèque (Ville-Centre, run by the town hall): help with procedures Tuesday 9–12 (3 h), free access to
/// computers at the place's hours (Monday–Friday 9–12, 15 h), and a CAF permanence Thursday 14–16:30 (2.5 h); a public
/// desk contact and a private one.</item>
/// <item>Espace Clic (Bourg-Nord, run by an association): help with procedures declared at 4 h a week, workshops with no
/// hours at all; a private contact.</item>
/// <item>Point info (Ville-Centre, structure unknown): information Monday 9–12 (3 h).</item>
/// <item>A draft in Ville-Centre (never shown) and a place of the other EPCI with a private contact.</item>
/// </list>
/// </summary>
public abstract class ReseauFixture(Moteur moteur) : IAsyncLifetime
{
    public const string Epci = TerritoireDeTest.Epci;
    public const string AutreEpci = "200099002";
    public const string CommuneAilleurs = "29001";

    private BaseDeTest? _base;
    private PortreaApplication? _app;

    public PortreaApplication App => _app ?? throw new InvalidOperationException("Fixture non initialisée.");

    public int Mairie { get; private set; }
    public int Association { get; private set; }
    public int Caf { get; private set; }
    public int StructureAilleurs { get; private set; }

    public async Task InitializeAsync()
    {
        _base = await BaseDeTest.CreerAsync(moteur);
        _app = await TerritoireDeTest.CreerAsync(_base);
        await App.AvecBaseAsync(async db =>
        {
            db.Epcis.Add(new Epci { Siren = AutreEpci, Nom = "Autre communauté", Type = "CC", NombreCommunes = 1 });
            db.Communes.Add(new Commune { Code = CommuneAilleurs, Nom = "Ailleurs", DepartementCode = "22", RegionCode = "53", EpciSiren = AutreEpci, CodesPostaux = "29000" });
            db.EpciMembres.AddRange(
                new EpciMembre { EpciSiren = Epci, CommuneCode = TerritoireDeTest.Centre, Nom = "Ville-Centre" },
                new EpciMembre { EpciSiren = Epci, CommuneCode = TerritoireDeTest.Nord, Nom = "Bourg-Nord" },
                new EpciMembre { EpciSiren = Epci, CommuneCode = TerritoireDeTest.Lointaine, Nom = "Saint-Éloigné" },
                new EpciMembre { EpciSiren = AutreEpci, CommuneCode = CommuneAilleurs, Nom = "Ailleurs" });
            var mairie = new Structure { Nom = "Mairie de Ville-Centre", Typologie = "MUNI" };
            var association = new Structure { Nom = "Association Clic" };
            var caf = new Structure { Nom = "CAF des Côtes-d'Armor" };
            var ailleurs = new Structure { Nom = "Structure d'ailleurs" };
            db.Structures.AddRange(mairie, association, caf, ailleurs);
            await db.SaveChangesAsync();
            (Mairie, Association, Caf, StructureAilleurs) = (mairie.Id, association.Id, caf.Id, ailleurs.Id);

            var mediatheque = Lieu("mediatheque", "Médiathèque", TerritoireDeTest.Centre, mairie.Id, "Mo-Fr 09:00-12:00");
            mediatheque.Telephone = "+33296000010";
            mediatheque.Services.AddRange(
                Service("Aide aux démarches", CategorieBesoin.EtreAideDemarches, Creneau(DayOfWeek.Tuesday, "09:00", "12:00")),
                Service("Accès libre aux ordinateurs", CategorieBesoin.AccederMaterielReseau),
                Service("Permanence CAF", CategorieBesoin.EtreAideDemarches, Creneau(DayOfWeek.Thursday, "14:00", "16:30"), caf.Id));
            mediatheque.Contacts.AddRange(
                new ContactLieu { Nom = "Accueil", Fonction = "Accueil du public", Telephone = "0296000001", Public = true },
                new ContactLieu { Nom = "Jeanne Martin", Fonction = "Conseillère numérique", Courriel = "jeanne.martin@example.org", Public = false });
            var clic = Lieu("espace-clic", "Espace Clic", TerritoireDeTest.Nord, association.Id, null);
            var declare = Service("Aide aux démarches", CategorieBesoin.EtreAideDemarches);
            declare.HeuresParSemaine = 4;
            clic.Services.AddRange(declare, Service("Ateliers numériques", CategorieBesoin.DevelopperCultureNumerique));
            clic.Contacts.Add(new ContactLieu { Nom = "Paul Durand", Fonction = "Animateur", Telephone = "0296000002", Public = false });
            var info = Lieu("point-info", "Point info", TerritoireDeTest.Centre, null, null);
            info.Services.Add(Service("Information", CategorieBesoin.EtreInformeOriente, Creneau(DayOfWeek.Monday, "09:00", "12:00")));
            var brouillon = Lieu("brouillon", "Brouillon caché", TerritoireDeTest.Centre, mairie.Id, null);
            brouillon.Brouillon = true;
            brouillon.Services.Add(Service("Aide aux démarches", CategorieBesoin.EtreAideDemarches, Creneau(DayOfWeek.Friday, "09:00", "12:00")));
            var autre = Lieu("lieu-ailleurs", "Lieu d'ailleurs", CommuneAilleurs, ailleurs.Id, null);
            autre.Services.Add(Service("Aide aux démarches", CategorieBesoin.EtreAideDemarches));
            autre.Contacts.Add(new ContactLieu { Nom = "Secret Ailleurs", Courriel = "secret@example.org", Public = false });
            db.Lieux.AddRange(mediatheque, clic, info, brouillon, autre);
            return await db.SaveChangesAsync();
        });
    }

    private static Lieu Lieu(string identifiant, string nom, string commune, int? structure, string? horaires) => new()
    {
        Identifiant = identifiant,
        Nom = nom,
        Commune = commune,
        CodePostal = "22900",
        Adresse = "1 place de la Mairie",
        CommuneCode = commune,
        Rattachement = RattachementCommune.CodeInsee,
        StructureId = structure,
        Horaires = horaires,
        DateMaj = new DateOnly(2026, 11, 1),
    };

    private static ServiceLieu Service(string nom, CategorieBesoin besoin, CreneauService? creneau = null, int? structure = null)
    {
        var service = new ServiceLieu { Nom = nom, Categorie = besoin, Format = FormatService.Individuel, StructureId = structure };
        if (creneau is not null)
        {
            service.Creneaux.Add(creneau);
        }

        return service;
    }

    private static CreneauService Creneau(DayOfWeek jour, string debut, string fin) =>
        CreneauService.Depuis(new JourPlanning(jour, FrequencePlanning.ChaqueSemaine, PlageHoraire.De(debut, fin)));

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

public sealed class ReseauSqlite() : ReseauFixture(Moteur.Sqlite);

public sealed class ReseauPostgres() : ReseauFixture(Moteur.Postgres);
