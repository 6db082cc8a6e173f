namespace Portrea.Core.Ressources;

/// <summary>A place's answer to one item of the base. No row means « non renseigné », never « non ».</summary>
public sealed class ReponseSocle
{
    public int Id { get; set; }
    public int ElementSocleId { get; set; }
    public int LieuId { get; set; }
    public EtatSocle Etat { get; set; }
    public DateTimeOffset ModifieeLe { get; set; }
    public string? AuteurId { get; set; }
}

public enum EtatSocle
{
    Oui,
    Non,
    NeFonctionnePas,
}

public static class EtatsSocle
{
    public static string Libelle(this EtatSocle etat) => etat switch
    {
        EtatSocle.Oui => "oui",
        EtatSocle.Non => "non",
        _ => "ne fonctionne pas",
    };

    public static string Code(this EtatSocle etat) => etat switch
    {
        EtatSocle.Oui => "oui",
        EtatSocle.Non => "non",
        _ => "hors_service",
    };

    public const string NonRenseigne = "non renseigné";

    public static bool TryLire(string? code, out EtatSocle etat)
    {
        foreach (var candidat in Enum.GetValues<EtatSocle>())
        {
            if (candidat.Code() == code)
            {
                etat = candidat;
                return true;
            }
        }

        etat = default;
        return false;
    }
}
