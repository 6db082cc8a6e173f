using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portrea.Core.Contributions;
using Portrea.Core.Contributions.Recensement;
using Portrea.Core.Lieux;
using Portrea.Core.Lieux.Standard;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Contributions;

/// <summary>
/// Every mutating endpoint of the API × every role × own/other territory, through real accounts and tokens: the
/// expected status, and what was (or, when refused, was not) written. The endpoint list is read from the running app,
/// so a new mutating endpoint without a row here fails the coverage test.
/// </summary>
public abstract class MatriceAutorisationsTests(ContributionsFixture fixture)
{
    private const string Modifier = "PUT /api/v1/lieux/{id}";
    private const string Restaurer = "POST /api/v1/lieux/{id}/restaurations";
    private const string Proposer = "POST /api/v1/lieux/{id}/propositions";
    private const string Decider = "POST /api/v1/moderation/{id:int}/decision";
    private const string ImporterRecensement = "POST /api/v1/recensement/import";
    private const string ImporterLieux = "POST /api/v1/import/lieux";
    private const string EffacerPersonne = "POST /api/v1/donnees-personnelles/effacement";
    private const string DelivrerJeton = "POST /api/v1/auth/jeton";
    private const string RevoquerJeton = "DELETE /api/v1/auth/jeton";
    private const string PublierDisponibilite = "POST /api/v1/ressources/disponibilites";
    private const string ReserverDisponibilite = "POST /api/v1/ressources/disponibilites/{id:int}/reservations";
    private const string AnnulerReservation = "DELETE /api/v1/ressources/reservations/{id:int}";
    private const string RetirerDisponibilite = "DELETE /api/v1/ressources/disponibilites/{id:int}";
    private const string ChangerPhase = "POST /api/v1/demarche/epci/{siren}/transitions";
    private const string CreerCampagne = "POST /api/v1/campagnes/";
    private const string LancerCampagne = "POST /api/v1/campagnes/{id:int}/lancer";

    private static readonly string[] Profils =
    [
        "anonyme", "connecte-sans-role", "contributeur-meme-structure", "contributeur-autre-structure",
        "referent-meme-epci", "referent-autre-epci", "administrateur",
    ];

    /// <summary>Expected status per endpoint, in the order of <see cref="Profils"/>; the place is in Rennes' EPCI.</summary>
    private static readonly Dictionary<string, int[]> Attendus = new()
    {
        // Anyone signed in may submit a sheet; only its editors publish, the others' edit becomes a proposal (202).
        [Modifier] = [401, 202, 200, 202, 200, 202, 200],
        [Restaurer] = [401, 403, 200, 403, 200, 403, 200],
        // Public proposals are open to everyone, signed in or not.
        [Proposer] = [202, 202, 202, 202, 202, 202, 202],
        // Out of the referent's territory looks like not found, so that queues of other EPCIs stay private.
        [Decider] = [401, 403, 403, 403, 200, 404, 200],
        // The census import creates drafts in the referent's own EPCIs only: a Rennes row from Saint-Brieuc's referent
        // is rejected by line (422), like an invalid row.
        [ImporterRecensement] = [401, 403, 403, 403, 200, 422, 200],
        [ImporterLieux] = [401, 403, 403, 403, 403, 403, 200],
        // A contact of a place outside the referent's EPCIs is not found there (404), so nothing is erased.
        [EffacerPersonne] = [401, 403, 403, 403, 200, 404, 200],
        // The anonymous row sends a wrong password; the others their own account's password.
        [DelivrerJeton] = [401, 200, 200, 200, 200, 200, 200],
        [RevoquerJeton] = [401, 204, 204, 204, 204, 204, 204],
        // The place's editors and the network's administrators (its EPCI's referents) publish its free slots.
        [PublierDisponibilite] = [401, 403, 201, 403, 201, 403, 201],
        // Everyone books for the place's structure, a partner: only its contributors and the network's administrators may.
        [ReserverDisponibilite] = [401, 403, 201, 403, 201, 403, 201],
        // The booking partner's contributors, the place's editors and the network's administrators cancel; to anyone
        // else the booking does not exist.
        [AnnulerReservation] = [401, 404, 204, 404, 204, 404, 204],
        // The place's editors and the network's administrators remove a free slot; to anyone else it does not exist.
        [RetirerDisponibilite] = [401, 404, 204, 404, 204, 404, 204],
        // The rollout pipeline is the hub's: an EPCI's own referents follow it but do not move it.
        [ChangerPhase] = [401, 403, 403, 403, 403, 403, 201],
        // Campaigns belong to the EPCI's referents and the hub; another EPCI's campaign looks like not found.
        [CreerCampagne] = [401, 403, 403, 403, 201, 403, 201],
        [LancerCampagne] = [401, 403, 403, 403, 200, 404, 200],
    };

