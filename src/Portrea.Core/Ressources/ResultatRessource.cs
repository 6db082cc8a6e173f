namespace Portrea.Core.Ressources;

public enum StatutRessource
{
    Cree,
    Invalide,
    Introuvable,
    Interdit,
    Conflit,
    Supprime,
}

/// <summary>Outcome of a network write: the created row's id, or why nothing was written (French message).</summary>
public sealed record ResultatRessource(StatutRessource Statut, int? Id, string Message)
{
    public static ResultatRessource Cree(int id, string message) => new(StatutRessource.Cree, id, message);

    public static ResultatRessource Supprime(int id, string message) => new(StatutRessource.Supprime, id, message);

    public static ResultatRessource Refus(StatutRessource statut, string message) => new(statut, null, message);
}
