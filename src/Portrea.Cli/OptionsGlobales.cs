using System.CommandLine;

namespace Portrea.Cli;

/// <summary>Options that choose the database, shared by every command (they override configuration and environment).</summary>
public static class OptionsGlobales
{
    public static readonly Option<string?> DossierDonnees = new("--dossier-donnees")
    {
        Description = "Dossier des données (base SQLite embarquée) ; équivaut à Portrea__DataDirectory.",
        Recursive = true,
    };

    public static readonly Option<string?> Moteur = new("--moteur")
    {
        Description = "Moteur de base : sqlite (défaut) ou postgresql ; équivaut à Portrea__Database__Provider.",
        Recursive = true,
    };

    public static readonly Option<string?> Connexion = new("--connexion")
    {
        Description = "Chaîne de connexion PostgreSQL ; équivaut à ConnectionStrings__Portrea.",
        Recursive = true,
    };

    public static IReadOnlyList<Option> Toutes => [DossierDonnees, Moteur, Connexion];
}
