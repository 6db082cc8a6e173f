using System.Net;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Lieux;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Portraits;

[Collection(SurSqlite.Nom)]
public sealed class AnnuairesTests(BretagneSqlite bretagne)
{
    private readonly HttpClient _client = bretagne.Client;

    [Fact]
    public async Task Annuaire_CommuneAvecUnContactPrive_ImprimeLeLieuEtJamaisLeContactPrive()
    {
        var lieu = await bretagne.App.AvecBaseAsync(db => db.Lieux.Where(l => l.CommuneCode != null && l.Services.Any()).OrderBy(l => l.Id).FirstAsync());
        await bretagne.App.AvecBaseAsync(async db =>
        {
            db.ContactsLieux.Add(new ContactLieu { LieuId = lieu.Id, Nom = "Accueil public", Courriel = "accueil.public@example.org", Public = true });
            db.ContactsLieux.Add(new ContactLieu { LieuId = lieu.Id, Nom = "Camille Secret", Courriel = "camille.secret@example.org", Telephone = "+33600000000", Public = false });
            return await db.SaveChangesAsync();
        });
        try
        {
            var html = WebUtility.HtmlDecode(await _client.GetStringAsync($"/annuaires/communes/{lieu.CommuneCode}"));
            var reponse = await _client.GetAsync($"/annuaires/communes/{lieu.CommuneCode}.pdf");
            reponse.StatusCode.ShouldBe(HttpStatusCode.OK);
            reponse.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldStartWith($"annuaire-commune-{lieu.CommuneCode}-");
            var (pages, texte) = await PortraitsPdfTests.LirePdfAsync(await reponse.Content.ReadAsByteArrayAsync());

            pages.ShouldBeGreaterThanOrEqualTo(1);
            PortraitsPdfTests.Normaliser(texte).ShouldContain(PortraitsPdfTests.Normaliser(lieu.Nom));
            foreach (var document in new[] { html, texte })
            {
                document.ShouldContain("accueil.public@example.org");
                document.ShouldNotContain("camille.secret");
                document.ShouldNotContain("Camille Secret");
                document.ShouldNotContain("+33600000000");
            }
        }
        finally
        {
            await bretagne.App.AvecBaseAsync(db => db.ContactsLieux.Where(c => c.LieuId == lieu.Id).ExecuteDeleteAsync());
        }
    }

    [Fact]
    public async Task Annuaire_Epci_ListeChaqueBesoinAvecDesHorairesEnFrancais()
    {
        var html = WebUtility.HtmlDecode(await _client.GetStringAsync("/annuaires/epci/243500139"));

        foreach (var besoin in CategorieBesoinTexte.Toutes)
        {
            html.ShouldContain(besoin.Libelle());
        }

        html.ShouldMatch("(lundi|mardi|mercredi|jeudi|vendredi|samedi)");
        (await _client.GetAsync("/annuaires/epci/000000000")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
