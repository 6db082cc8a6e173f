using System.Text;
using Portrea.Core.Imports;
using Portrea.Core.Lieux.Import.Lecture;

namespace Portrea.Core.Lieux.Import;

/// <summary>Reads a places file into rows, choosing CSV, JSON or XLSX from the requested format, the content and the name.</summary>
public static class LireFichierLieux
{
    public static TableauLu Lire(byte[] contenu, string nomFichier, FormatFichierLieux format)
    {
        if (contenu.Length == 0)
        {
            throw new FichierIllisibleException($"Le fichier {nomFichier} est vide.");
        }

        var zip = contenu.Length > 4 && contenu[0] == 'P' && contenu[1] == 'K' && contenu[2] == 3 && contenu[3] == 4;
        var extension = Path.GetExtension(nomFichier).ToLowerInvariant();
        if (format == FormatFichierLieux.Xlsx || (format == FormatFichierLieux.Auto && (zip || extension == ".xlsx")))
        {
            return LecteurXlsx.Lire(contenu, nomFichier);
        }

        if (format == FormatFichierLieux.MednumV1Json || (format == FormatFichierLieux.Auto && (extension == ".json" || CommenceCommeJson(contenu))))
        {
            return LecteurJson.Lire(contenu, nomFichier);
        }

        if (zip)
        {
            throw new FichierIllisibleException($"Le fichier {nomFichier} est une archive ou un classeur, pas un CSV : choisissez le format xlsx.");
        }

        return LecteurCsv.Lire(contenu, nomFichier);
    }

    private static bool CommenceCommeJson(byte[] contenu)
    {
        var debut = Encoding.UTF8.GetString(contenu, 0, Math.Min(contenu.Length, 64)).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        return debut.StartsWith('[') || debut.StartsWith('{');
    }
}
