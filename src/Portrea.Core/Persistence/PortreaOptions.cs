namespace Portrea.Core.Persistence;

public sealed class PortreaOptions
{
    public const string Section = "Portrea";

    /// <summary>Where the embedded database and other local files live (<c>Portrea:DataDirectory</c>).</summary>
    public string DataDirectory { get; set; } = "donnees-portrea";

    /// <summary>Folder of the shipped open data; defaults to the <c>data</c> folder copied next to the binaries.</summary>
    public string? ReferenceDataDirectory { get; set; }

    public DatabaseOptions Database { get; set; } = new();

    public string DataDirectoryFullPath => Path.GetFullPath(DataDirectory);

    public string ReferenceDataFullPath =>
        Path.GetFullPath(ReferenceDataDirectory ?? Path.Combine(AppContext.BaseDirectory, "data"));
}

public sealed class DatabaseOptions
{
    /// <summary><c>sqlite</c> (embedded default) or <c>postgresql</c>.</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>Apply pending migrations when the host starts (convenient on one machine; turn off when a deployment runs <c>portrea migrate</c> itself).</summary>
    public bool MigrateAtStartup { get; set; } = true;

    /// <summary>Load the shipped reference data when the database is empty.</summary>
    public bool SeedAtStartup { get; set; } = true;
}
