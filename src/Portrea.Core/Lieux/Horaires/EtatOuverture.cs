namespace Portrea.Core.Lieux.Horaires;

/// <summary>Whether a place is open at a given time; <see cref="Inconnu"/> when its hours say so (e.g. "sur rendez-vous").</summary>
public enum EtatOuverture
{
    Ferme,
    Ouvert,
    Inconnu,
}