    public static TheoryData<string, string> Matrice()
    {
        var donnees = new TheoryData<string, string>();
        foreach (var point in Attendus.Keys)
        {
            foreach (var profil in Profils)
            {
                donnees.Add(point, profil);
            }
        }

        return donnees;
    }

    [Fact]
    public void Matrice_PointsDeModificationDeLApi_SontTousCouverts()
    {
        var mutants = fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
                .Where(m => m is "POST" or "PUT" or "DELETE" or "PATCH")
                .Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Distinct()
            .ToList();

        mutants.ShouldNotBeEmpty();
        mutants.ShouldBe(Attendus.Keys, ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(Matrice))]
    public async Task Appeler_SelonRoleEtTerritoire_RepondLeStatutAttenduEtNEcritRienSiRefuse(string point, string profil)
    {
        var attendu = Attendus[point][Array.IndexOf(Profils, profil)];
        var lieu = await fixture.CreerLieuAsync();
        var ecrit = point switch
        {
            Modifier => await ModifierAsync(lieu, profil, attendu),
            Restaurer => await RestaurerAsync(lieu, profil, attendu),
            Proposer => await ProposerAsync(lieu, profil, attendu),
            Decider => await DeciderAsync(lieu, profil, attendu),
            ImporterRecensement => await ImporterRecensementAsync(lieu, profil, attendu),
            ImporterLieux => await ImporterLieuxAsync(lieu, profil, attendu),
            EffacerPersonne => await EffacerPersonneAsync(lieu, profil, attendu),
            DelivrerJeton => await DelivrerJetonAsync(lieu, profil, attendu),
            RevoquerJeton => await RevoquerJetonAsync(lieu, profil, attendu),
            PublierDisponibilite => await PublierDisponibiliteAsync(lieu, profil, attendu),
            ReserverDisponibilite => await ReserverDisponibiliteAsync(lieu, profil, attendu),
            AnnulerReservation => await AnnulerReservationAsync(lieu, profil, attendu),
            RetirerDisponibilite => await RetirerDisponibiliteAsync(lieu, profil, attendu),
            ChangerPhase => await ChangerPhaseAsync(lieu, profil, attendu),
            CreerCampagne => await CreerCampagneAsync(lieu, profil, attendu),
            LancerCampagne => await LancerCampagneAsync(lieu, profil, attendu),
            _ => throw new ArgumentOutOfRangeException(nameof(point), point, "Point sans cas de test."),
        };

        ecrit.ShouldBe(attendu is >= 200 and < 300, $"{profil} sur {point} : écriture constatée = {ecrit}");
    }

    /// <summary>Returns whether the place was changed (new version and history entry); checks the proposal side too.</summary>
    private async Task<bool> ModifierAsync(Lieu lieu, string profil, int attendu)
    {
        using var admin = fixture.App.ClientPour(UtilisateurDeTest.Administrateur());
        var (fiche, etag) = await admin.LireFicheAsync(lieu.Identifiant);
        using var client = fixture.App.ClientPour(Profil(profil, lieu));
        var marqueur = "Matrice " + Guid.NewGuid().ToString("N");
        fiche["presentationResume"] = marqueur;

        using var reponse = await client.EcrireFicheAsync(lieu.Identifiant, fiche, etag);

        ((int)reponse.StatusCode).ShouldBe(attendu);
        var propositions = await fixture.App.AvecBaseAsync(db => db.Propositions.CountAsync(p => p.LieuId == lieu.Id));
        propositions.ShouldBe(attendu == 202 ? 1 : 0);
        var (apres, historique) = await EtatAsync(lieu);
        var publie = apres.Version == lieu.Version + 1 && apres.PresentationResume == marqueur && historique == 1;
        if (!publie)
        {
            apres.Version.ShouldBe(lieu.Version);
            apres.PresentationResume.ShouldBe(lieu.PresentationResume);
            historique.ShouldBe(0);
        }

        // A proposal is accepted work (2xx) but must not touch the published sheet.
        return publie || propositions == 1;
    }

