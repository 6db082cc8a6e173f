using Portrea.Core.Lieux;
using Portrea.Core.Ressources;
using Portrea.Tests.Contributions;

namespace Portrea.Tests.Ressources;

/// <summary>A network of Rennes' EPCI holding the given places, their structures as partners, plus any extra partners.</summary>
public static class ReseauDeTest
{
    public static Task<Reseau> CreerAsync(ContributionsFixture fixture, IEnumerable<Lieu> lieux, params int[] autresPartenaires) => fixture.App.AvecBaseAsync(async db =>
    {
        var liste = lieux.ToList();
        var reseau = new Reseau
        {
            Nom = "Espaces sociaux communs " + Guid.NewGuid().ToString("N")[..6],
            EpciSiren = fixture.EpciRennes,
            Lieux = [.. liste.Select(l => new ReseauLieu { LieuId = l.Id })],
            Structures = [.. liste.Select(l => l.StructureId!.Value).Concat(autresPartenaires).Distinct().Select(s => new ReseauStructure { StructureId = s })],
        };
        db.Reseaux.Add(reseau);
        await db.SaveChangesAsync();
        return reseau;
    });

    /// <summary>A Paris wall-clock time <paramref name="jours"/> days from now at <paramref name="heure"/>, in the API's ISO form.</summary>
    public static string Heure(int jours, int heure) =>
        DateTime.Today.AddDays(jours).AddHours(heure).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
