using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Comptes;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Comptes;

public sealed partial class InvitationsEnAttenteTests
{
    [Theory]
    [InlineData(Moteur.Sqlite)]
    [InlineData(Moteur.Postgres)]
    public async Task RenvoyerPuisAnnuler_ParReferent_NouveauLienSeulementValableEtRienHorsDeSonTerritoire(Moteur moteur)
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(moteur);
        await using var app = new PortreaApplication(baseDeTest, Infrastructure.Comptes.SansAmorcage);
        var territoires = await app.AvecBaseAsync(DeuxTerritoires.CreerAsync);
        await app.CreerAdministrateurAsync();
        await app.CreerAsync("referent@example.org", id => AffectationRole.Referent(id, DeuxTerritoires.Lannion));
        using var admin = app.CreateClient();
        (await admin.ConnecterAsync("admin@example.org")).Dispose();
        (await admin.SoumettreAsync("/admin/comptes", Invitation("lannion@example.org", territoires.StructureLannion), "/admin/comptes?handler=Inviter")).Dispose();
        (await admin.SoumettreAsync("/admin/comptes", Invitation("rennes@example.org", territoires.StructureRennes), "/admin/comptes?handler=Inviter")).Dispose();
        var boite = Courriels.BoiteEnvoi(baseDeTest);
        var premierLien = await Courriels.AttendreLienAsync(boite, "lannion@example.org");
        var idLannion = await IdAsync(app, "lannion@example.org");
        var idRennes = await IdAsync(app, "rennes@example.org");
        using var referent = app.CreateClient();
        (await referent.ConnecterAsync("referent@example.org")).Dispose();

        var liste = WebUtility.HtmlDecode(await referent.GetStringAsync("/admin/comptes"));
        using var renvoi = await referent.SoumettreAsync("/admin/comptes", new Dictionary<string, string>(), $"/admin/comptes?handler=Renvoyer&id={idLannion}");
        using var renvoiHorsTerritoire = await referent.SoumettreAsync("/admin/comptes", new Dictionary<string, string>(), $"/admin/comptes?handler=Renvoyer&id={idRennes}");
        using var annulationHorsTerritoire = await referent.SoumettreAsync("/admin/comptes", new Dictionary<string, string>(), $"/admin/comptes?handler=Annuler&id={idRennes}");
        var nouveauLien = await AutreLienAsync(boite, "lannion@example.org", premierLien);
        using var invite = app.CreateClient();
        var anciennePage = WebUtility.HtmlDecode(await invite.GetStringAsync(premierLien));
        var nouvellePage = WebUtility.HtmlDecode(await invite.GetStringAsync(nouveauLien));

        liste.ShouldContain("lannion@example.org");
        liste.ShouldContain("contributeur pour Espace numérique de Lannion");
        liste.ShouldNotContain("rennes@example.org");
        WebUtility.HtmlDecode(await renvoi.Content.ReadAsStringAsync()).ShouldContain("Invitation envoyée de nouveau à lannion@example.org");
        WebUtility.HtmlDecode(await renvoiHorsTerritoire.Content.ReadAsStringAsync()).ShouldContain("n'est plus en attente ou n'est pas de votre territoire");
        WebUtility.HtmlDecode(await annulationHorsTerritoire.Content.ReadAsStringAsync()).ShouldContain("n'est plus en attente ou n'est pas de votre territoire");
        (await app.AvecBaseAsync(db => db.Invitations.AnyAsync(i => i.Id == idRennes))).ShouldBeTrue();
        (await app.AvecBaseAsync(db => db.MessagesSortants.CountAsync(m => m.Destinataire == "rennes@example.org"))).ShouldBe(1);
        anciennePage.ShouldContain("invalide, expirée ou a déjà été acceptée");
        nouvellePage.ShouldNotContain("invalide, expirée ou a déjà été acceptée");