    private async Task<bool> RestaurerAsync(Lieu lieu, string profil, int attendu)
    {
        using var admin = fixture.App.ClientPour(UtilisateurDeTest.Administrateur());
        // Two published versions: the history then holds the values of the first one, which is restored.
        var noms = new[] { "Nom à restaurer " + Guid.NewGuid().ToString("N")[..6], "Nom à annuler " + Guid.NewGuid().ToString("N")[..6] };
        foreach (var nom in noms)
        {
            var (fiche, etag) = await admin.LireFicheAsync(lieu.Identifiant);
            fiche["nom"] = nom;
            using var modification = await admin.EcrireFicheAsync(lieu.Identifiant, fiche, etag);
            modification.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var client = fixture.App.ClientPour(Profil(profil, lieu));
        using var requete = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/lieux/{lieu.Identifiant}/restaurations") { Content = JsonContent.Create(new { version = lieu.Version + 1 }) };
        requete.Headers.TryAddWithoutValidation("If-Match", $"\"lieu-{lieu.Version + 2}\"");

        using var reponse = await client.SendAsync(requete);

        ((int)reponse.StatusCode).ShouldBe(attendu);
        var (apres, historique) = await EtatAsync(lieu);
        if (apres.Version == lieu.Version + 3)
        {
            apres.Nom.ShouldBe(noms[0]);
            historique.ShouldBe(3);
            return true;
        }

        apres.Version.ShouldBe(lieu.Version + 2);
        apres.Nom.ShouldBe(noms[1]);
        historique.ShouldBe(2);
        return false;
    }

    private async Task<bool> ProposerAsync(Lieu lieu, string profil, int attendu)
    {
        using var client = fixture.App.ClientPour(Profil(profil, lieu));

        using var reponse = await client.PostAsJsonAsync($"/api/v1/lieux/{lieu.Identifiant}/propositions", new { champs = new { presentationResume = "Proposé par " + profil } });

        ((int)reponse.StatusCode).ShouldBe(attendu);
        var (apres, historique) = await EtatAsync(lieu);
        apres.Version.ShouldBe(lieu.Version);
        historique.ShouldBe(0);
        return await fixture.App.AvecBaseAsync(db => db.Propositions.AnyAsync(p => p.LieuId == lieu.Id && p.Statut == StatutModeration.AModerer));
    }

    private async Task<bool> DeciderAsync(Lieu lieu, string profil, int attendu)
    {
        var marqueur = "À modérer " + Guid.NewGuid().ToString("N");
        using (var anonyme = fixture.App.ClientPour(null))
        using (var proposition = await anonyme.PostAsJsonAsync($"/api/v1/lieux/{lieu.Identifiant}/propositions", new { champs = new { presentationResume = marqueur } }))
        {
            proposition.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        }

        var id = await fixture.App.AvecBaseAsync(db => db.Propositions.Where(p => p.LieuId == lieu.Id).Select(p => p.Id).SingleAsync());
        using var client = fixture.App.ClientPour(Profil(profil, lieu));

        using var reponse = await client.PostAsJsonAsync($"/api/v1/moderation/{id}/decision", new { decision = "accepter" });

        ((int)reponse.StatusCode).ShouldBe(attendu);
        var statut = await fixture.App.AvecBaseAsync(db => db.Propositions.Where(p => p.Id == id).Select(p => p.Statut).SingleAsync());
        var (apres, historique) = await EtatAsync(lieu);
        if (statut == StatutModeration.AModerer)
        {
            apres.Version.ShouldBe(lieu.Version);
            apres.PresentationResume.ShouldBe(lieu.PresentationResume);
            historique.ShouldBe(0);
            return false;
        }

        statut.ShouldBe(StatutModeration.Acceptee);
        apres.PresentationResume.ShouldBe(marqueur);
        historique.ShouldBe(1);
        return true;
    }

    private async Task<bool> ImporterRecensementAsync(Lieu lieu, string profil, int attendu)
    {
        var nom = "Recensé " + Guid.NewGuid().ToString("N")[..10];
        string[] ligne =
        [
            .. ChampsStandard.Tous.Select(c => c switch
            {
                ChampsStandard.Nom => nom,
                ChampsStandard.Commune => "Rennes",
                ChampsStandard.CodePostal => "35000",
                ChampsStandard.CodeInsee => ContributionsFixture.CommuneRennes,
                ChampsStandard.Adresse => "3 place de la Mairie",
                ChampsStandard.Services => "Aide aux démarches administratives",
                _ => "",
            }),
        ];
        using var flux = new MemoryStream();
        ModeleRecensement.Ecrire(flux, [ligne]);
        using var contenu = new ByteArrayContent(flux.ToArray());
        contenu.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var client = fixture.App.ClientPour(Profil(profil, lieu));

        using var reponse = await client.PostAsync("/api/v1/recensement/import", contenu);

        ((int)reponse.StatusCode).ShouldBe(attendu);
        if (attendu == 422)
        {
            var rejet = (await reponse.JsonAsync()).GetProperty("rejetes").EnumerateArray().ShouldHaveSingleItem();
            rejet.GetProperty("ligne").GetInt32().ShouldBe(2);
            rejet.GetProperty("motif").GetString()!.ShouldContain("n'est pas dans votre territoire");
        }

        var crees = await fixture.App.AvecBaseAsync(db => db.Lieux.CountAsync(l => l.Nom == nom));
        crees.ShouldBeLessThanOrEqualTo(1);
        return crees == 1;
    }

    private async Task<bool> ImporterLieuxAsync(Lieu lieu, string profil, int attendu)
    {
        var nom = "Importé " + Guid.NewGuid().ToString("N")[..10];
        var valeurs = new Dictionary<string, string>
        {
            [ChampsStandard.Id] = "matrice-" + Guid.NewGuid().ToString("N")[..10],
            [ChampsStandard.Pivot] = "00000000000000",
            [ChampsStandard.Nom] = nom,
            [ChampsStandard.Commune] = "Rennes",
            [ChampsStandard.CodePostal] = "35000",
            [ChampsStandard.CodeInsee] = ContributionsFixture.CommuneRennes,
            [ChampsStandard.Adresse] = "2 rue du Port",
            [ChampsStandard.DateMaj] = "2026-11-01",
            [ChampsStandard.Services] = "Aide aux démarches administratives",
        };
        var csv = string.Join(',', ChampsStandard.Tous) + "\n" + string.Join(',', ChampsStandard.Tous.Select(c => valeurs.GetValueOrDefault(c, "")));
        using var contenu = new StringContent(csv, Encoding.UTF8, "text/csv");
        using var client = fixture.App.ClientPour(Profil(profil, lieu));

        using var reponse = await client.PostAsync("/api/v1/import/lieux?format=mednum-v1-csv", contenu);

        ((int)reponse.StatusCode).ShouldBe(attendu, await reponse.Content.ReadAsStringAsync());
        var crees = await fixture.App.AvecBaseAsync(db => db.Lieux.CountAsync(l => l.Nom == nom));
        crees.ShouldBeLessThanOrEqualTo(1);
        return crees == 1;
    }

    private async Task<bool> EffacerPersonneAsync(Lieu lieu, string profil, int attendu)
    {
        var email = $"personne-{Guid.NewGuid():N}@example.org";
        await fixture.App.AvecBaseAsync(async db =>
        {
            db.Set<ContactLieu>().Add(new ContactLieu { LieuId = lieu.Id, Nom = "Personne à effacer", Courriel = email });
            await db.SaveChangesAsync();
            return 0;
        });
        using var client = fixture.App.ClientPour(Profil(profil, lieu));

        using var reponse = await client.PostAsJsonAsync("/api/v1/donnees-personnelles/effacement", new { email });

        ((int)reponse.StatusCode).ShouldBe(attendu);
        var reste = await fixture.App.AvecBaseAsync(db => db.Set<ContactLieu>().CountAsync(c => c.Courriel == email));
        var (apres, historique) = await EtatAsync(lieu);
        if (reste == 1)
        {
            apres.Version.ShouldBe(lieu.Version);
            historique.ShouldBe(0);
            return false;
        }

        apres.Version.ShouldBe(lieu.Version + 1);
        historique.ShouldBe(1);
        return true;
    }

    private async Task<bool> DelivrerJetonAsync(Lieu lieu, string profil, int attendu)
    {
        // A fresh account per row, so that the count of its tokens tells what this request wrote.
        var utilisateur = Profil(profil, lieu, "jeton-" + Guid.NewGuid().ToString("N")[..8]) ?? UtilisateurDeTest.SansRole("jeton-" + Guid.NewGuid().ToString("N")[..8]);
        await fixture.App.JetonPourAsync(utilisateur);
        var avant = await JetonsAsync(utilisateur);
        using var client = fixture.App.ClientPour(null);
        var motDePasse = profil == "anonyme" ? "pas-le-bon-mot-de-passe" : Infrastructure.Comptes.MotDePasse;

        using var reponse = await client.PostAsJsonAsync("/api/v1/auth/jeton", new { email = utilisateur.Email, motDePasse });

        ((int)reponse.StatusCode).ShouldBe(attendu);
        return await JetonsAsync(utilisateur) == avant + 1;
    }

    private async Task<bool> RevoquerJetonAsync(Lieu lieu, string profil, int attendu)
    {
        // A fresh account per row: revoking the shared test accounts' tokens would sign them out of other tests.
        var utilisateur = Profil(profil, lieu, "revocation-" + Guid.NewGuid().ToString("N")[..8]);
        var revoquesAvant = await fixture.App.AvecBaseAsync(db => db.JetonsApi.CountAsync(j => j.RevoqueLe != null));
        using var client = fixture.App.ClientPour(utilisateur);

        using var reponse = await client.DeleteAsync("/api/v1/auth/jeton");

        ((int)reponse.StatusCode).ShouldBe(attendu);
        var revoques = await fixture.App.AvecBaseAsync(db => db.JetonsApi.CountAsync(j => j.RevoqueLe != null)) - revoquesAvant;
        revoques.ShouldBeLessThanOrEqualTo(1);
        if (revoques == 1)
        {
            // The revoked token no longer opens anything.
            using var apres = await client.DeleteAsync("/api/v1/auth/jeton");
            apres.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        return revoques == 1;
    }

    private async Task<bool> PublierDisponibiliteAsync(Lieu lieu, string profil, int attendu)
    {
        await Ressources.ReseauDeTest.CreerAsync(fixture, [lieu]);
        using var client = fixture.App.ClientPour(Profil(profil, lieu));

        using var reponse = await client.PostAsJsonAsync("/api/v1/ressources/disponibilites",
            new { lieu = lieu.Identifiant, salle = "Salle " + profil, debut = Ressources.ReseauDeTest.Heure(3, 9), fin = Ressources.ReseauDeTest.Heure(3, 12) });

        ((int)reponse.StatusCode).ShouldBe(attendu, await reponse.Content.ReadAsStringAsync());
        return await fixture.App.AvecBaseAsync(db => db.Disponibilites.AnyAsync(d => d.LieuId == lieu.Id));
    }

    private async Task<bool> ReserverDisponibiliteAsync(Lieu lieu, string profil, int attendu)
    {
        await Ressources.ReseauDeTest.CreerAsync(fixture, [lieu]);
        var id = await CreneauAsync(lieu, reserve: false);
        using var client = fixture.App.ClientPour(Profil(profil, lieu));

        using var reponse = await client.PostAsJsonAsync($"/api/v1/ressources/disponibilites/{id}/reservations",
            new { structure = lieu.StructureId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), objet = "Permanence de " + profil });

        ((int)reponse.StatusCode).ShouldBe(attendu, await reponse.Content.ReadAsStringAsync());
        return await fixture.App.AvecBaseAsync(db => db.Reservations.AnyAsync(r => r.DisponibiliteId == id));
    }

    /// <summary>Cancels the place's structure's booking of a slot of the place; returns whether the booking is gone.</summary>
    private async Task<bool> AnnulerReservationAsync(Lieu lieu, string profil, int attendu)
    {
        await Ressources.ReseauDeTest.CreerAsync(fixture, [lieu]);
        var disponibilite = await CreneauAsync(lieu, reserve: true);
        var id = await fixture.App.AvecBaseAsync(db => db.Reservations.Where(r => r.DisponibiliteId == disponibilite).Select(r => r.Id).SingleAsync());
        using var client = fixture.App.ClientPour(Profil(profil, lieu));

        using var reponse = await client.DeleteAsync($"/api/v1/ressources/reservations/{id}");

        ((int)reponse.StatusCode).ShouldBe(attendu, await reponse.Content.ReadAsStringAsync());
        (await fixture.App.AvecBaseAsync(db => db.Disponibilites.AnyAsync(d => d.Id == disponibilite))).ShouldBeTrue();
        return !await fixture.App.AvecBaseAsync(db => db.Reservations.AnyAsync(r => r.Id == id));
    }

    /// <summary>Removes a free slot of the place; returns whether it is gone.</summary>
    private async Task<bool> RetirerDisponibiliteAsync(Lieu lieu, string profil, int attendu)
    {
        await Ressources.ReseauDeTest.CreerAsync(fixture, [lieu]);
        var id = await CreneauAsync(lieu, reserve: false);
        using var client = fixture.App.ClientPour(Profil(profil, lieu));

        using var reponse = await client.DeleteAsync($"/api/v1/ressources/disponibilites/{id}");

        ((int)reponse.StatusCode).ShouldBe(attendu, await reponse.Content.ReadAsStringAsync());
        return !await fixture.App.AvecBaseAsync(db => db.Disponibilites.AnyAsync(d => d.Id == id));
    }

    /// <summary>A free slot of the place in four days, booked by the place's structure when asked.</summary>
    private Task<int> CreneauAsync(Lieu lieu, bool reserve) => fixture.App.AvecBaseAsync(async db =>
    {
        var disponibilite = new Core.Ressources.Disponibilite
        {
            LieuId = lieu.Id,
            Salle = "Salle partagée",
            Jour = DateOnly.FromDateTime(DateTime.Today.AddDays(4)),
            DebutMinutes = 540,
            FinMinutes = 720,
        };
        db.Disponibilites.Add(disponibilite);
        if (reserve)
        {
            disponibilite.Reservation = new Core.Ressources.Reservation
            {
                StructureId = lieu.StructureId!.Value,
                Objet = "Permanence de la matrice",
                CreeeLe = DateTimeOffset.UtcNow,
            };
        }

        await db.SaveChangesAsync();
        return disponibilite.Id;
    });

    /// <summary>Moves Rennes' EPCI from no phase to contact; its rollout is reset first, so each row starts alike.</summary>
    private async Task<bool> ChangerPhaseAsync(Lieu lieu, string profil, int attendu)
    {
        var siren = fixture.EpciRennes;
        await fixture.App.AvecBaseAsync(async db =>
        {
            await db.TransitionsPhases.Where(t => t.EpciSiren == siren).ExecuteDeleteAsync();
            return await db.DeploiementsEpci.Where(d => d.EpciSiren == siren).ExecuteDeleteAsync();
        });
        using var client = fixture.App.ClientPour(Profil(profil, lieu));
        var date = DateOnly.FromDateTime(Portrea.Core.Lieux.Horaires.HeureDeParis.Maintenant(TimeProvider.System)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var reponse = await client.PostAsJsonAsync($"/api/v1/demarche/epci/{siren}/transitions", new { vers = "contact", date, commentaire = "Matrice " + profil });

        ((int)reponse.StatusCode).ShouldBe(attendu);
        var transitions = await fixture.App.AvecBaseAsync(db => db.TransitionsPhases.CountAsync(t => t.EpciSiren == siren));
        var phase = await fixture.App.AvecBaseAsync(db => db.DeploiementsEpci.Where(d => d.EpciSiren == siren).Select(d => d.Phase).SingleOrDefaultAsync());
        transitions.ShouldBeLessThanOrEqualTo(1);
        (phase is null).ShouldBe(transitions == 0);
        return transitions == 1 && phase == "contact";
    }

    private async Task<bool> CreerCampagneAsync(Lieu lieu, string profil, int attendu)
    {
        var nom = "Campagne " + Guid.NewGuid().ToString("N")[..10];
        using var client = fixture.App.ClientPour(Profil(profil, lieu));

        // Starting in two months: the scheduler leaves it alone during the tests.
        var debut = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(60).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var reponse = await client.PostAsJsonAsync("/api/v1/campagnes", new { territoire = "epci:" + fixture.EpciRennes, nom, debut });

        ((int)reponse.StatusCode).ShouldBe(attendu, await reponse.Content.ReadAsStringAsync());
        var creees = await fixture.App.AvecBaseAsync(db => db.Campagnes.CountAsync(c => c.Nom == nom));
        creees.ShouldBeLessThanOrEqualTo(1);
        return creees == 1;
    }

    private async Task<bool> LancerCampagneAsync(Lieu lieu, string profil, int attendu)
    {
        // A one-day campaign due tomorrow (the scheduler does not launch it today) and without reminders.
        using var admin = fixture.App.ClientPour(UtilisateurDeTest.Administrateur());
        var demain = DateOnly.FromDateTime(Portrea.Core.Lieux.Horaires.HeureDeParis.Maintenant(TimeProvider.System)).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var creation = await admin.PostAsJsonAsync("/api/v1/campagnes", new { territoire = "epci:" + fixture.EpciRennes, debut = demain, fin = demain, relances = Array.Empty<int>() });
        creation.StatusCode.ShouldBe(HttpStatusCode.Created, await creation.Content.ReadAsStringAsync());
        var id = (await creation.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetInt32();
        using var client = fixture.App.ClientPour(Profil(profil, lieu));

        using var reponse = await client.PostAsync($"/api/v1/campagnes/{id}/lancer", null);

        ((int)reponse.StatusCode).ShouldBe(attendu, await reponse.Content.ReadAsStringAsync());
        var (statut, destinataires) = await fixture.App.AvecBaseAsync(async db =>
            (await db.Campagnes.Where(c => c.Id == id).Select(c => c.Statut).SingleAsync(), await db.DestinatairesCampagnes.CountAsync(d => d.CampagneId == id)));
        if (statut == Portrea.Core.Campagnes.StatutCampagne.Planifiee)
        {
            destinataires.ShouldBe(0);
            // Left planned, the scheduler would launch it tomorrow: removed so that nothing else writes to the contacts.
            await fixture.App.AvecBaseAsync(db => db.Campagnes.Where(c => c.Id == id).ExecuteDeleteAsync());
            return false;
        }

        destinataires.ShouldBeGreaterThan(0);
        return true;
    }

    private Task<int> JetonsAsync(UtilisateurDeTest utilisateur) =>
        fixture.App.AvecBaseAsync(db => db.JetonsApi.CountAsync(j => db.Users.Any(u => u.Id == j.UtilisateurId && u.Email == utilisateur.Email)));

    private Task<(Lieu Lieu, int Historique)> EtatAsync(Lieu lieu) => fixture.App.AvecBaseAsync(async db =>
        (await db.Lieux.AsNoTracking().SingleAsync(l => l.Id == lieu.Id), await db.ModificationsLieux.CountAsync(m => m.LieuId == lieu.Id)));

    /// <summary>The account a profile acts as, relative to <paramref name="lieu"/> (in Rennes, run by its own structure).</summary>
    private UtilisateurDeTest? Profil(string profil, Lieu lieu, string? id = null) => profil switch
    {
        "administrateur" => UtilisateurDeTest.Administrateur(id ?? "admin"),
        "referent-meme-epci" => UtilisateurDeTest.Referent(fixture.EpciRennes, id ?? "referent"),
        "referent-autre-epci" => UtilisateurDeTest.Referent(fixture.EpciSaintBrieuc, id ?? "referent"),
        "contributeur-meme-structure" => UtilisateurDeTest.Contributeur(lieu.StructureId!.Value, id ?? "contributeur"),
        "contributeur-autre-structure" => UtilisateurDeTest.Contributeur(fixture.AutreStructure, id ?? "contributeur"),
        "connecte-sans-role" => UtilisateurDeTest.SansRole(id ?? "connecte"),
        _ => null,
    };
}

[Collection(ContributionsSurSqlite.Nom)]
public sealed class MatriceAutorisationsSqliteTests(ContributionsSqlite fixture) : MatriceAutorisationsTests(fixture);

[Collection(ContributionsSurPostgres.Nom)]
public sealed class MatriceAutorisationsPostgresTests(ContributionsPostgres fixture) : MatriceAutorisationsTests(fixture);
