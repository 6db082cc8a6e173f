using System.Net;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Campagnes;
using Portrea.Core.Contributions;

namespace Portrea.Tests.Campagnes;

/// <summary>Answers through a personal link: corrections published through ModifierLieu, one submission per use, bad input.</summary>
[Collection(CampagnesCollection.Nom)]
public sealed class LienCampagneTests(CampagnesFixture fixture)
{
    [Fact]
    public async Task Corriger_FormulaireEnvoyeDeuxFois_PublieUneSeuleFoisCommeContactDuLieu()
    {
        var (territoire, secret) = await LancerAsync();
        var version = await fixture.App.AvecBaseAsync(db => db.Lieux.Where(l => l.Id == territoire.Lieux[0]).Select(l => l.Version).SingleAsync());
        var champs = new Dictionary<string, string?> { ["telephone"] = "02 96 00 11 22" };

        var premiere = await Repondre(r => r.CorrigerAsync(secret, 0, champs, version, CancellationToken.None));
        var rejouee = await Repondre(r => r.CorrigerAsync(secret, 0, new Dictionary<string, string?> { ["telephone"] = "02 96 99 99 99" }, version + 1, CancellationToken.None));

        premiere.Statut.ShouldBe(StatutReponse.Corrigee);
        rejouee.Statut.ShouldBe(StatutReponse.DejaUtilise);
        var lieu = await fixture.App.AvecBaseAsync(db => db.Lieux.AsNoTracking().SingleAsync(l => l.Id == territoire.Lieux[0]));
        lieu.Version.ShouldBe(version + 1);
        lieu.Telephone.ShouldBe("+33296001122");
        var correction = await fixture.App.AvecBaseAsync(db => db.ModificationsLieux.SingleAsync(m => m.LieuId == lieu.Id && m.Evenement == EvenementsLieu.Correction));
        correction.Source.ShouldBe(SourceModification.Campagne);
        correction.Role.ShouldBe(HistoriqueCampagne.RoleContact);
        correction.Version.ShouldBe(version + 1);
        (await fixture.App.AvecBaseAsync(db => db.DestinatairesCampagnes.SingleAsync(d => d.LieuId == lieu.Id))).CorrigeLe.ShouldNotBeNull();
    }

    [Fact]
    public async Task Corriger_ValeurInvalide_NeConsommePasLeLienEtNEcritRien()
    {
        var (territoire, secret) = await LancerAsync();
        var version = await fixture.App.AvecBaseAsync(db => db.Lieux.Where(l => l.Id == territoire.Lieux[0]).Select(l => l.Version).SingleAsync());

        var invalide = await Repondre(r => r.CorrigerAsync(secret, 0, new Dictionary<string, string?> { ["codePostal"] = "pas un code" }, version, CancellationToken.None));
        var confirmation = await Repondre(r => r.ConfirmerAsync(secret, 0, CancellationToken.None));

        invalide.Statut.ShouldBe(StatutReponse.Invalide);
        invalide.Modification!.Erreurs.ShouldNotBeEmpty();
        confirmation.Statut.ShouldBe(StatutReponse.Confirmee);
        var lieu = await fixture.App.AvecBaseAsync(db => db.Lieux.AsNoTracking().SingleAsync(l => l.Id == territoire.Lieux[0]));
        lieu.Version.ShouldBe(version);
        lieu.DateConfirmation.ShouldNotBeNull();
        CalculerScores.Pour(lieu, lieu.DateConfirmation!.Value).MoisDepuisConfirmation.ShouldBe(0);
    }

    [Fact]
    public async Task Ouvrir_LienInconnu_RepondLaPageIntrouvable()
    {
        using var client = fixture.App.CreateClient();

        using var reponse = await client.GetAsync("/mise-a-jour/pas-un-vrai-lien");

        reponse.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await reponse.Content.ReadAsStringAsync()).ShouldContain("Page introuvable");
    }

    private async Task<(TerritoireCampagne Territoire, string Secret)> LancerAsync()
    {
        var territoire = await TerritoireCampagne.CreerAsync(fixture.App, avecAdresse: 1);
        var id = await territoire.CreerCampagneAsync(fixture.App);
        await fixture.App.AvecAsync<LancerCampagne, bool>(l => l.DemarrerAsync(id, CancellationToken.None));
        await fixture.App.AvecAsync<LancerCampagne, int>(l => l.EnvoyerAsync(id, 10, CancellationToken.None));
        var lien = await fixture.LienAsync(territoire.Courriels[0]);
        return (territoire, Uri.UnescapeDataString(lien.Split('/')[^1]));
    }

    private Task<ResultatReponse> Repondre(Func<RepondreCampagne, Task<ResultatReponse>> action) => fixture.App.AvecAsync(action);
}
