using Portrea.Core.Indicateurs;
using Portrea.Core.Indicateurs.Calcul;
using Portrea.Core.Territoires;

namespace Portrea.Tests.Indicateurs;

/// <summary>The roll-up rules on a small hand-made territory: two communes of one EPCI, one with IRIS.</summary>
public sealed class MoteurIndicateursTests
{
    private static readonly RegistreIndicateurs Registre = RegistreIndicateurs.Integre();

    private static DonneesCalcul Donnees(Action<Action<int, string, double?>, Action<int, string, double?>> remplir)
    {
        var communes = new List<CommuneCalcul>
        {
            new("35001", "200000001", "35", "53", 1000),
            new("35002", "200000001", "35", "53", 3000),
        };
        var epcis = new List<TerritoireCalcul> { new(NiveauTerritoire.Epci, "200000001", 3, 5000) };
        var variables = Registre.Variables.Keys.Order(StringComparer.Ordinal).ToList();
        var donnees = DonneesCalcul.Vide(communes, epcis, variables, 2);
        donnees.CommuneDesIris[0] = 1;
        donnees.CommuneDesIris[1] = 1;
        var origines = new List<(string, string)> { ("test", "2021") };
        remplir(
            (c, v, x) => { var k = c * variables.Count + variables.IndexOf(v); donnees.ValeursCommunes[k] = x ?? double.NaN; donnees.OriginesCommunes[k] = 0; },
            (i, v, x) => { var k = i * variables.Count + variables.IndexOf(v); donnees.ValeursIris[k] = x ?? double.NaN; donnees.OriginesIris[k] = 0; });
        return new DonneesCalcul
        {
            Communes = donnees.Communes,
            Epcis = donnees.Epcis,
            Variables = donnees.Variables,
            ValeursCommunes = donnees.ValeursCommunes,
            OriginesCommunes = donnees.OriginesCommunes,
            Iris = ["350020101", "350020102"],
            CommuneDesIris = donnees.CommuneDesIris,
            ValeursIris = donnees.ValeursIris,
            OriginesIris = donnees.OriginesIris,
            Origines = origines,
        };
    }

    private static ResultatsIndicateurs Calculer(DonneesCalcul donnees) =>
        new MoteurIndicateurs(Registre, new OptionsIndicateurs().Parametres(Registre)).Calculer(donnees);

    [Fact]
    public void Calculer_Taux_EstRecalculeDesSommesEtNonMoyenne()
    {
        var resultats = Calculer(Donnees((commune, _) =>
        {
            commune(0, "NBR_LOCAUX", 100);
            commune(0, "ELIG_THD30", 100);
            commune(0, "ELIG_THD100", 0);
            commune(0, "ELIG_THD1G", 0);
            commune(1, "NBR_LOCAUX", 900);
            commune(1, "ELIG_THD30", 0);
            commune(1, "ELIG_THD100", 0);
            commune(1, "ELIG_THD1G", 0);
        }));

        // 100 % and 0 % average to 50 %; the real share is 100 locaux out of 1 000.
        resultats.Valeur("couverture_thd", NiveauTerritoire.Epci, "200000001")!.Valeur.ShouldBe(10);
        resultats.Valeur("couverture_thd", NiveauTerritoire.Commune, "35001")!.Valeur.ShouldBe(100);
    }

    [Fact]
    public void Calculer_DonneeManquante_DonneNullEtUneCouverturePartielleDeLEpci()
    {
        var resultats = Calculer(Donnees((commune, _) =>
        {
            commune(0, "AAAH", 10);
            commune(0, "APPA", 20);
            commune(0, "ARSAS", 5);
            commune(0, "ABCDE", 15);
            commune(1, "AAAH", 40);
        }));

        resultats.Valeur("exposition_exigences_numeriques", NiveauTerritoire.Commune, "35002")!.Valeur.ShouldBeNull();
        var epci = resultats.Valeur("exposition_exigences_numeriques", NiveauTerritoire.Epci, "200000001")!;
        epci.Valeur.ShouldBe(50);
        epci.CommunesAvecDonnees.ShouldBe(1);
        epci.CommunesTotal.ShouldBe(3);
        epci.Couverture.ShouldBe(1000 / 5000.0);
        epci.CouvertureTexte.ShouldBe("données disponibles pour 1 commune sur 3");
    }

    [Fact]
    public void Calculer_IrisEnPartieSecrets_DonneUnMinorant()
    {
        var resultats = Calculer(Donnees((_, iris) =>
        {
            iris(0, "AAAH", 10);
            iris(0, "APPA", 20);
            iris(0, "ARSAS", 5);
            iris(1, "AAAH", null);
            iris(1, "APPA", null);
            iris(1, "ARSAS", null);
        }));

        var valeur = resultats.Valeur("allocataires_aah_ppa_rsa", NiveauTerritoire.Commune, "35002")!;
        valeur.Valeur.ShouldBe(35);
        valeur.Minorant.ShouldBeTrue();
    }

    [Fact]
    public void Calculer_FragiliteAvecIris_SommeLaFormuleIrisParIris()
    {
        var resultats = Calculer(Donnees((_, iris) =>
        {
            (double Pop65, double Dipl, double Pop15)[] valeurs = [(100, 50, 400), (10, 90, 100)];
            for (var i = 0; i < valeurs.Length; i++)
            {
                iris(i, "POP65P", valeurs[i].Pop65);
                iris(i, "NSCOL15P_DIPLMIN", valeurs[i].Dipl);
                iris(i, "POP15P", valeurs[i].Pop15);
            }
        }));

        var attendu = (100 + 50 * 300 / 400.0) + (10 + 90 * 90 / 100.0);
        resultats.Valeur("fragilite_socio_numerique", NiveauTerritoire.Commune, "35002")!.Valeur!.Value.ShouldBe(attendu, 1e-9);
        resultats.Valeur("fragilite_socio_numerique", NiveauTerritoire.Commune, "35002")!.Part!.Value.ShouldBe(attendu / 500, 1e-9);
    }
}