        using var annulation = await referent.SoumettreAsync("/admin/comptes", new Dictionary<string, string>(), $"/admin/comptes?handler=Annuler&id={idLannion}");
        var apresAnnulation = WebUtility.HtmlDecode(await invite.GetStringAsync(nouveauLien));

        WebUtility.HtmlDecode(await annulation.Content.ReadAsStringAsync()).ShouldContain("Invitation de lannion@example.org annulée");
        apresAnnulation.ShouldContain("invalide, expirée ou a déjà été acceptée");
        (await app.AvecBaseAsync(db => db.Invitations.AnyAsync(i => i.Id == idLannion))).ShouldBeFalse();
    }

    [Fact]
    public async Task Renvoyer_InvitationAcceptee_EstRefuseEtNEnvoieRien()
    {
        await using var baseDeTest = await BaseDeTest.CreerAsync(Moteur.Sqlite);
        await using var app = new PortreaApplication(baseDeTest, Infrastructure.Comptes.SansAmorcage);
        var territoires = await app.AvecBaseAsync(DeuxTerritoires.CreerAsync);
        await app.CreerAdministrateurAsync();
        using var admin = app.CreateClient();
        (await admin.ConnecterAsync("admin@example.org")).Dispose();
        (await admin.SoumettreAsync("/admin/comptes", Invitation("lannion@example.org", territoires.StructureLannion), "/admin/comptes?handler=Inviter")).Dispose();
        var lien = await Courriels.AttendreLienAsync(Courriels.BoiteEnvoi(baseDeTest), "lannion@example.org");
        var id = await IdAsync(app, "lannion@example.org");
        using var invite = app.CreateClient();
        (await invite.SoumettreAsync(lien, new Dictionary<string, string> { ["MotDePasse"] = "un-mot-de-passe-choisi", ["Confirmation"] = "un-mot-de-passe-choisi" })).Dispose();

        using var renvoi = await admin.SoumettreAsync("/admin/comptes", new Dictionary<string, string>(), $"/admin/comptes?handler=Renvoyer&id={id}");
        using var annulation = await admin.SoumettreAsync("/admin/comptes", new Dictionary<string, string>(), $"/admin/comptes?handler=Annuler&id={id}");

        WebUtility.HtmlDecode(await renvoi.Content.ReadAsStringAsync()).ShouldContain("n'est plus en attente");
        WebUtility.HtmlDecode(await annulation.Content.ReadAsStringAsync()).ShouldContain("n'est plus en attente");
        (await app.AvecBaseAsync(db => db.MessagesSortants.CountAsync(m => m.Destinataire == "lannion@example.org"))).ShouldBe(1);
        (await app.AvecBaseAsync(db => db.Invitations.SingleAsync(i => i.Id == id))).AccepteeLe.ShouldNotBeNull();
    }

    private static Task<int> IdAsync(PortreaApplication app, string email) =>
        app.AvecBaseAsync(db => db.Invitations.Where(i => i.Email == email).Select(i => i.Id).SingleAsync());

    /// <summary>Waits for a second invitation mail to <paramref name="email"/> and returns its link, which must differ from the first.</summary>
    private static async Task<string> AutreLienAsync(string dossier, string email, string premier)
    {
        var fin = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var liens = Courriels.Lire(dossier)
                .Where(m => m.To.Mailboxes.Any(b => b.Address == email))
                .Select(m => new Uri(Lien().Match(m.TextBody ?? "").Value).PathAndQuery)
                .Where(l => l != premier)
                .ToList();
            if (liens.Count > 0)
            {
                return liens.ShouldHaveSingleItem();
            }

            if (DateTime.UtcNow > fin)
            {
                throw new TimeoutException($"Aucune nouvelle invitation pour {email}.");
            }

            await Task.Delay(100);
        }
    }

    private static Dictionary<string, string> Invitation(string email, int structure) => new()
    {
        ["Email"] = email,
        ["NomAffiche"] = "",
        ["Role"] = RevendicationsPortrea.RoleContributeur,
        ["EpciSiren"] = "",
        ["StructureId"] = structure.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Lien();
}
