namespace Portrea.Core.Demarche;

/// <summary>
/// The kind of a referent of an EPCI (the documents recommend a pair: one institutional, one associative). The referent
/// role itself stays in <c>affectations_roles</c>; this only qualifies it.
/// </summary>
public sealed class NatureReferent
{
    public int Id { get; set; }
    public required string EpciSiren { get; set; }
    public required string UtilisateurId { get; set; }
    public required string Nature { get; set; }

    public const string Institutionnel = "institutionnel";
    public const string Associatif = "associatif";

    public static bool Valide(string? nature) => nature is Institutionnel or Associatif;

    public static string Libelle(string? nature) => nature switch
    {
        Institutionnel => "institutionnel",
        Associatif => "associatif",
        _ => "nature non précisée",
    };
}
