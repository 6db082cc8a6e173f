namespace Portrea.Core.Contributions;

/// <summary>Events a place's history records besides field changes (<see cref="ModificationLieu.Evenement"/>).</summary>
public static class EvenementsLieu
{
    public const string EnvoiCampagne = "envoi_campagne";
    public const string RelanceCampagne = "relance_campagne";
    public const string Ouverture = "lien_ouvert";
    public const string Confirmation = "confirmation";
    public const string Correction = "correction";
    public const string Appel = "appel";

    public static string Libelle(string? evenement) => evenement switch
    {
        EnvoiCampagne => "Courriel de campagne envoyé au contact du lieu",
        RelanceCampagne => "Relance de campagne envoyée au contact du lieu",
        Ouverture => "Lien personnel de campagne ouvert",
        Confirmation => "Fiche confirmée sans changement (« rien n'a changé »)",
        Correction => "Fiche corrigée par le contact du lieu",
        Appel => "Appel téléphonique consigné",
        null => "",
        _ => evenement,
    };
}
