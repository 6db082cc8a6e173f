using System.Net;
using Microsoft.EntityFrameworkCore;
using Portrea.Tests.Infrastructure;

namespace Portrea.Tests.Contributions;

/// <summary>A collaborative day in small: many editors saving the same sheets at once through the HTTP API.</summary>
public abstract class ConcurrenceTests(ContributionsFixture fixture)
{
    private const int Editeurs = 8;
    private const int Tours = 4;

    [Fact]
    public async Task Modifier_EditeursParalleles_AucuneEcritureAccepteeNEstPerdueEtLesAutresRecoivent412()
    {
        var fiches = new[] { await fixture.CreerLieuAsync(), await fixture.CreerLieuAsync() };
        var acceptees = new System.Collections.Concurrent.ConcurrentBag<(string Lieu, int Version, string Texte)>();
        var refusees = new System.Collections.Concurrent.ConcurrentBag<string>();
        var autres = new System.Collections.Concurrent.ConcurrentBag<HttpStatusCode>();

        await Task.WhenAll(Enumerable.Range(0, Editeurs).Select(editeur => Task.Run(async () =>
        {
            using var client = fixture.App.ClientPour(UtilisateurDeTest.Administrateur($"editeur-{editeur}"));
            for (var tour = 0; tour < Tours; tour++)
            {
                var lieu = fiches[(editeur + tour) % fiches.Length];
                var (fiche, etag) = await client.LireFicheAsync(lieu.Identifiant);
                var texte = $"Édité par {editeur} au tour {tour}";
                fiche["presentationResume"] = texte;
                using var reponse = await client.EcrireFicheAsync(lieu.Identifiant, fiche, etag);
                if (reponse.StatusCode == HttpStatusCode.OK)
                {
                    acceptees.Add((lieu.Identifiant, int.Parse(reponse.Headers.ETag!.Tag.Trim('"')["lieu-".Length..]), texte));
                }
                else if (reponse.StatusCode == HttpStatusCode.PreconditionFailed)
                {
                    refusees.Add(lieu.Identifiant);
                }
                else
                {
                    autres.Add(reponse.StatusCode);
                }
            }
        })));

        autres.ShouldBeEmpty();
        (acceptees.Count + refusees.Count).ShouldBe(Editeurs * Tours);
        acceptees.Count.ShouldBeGreaterThanOrEqualTo(fiches.Length);
        foreach (var lieu in fiches)
        {
            var miennes = acceptees.Where(a => a.Lieu == lieu.Identifiant).OrderBy(a => a.Version).ToList();
            var (final, historique) = await fixture.App.AvecBaseAsync(async db =>
            {
                var l = await db.Lieux.AsNoTracking().SingleAsync(x => x.Id == lieu.Id);
                var h = await db.ModificationsLieux.AsNoTracking().Where(m => m.LieuId == lieu.Id).OrderBy(m => m.Version).ToListAsync();
                return (l, h);
            });
            miennes.Select(a => a.Version).ShouldBe(Enumerable.Range(lieu.Version + 1, miennes.Count), "chaque écriture acceptée a sa propre version, sans trou");
            historique.Select(h => h.Version).ShouldBe(miennes.Select(a => a.Version));
            historique.Select(h => h.LireChangements().Single(c => c.Champ == "presentationResume").Apres).ShouldBe(miennes.Select(a => a.Texte));
            final.Version.ShouldBe(lieu.Version + miennes.Count);
            final.PresentationResume.ShouldBe(miennes.Count == 0 ? null : miennes[^1].Texte);
        }
    }
}

[Collection(ContributionsSurSqlite.Nom)]
public sealed class ConcurrenceSqliteTests(ContributionsSqlite fixture) : ConcurrenceTests(fixture);

[Collection(ContributionsSurPostgres.Nom)]
public sealed class ConcurrencePostgresTests(ContributionsPostgres fixture) : ConcurrenceTests(fixture);
