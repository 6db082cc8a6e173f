using Portrea.Core.Lieux.Import.Lecture;

namespace Portrea.Core.Lieux.Import;

/// <summary>The layouts the place importer understands.</summary>
public enum FormatFichierLieux
{
    Auto,
    MednumV1Csv,
    MednumV1Json,
    MednumV0,
    FranceServices,
    Xlsx,
}

/// <summary>Which vocabulary a table speaks, told from its columns.</summary>
public enum SchemaLieux
{
    MednumV1,
    MednumV0,
    FranceServices,
}

public static class FormatFichierLieuxTexte
{
    public static bool TryParse(string? texte, out FormatFichierLieux format)
    {
        format = texte?.Trim().ToLowerInvariant() switch
        {
            null or "" or "auto" => FormatFichierLieux.Auto,
            "mednum-v1-csv" or "mednum-csv" => FormatFichierLieux.MednumV1Csv,
            "mednum-v1-json" or "mednum-json" => FormatFichierLieux.MednumV1Json,
            "mednum-v0" => FormatFichierLieux.MednumV0,
            "france-services" => FormatFichierLieux.FranceServices,
            "xlsx" => FormatFichierLieux.Xlsx,
            _ => (FormatFichierLieux)(-1),
        };
        return Enum.IsDefined(format);
    }

    /// <summary>France Services lists have their own columns; v0 files carry the columns renamed in v1.</summary>
    public static SchemaLieux Detecter(TableauLu tableau)
    {
        if (tableau.A("id_fs") || (tableau.A("lib_fs") && tableau.A("h_lundi")))
        {
            return SchemaLieux.FranceServices;
        }

        if (tableau.A("labels_nationaux") || tableau.A("conditions_acces") || tableau.A("conditions_access") || tableau.A("publics_accueillis"))
        {
            return SchemaLieux.MednumV0;
        }

        return SchemaLieux.MednumV1;
    }
}
