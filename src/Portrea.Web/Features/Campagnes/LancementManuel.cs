using Portrea.Core.Campagnes;
using Portrea.Core.Lieux.Horaires;

namespace Portrea.Web.Features.Campagnes;

/// <summary>Why a campaign cannot be launched by hand now (French), or null.</summary>
public static class LancementManuel
{
    public static string? Refus(Campagne campagne, TimeProvider horloge) =>
        campagne.Statut != StatutCampagne.Planifiee
            ? $"La campagne est déjà « {campagne.Statut.Libelle().ToLowerInvariant()} »."
            : DateOnly.FromDateTime(HeureDeParis.Maintenant(horloge)) > campagne.Fin
                ? "La date de fin de la campagne est passée : modifiez-la ou créez une nouvelle campagne."
                : null;
}
