using System.Text;
using Portrea.Core.Indicateurs;

namespace Portrea.Tests.Indicateurs;

public sealed class RegistreTests
{
    [Fact]
    public void Integre_DefinitionsPorTReA_SontReproduitesALIdentique()
    {
        var registre = RegistreIndicateurs.Integre();

        registre.ParCode["fragilite_socio_numerique"].Definition.Numerateur.ShouldBe("POP65P + NSCOL15P_DIPLMIN * (POP15P - POP65P) / POP15P");
        // AAH + PPA + RSA (CAF variables AAAH, APPA, ARSAS) + job seekers in categories A to E.
        registre.ParCode["exposition_exigences_numeriques"].Definition.Numerateur.ShouldBe("AAAH + APPA + ARSAS + ABCDE");
        registre.ParCode["couverture_thd"].Definition.Agregation.ShouldBe(Agregation.Ratio);
        registre.ParCode["fragilite_socio_numerique"].Definition.Agregation.ShouldBe(Agregation.Somme);
    }

    [Fact]
    public void Integre_IndicateursPrincipaux_SontTousPresentsEtOrdonnesParDependances()
    {
        var codes = RegistreIndicateurs.Integre().Indicateurs.Select(i => i.Code).ToList();

        codes.ShouldContain("fragilite_socio_numerique");
        codes.ShouldContain("exposition_exigences_numeriques");
        codes.ShouldContain("couverture_thd");
        codes.ShouldContain("couverture_mobile");
        codes.IndexOf("vulnerabilite_e_administrative").ShouldBeGreaterThan(codes.IndexOf("fragilite_socio_numerique"));
        codes.IndexOf("vulnerabilite_e_administrative").ShouldBeGreaterThan(codes.IndexOf("couverture_thd"));
    }

    [Fact]
    public void Lire_FormuleAvecVariableInconnue_EchoueEnNommantLIndicateur()
    {
        var json = """
            {"version": "t", "variables": [{"code": "A", "libelle": "a", "nature": "effectif"}], "parametres": [],
             "indicateurs": [{"code": "x", "libelle": "x", "description": "", "unite": "personnes", "agregation": "somme",
               "numerateur": "A + INCONNUE", "niveaux": [], "source": "", "millesime": "", "biais": []}]}
            """;

        var erreur = Should.Throw<RegistreInvalideException>(() => RegistreIndicateurs.Lire(new MemoryStream(Encoding.UTF8.GetBytes(json))));

        erreur.Message.ShouldContain("« x »");
        erreur.Message.ShouldContain("INCONNUE");
    }

    [Fact]
    public void Lire_IndicateurQuiDependDeLuiMeme_Echoue()
    {
        var json = """
            {"version": "t", "variables": [], "parametres": [],
             "indicateurs": [
               {"code": "x", "libelle": "x", "description": "", "unite": "personnes", "agregation": "somme", "numerateur": "y", "niveaux": [], "source": "", "millesime": "", "biais": []},
               {"code": "y", "libelle": "y", "description": "", "unite": "personnes", "agregation": "somme", "numerateur": "x", "niveaux": [], "source": "", "millesime": "", "biais": []}]}
            """;

        Should.Throw<RegistreInvalideException>(() => RegistreIndicateurs.Lire(new MemoryStream(Encoding.UTF8.GetBytes(json)))).Message.ShouldContain("dépend de lui-même");
    }

    [Fact]
    public void Parametres_PoidsInconnuEnConfiguration_EchoueEnFrancais()
    {
        var options = new OptionsIndicateurs { Vulnerabilite = { ["poids_inexistant"] = 2 } };

        Should.Throw<InvalidOperationException>(() => options.Parametres(RegistreIndicateurs.Integre())).Message.ShouldContain("Poids inconnu");
    }

    [Fact]
    public void Parametres_PoidsConfigure_RemplaceLeDefautSansToucherAuxAutres()
    {
        var options = new OptionsIndicateurs { Vulnerabilite = { ["POIDS_EXPOSITION"] = 0.5 } };

        var parametres = options.Parametres(RegistreIndicateurs.Integre());

        parametres["poids_exposition"].ShouldBe(0.5);
        parametres["poids_fragilite"].ShouldBe(1);
    }
}
