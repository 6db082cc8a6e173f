namespace Portrea.Core.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

public static class DatabaseProviderParser
{
    public static DatabaseProvider Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => DatabaseProvider.Sqlite,
        "postgresql" or "postgres" or "npgsql" => DatabaseProvider.PostgreSql,
        _ => throw new InvalidOperationException(
            $"Moteur de base de données inconnu « {value} » (Portrea:Database:Provider) : valeurs possibles « sqlite » ou « postgresql »."),
    };
}
