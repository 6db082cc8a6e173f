using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portrea.Core.Contributions;
using Portrea.Core.Contributions.Recensement;
using Portrea.Core.Demarche;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Lieux.Standard;
using Portrea.Tests.Infrastructure;
using Portrea.Tests.Portraits;

namespace Portrea.Tests.Demarche;

public abstract class JourneeTests(DemarcheFixture fixture)
{
    private const string Lannion = DeuxTerritoires.Lannion;

    private Task<ResultatImportParticipants> ImporterAsync(byte[] xlsx) => Avec<ImporterParticipants, ResultatImportParticipants>(i => i.ImporterAsync(Lannion, xlsx, "participants.xlsx", CancellationToken.None));

    private async Task<TResultat> Avec<TService, TResultat>(Func<TService, Task<TResultat>> action)
        where TService : notnull
    {
        TResultat resultat = default!;
        await fixture.App.AvecServicesAsync(async s => resultat = await action(s.GetRequiredService<TService>()));
        return resultat;
    }

    private Task<int> ParticipantsAsync() => fixture.App.AvecBaseAsync(db => db.ParticipantsJournees.CountAsync(p => p.EpciSiren == Lannion));

    [Fact]
    public async Task Importer_LignesInvalides_SignaleLesNumerosDeLigneEtNAjouteRien()
    {
        await fixture.ReinitialiserAsync(Lannion);
        var xlsx = ClasseurSimple.Ecrire("Participants", ImporterParticipants.Colonnes,
        [
            ["Camille Martin", "Médiathèque de Lannion", "Médiatrice", "camille@example.org"],
            ["Sans structure", "", "", ""],
            ["Dominique Le Gall", "CCAS de Lannion", "", "pas-une-adresse"],
        ]);

        var resultat = await ImporterAsync(xlsx);

        resultat.Erreurs.Select(e => (e.Ligne, e.Champ)).ShouldBe(new[] { (3, "structure"), (4, "courriel") });
        (await ParticipantsAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Importer_ModeleDesParticipantsPuisRecensement_AjouteSansDoublon()
    {
        await fixture.ReinitialiserAsync(Lannion);
        var participants = ClasseurSimple.Ecrire("Participants", ImporterParticipants.Colonnes,
        [
            ["Camille Martin", "Médiathèque de Lannion", "Médiatrice", "camille@example.org"],
            ["Yann Riou", "Mairie de Lannion", "Agent d'accueil", ""],
        ]);
        string[] Ligne(string nom, string courriels) =>
            [.. ChampsStandard.Tous.Select(c => c == ChampsStandard.Nom ? nom : c == ChampsStandard.Courriels ? courriels : "")];
        using var recensement = new MemoryStream();
        ModeleRecensement.Ecrire(recensement, [Ligne("Espace France services de Lannion", "accueil@fs-lannion.example.org|autre@example.org"), Ligne("Secours populaire", "")]);

        var premier = await ImporterAsync(participants);
        var second = await ImporterAsync(participants);
        var troisieme = await ImporterAsync(recensement.ToArray());

        premier.ShouldBe(new ResultatImportParticipants(2, 0, []), "premier import");
        second.Ajoutes.ShouldBe(0);
        second.DejaPresents.ShouldBe(2);
        troisieme.Ajoutes.ShouldBe(2);
        var liste = await fixture.App.AvecBaseAsync(db => db.ParticipantsJournees.Where(p => p.EpciSiren == Lannion).OrderBy(p => p.Id).ToListAsync());
        liste.Count.ShouldBe(4);
        liste[2].Structure.ShouldBe("Espace France services de Lannion");
        liste[2].Courriel.ShouldBe("accueil@fs-lannion.example.org");
        liste[2].Nom.ShouldBeNull();
    }

    [Fact]
    public async Task Presences_EtFichesDuJour_BilanDeLaJournee()
    {
        await fixture.ReinitialiserAsync(Lannion);
        var aujourdhui = DateOnly.FromDateTime(HeureDeParis.Maintenant(TimeProvider.System));
        await Avec<OrganiserJournee, IReadOnlyList<string>>(o => o.EnregistrerAsync(Lannion, aujourdhui.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "9 h 30 – 16 h 30", "Salle des fêtes", "1 place du Général-Leclerc, Lannion", CancellationToken.None));
        foreach (var structure in new[] { "Mairie", "CCAS", "Mission locale", "Médiathèque" })
        {
            (await Avec<GererParticipants, IReadOnlyList<string>>(g => g.AjouterAsync(Lannion, "Personne " + structure, structure, null, null, CancellationToken.None))).ShouldBeEmpty();
        }

        var ids = await fixture.App.AvecBaseAsync(db => db.ParticipantsJournees.Where(p => p.EpciSiren == Lannion).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync());
        await Avec<GererParticipants, bool>(async g => { await g.NoterPresencesAsync(Lannion, [ids[0], ids[2]], CancellationToken.None); return true; });
        await fixture.App.AvecBaseAsync(async db =>
        {
            var lieu = await db.Lieux.SingleAsync(l => l.Identifiant == "lannion-1");
            var maintenant = DateTimeOffset.UtcNow;
            db.ModificationsLieux.AddRange(
                new ModificationLieu { LieuId = lieu.Id, Version = 90, Date = maintenant, Source = SourceModification.Formulaire, Changements = "[]" },
                new ModificationLieu { LieuId = lieu.Id, Version = 91, Date = maintenant.AddDays(-3), Source = SourceModification.Formulaire, Changements = "[]" });
            return await db.SaveChangesAsync();
        });

        var vue = (await Avec<ConsulterJournee, VueJournee?>(c => c.ConsulterAsync(Lannion, CancellationToken.None)))!;

        vue.Participants.Where(p => p.Present).Select(p => p.Id).ShouldBe(new[] { ids[0], ids[2] });
        vue.FichesDuJour.ShouldNotBeNull().ShouldHaveSingleItem().Modifications.ShouldBe(1);
        vue.PreavisInsuffisant.ShouldBeTrue();
        vue.Groupes.Groupes.ShouldHaveSingleItem().Count.ShouldBe(4);
    }

    [Fact]
    public async Task Logistique_CodeInconnu_RefuseEtCochesEnregistrees()
    {
        await fixture.ReinitialiserAsync(Lannion);

        var inconnu = await Avec<OrganiserJournee, IReadOnlyList<string>>(o => o.CocherAsync(Lannion, ["salle", "licorne"], CancellationToken.None));
        var valide = await Avec<OrganiserJournee, IReadOnlyList<string>>(o => o.CocherAsync(Lannion, ["salle", "etiquettes"], CancellationToken.None));

        inconnu.ShouldHaveSingleItem().ShouldContain("licorne");
        valide.ShouldBeEmpty();
        var journee = await fixture.App.AvecBaseAsync(db => db.JourneesCollaboratives.SingleAsync(j => j.EpciSiren == Lannion));
        journee.LireLogistique().Order().ShouldBe(new[] { "etiquettes", "salle" });
    }

    [Fact]
    public async Task Invitations_ParticipantsAvecCourriel_MisesEnBoiteEnvoiAvecLesDonneesDuTerritoire()
    {
        await fixture.ReinitialiserAsync(Lannion);
        await Avec<OrganiserJournee, IReadOnlyList<string>>(o => o.EnregistrerAsync(Lannion, "2027-03-16", "9 h – 17 h", "Espace Sainte-Anne", null, CancellationToken.None));
        await Avec<GererParticipants, IReadOnlyList<string>>(g => g.AjouterAsync(Lannion, "Camille", "Mairie", null, "camille.invitation@example.org", CancellationToken.None));
        await Avec<GererParticipants, IReadOnlyList<string>>(g => g.AjouterAsync(Lannion, "Yann", "CCAS", null, null, CancellationToken.None));

        var envoyes = await Avec<EnvoyerInvitations, int?>(e => e.EnvoyerAsync(Lannion, CancellationToken.None));

        envoyes.ShouldBe(1);
        var message = await fixture.App.AvecBaseAsync(db => db.MessagesSortants.SingleAsync(m => m.Destinataire == "camille.invitation@example.org"));
        message.Sujet.ShouldContain("Lannion-Trégor Communauté");
        message.Corps.ShouldContain("mardi 16 mars 2027");
        message.Corps.ShouldContain("Espace Sainte-Anne");
        message.Corps.ShouldContain("Adresse : à préciser");
    }

    [Fact]
    public async Task TableauDeBord_CampagneLancee_MontreLaPartDesLieuxQuiOntRepondu()
    {
        var rennes = DeuxTerritoires.Rennes;
        var campagneId = await fixture.App.AvecBaseAsync(async db =>
        {
            var premier = await db.Lieux.SingleAsync(l => l.Identifiant == "rennes-1");
            var second = new Portrea.Core.Lieux.Lieu
            {
                Identifiant = "rennes-campagne",
                Nom = "Centre social de Rennes",
                Commune = "Rennes",
                CodePostal = "35000",
                Adresse = "2 place de la République",
                CommuneCode = "35238",
                StructureId = premier.StructureId,
            };
            db.Lieux.Add(second);
            var campagne = new Portrea.Core.Campagnes.Campagne
            {
                EpciSiren = rennes,
                Nom = "Campagne de mars",
                Sujet = "Votre fiche",
                Modele = "Bonjour",
                Debut = new DateOnly(2026, 3, 1),
                Fin = new DateOnly(2026, 3, 31),
                Statut = Portrea.Core.Campagnes.StatutCampagne.Terminee,
                LanceeLe = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero),
            };
            db.Campagnes.Add(campagne);
            await db.SaveChangesAsync();
            db.DestinatairesCampagnes.AddRange(
                new Portrea.Core.Campagnes.DestinataireCampagne { CampagneId = campagne.Id, LieuId = premier.Id, Courriel = "a@example.org", ConfirmeLe = campagne.LanceeLe },
                new Portrea.Core.Campagnes.DestinataireCampagne { CampagneId = campagne.Id, LieuId = second.Id, Courriel = "b@example.org" });
            await db.SaveChangesAsync();
            return campagne.Id;
        });
        using var admin = fixture.App.ClientPour(UtilisateurDeTest.Administrateur());

        try
        {
            var page = WebUtility.HtmlDecode(await admin.GetStringAsync("/demarche/tableau-de-bord"));
            var csv = await admin.GetStringAsync("/demarche/tableau-de-bord.csv");

            page.ShouldContain("1 sur 2 (50 %)");
            page.ShouldContain("aucune campagne lancée");
            var lignes = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            lignes.Single(l => l.StartsWith(rennes + ";", StringComparison.Ordinal)).ShouldEndWith(";2026-03-01;2;1;50");
            lignes.Single(l => l.StartsWith(Lannion + ";", StringComparison.Ordinal)).ShouldEndWith(";;;;");
        }
        finally
        {
            await fixture.App.AvecBaseAsync(async db =>
            {
                await db.Campagnes.Where(c => c.Id == campagneId).ExecuteDeleteAsync();
                return await db.Lieux.Where(l => l.Identifiant == "rennes-campagne").ExecuteDeleteAsync();
            });
        }
    }
}

[Collection(DemarcheSurSqlite.Nom)]
public sealed class JourneeSqliteTests(DemarcheSqlite fixture) : JourneeTests(fixture);

[Collection(DemarcheSurPostgres.Nom)]
public sealed class JourneePostgresTests(DemarchePostgres fixture) : JourneeTests(fixture);

/// <summary>Printing does not depend on the engine; one engine keeps Chromium runs few.</summary>
[Collection(DemarcheSurSqlite.Nom)]
public sealed class JourneePdfTests(DemarcheSqlite fixture)
{
    [Fact]
    public async Task Pdf_EmargementEtBadges_NomsStructuresEtGroupes()
    {
        const string lannion = DeuxTerritoires.Lannion;
        await fixture.ReinitialiserAsync(lannion);
        await fixture.App.AvecServicesAsync(async s =>
        {
            var gerer = s.GetRequiredService<GererParticipants>();
            for (var i = 0; i < 9; i++)
            {
                (await gerer.AjouterAsync(lannion, $"Participante {i}", i % 2 == 0 ? "Mairie de Lannion" : "Association Ti Numérique", "Médiatrice", null, CancellationToken.None)).ShouldBeEmpty();
            }
        });
        using var referente = fixture.App.ClientPour(UtilisateurDeTest.Referent(lannion, "referente-lannion"));

        using var emargement = await referente.GetAsync($"/demarche/epci/{lannion}/journee/emargement.pdf");
        using var badges = await referente.GetAsync($"/demarche/epci/{lannion}/journee/badges.pdf");

        emargement.StatusCode.ShouldBe(HttpStatusCode.OK);
        emargement.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldStartWith($"emargement-epci-{lannion}-");
        var (_, texteEmargement) = await PortraitsPdfTests.LirePdfAsync(await emargement.Content.ReadAsByteArrayAsync());
        var normalise = PortraitsPdfTests.Normaliser(texteEmargement);
        normalise.ShouldContain("Liste d'émargement");
        normalise.ShouldContain("Lannion-Trégor Communauté");
        normalise.ShouldContain("Participante 8");
        normalise.ShouldContain("Mairie de Lannion");
        badges.StatusCode.ShouldBe(HttpStatusCode.OK);
        var (pages, texteBadges) = await PortraitsPdfTests.LirePdfAsync(await badges.Content.ReadAsByteArrayAsync());
        pages.ShouldBeGreaterThanOrEqualTo(1);
        var badgesNormalises = PortraitsPdfTests.Normaliser(texteBadges);
        for (var i = 0; i < 9; i++)
        {
            badgesNormalises.ShouldContain($"Participante {i}");
        }

        badgesNormalises.ShouldContain("Groupe 1");
        badgesNormalises.ShouldContain("Groupe 2");
        badgesNormalises.ShouldNotContain("Groupe 3");
        Encoding.UTF8.GetByteCount(texteBadges).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Export_TableauDeBord_CsvEtXlsxAvecLesPersonnesTouchees()
    {
        using var admin = fixture.App.ClientPour(UtilisateurDeTest.Administrateur());

        var csv = await admin.GetStringAsync("/demarche/tableau-de-bord.csv");
        using var xlsx = await admin.GetAsync("/demarche/tableau-de-bord.xlsx");

        var lignes = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lignes[0].ShouldStartWith("siren;epci;phase;strategie");
        lignes.Length.ShouldBe(3);
        lignes.ShouldContain(l => l.StartsWith(DeuxTerritoires.Rennes + ";Rennes Métropole;", StringComparison.Ordinal));
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        var tableau = Portrea.Core.Lieux.Import.Lecture.LecteurXlsx.Lire(await xlsx.Content.ReadAsByteArrayAsync(), "export.xlsx");
        tableau.Lignes.Count.ShouldBe(2);
        tableau.A("participants").ShouldBeTrue();
    }
}
