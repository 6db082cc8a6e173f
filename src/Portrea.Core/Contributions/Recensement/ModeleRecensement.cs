using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Portrea.Core.Lieux.Standard;

namespace Portrea.Core.Contributions.Recensement;

/// <summary>
/// The census template (modèle de recensement des acteurs): a « Lieux » sheet whose columns are those of the standard
/// v1.0.2, so that a filled copy goes through the very import of every places file, and an « Aide » sheet that explains
/// each column and lists the accepted values. <c>id</c>, <c>pivot</c> and <c>date_maj</c> may stay empty.
/// </summary>
public static class ModeleRecensement
{
    public const string NomFichier = "modele-recensement-acteurs.xlsx";

    private static readonly Dictionary<string, string> Aides = new()
    {
        [ChampsStandard.Id] = "Facultatif : laissé vide, un identifiant stable est calculé d'après le nom, l'adresse et le code postal.",
        [ChampsStandard.Pivot] = "SIRET (14 chiffres) ou RNA ; facultatif.",
        [ChampsStandard.Nom] = "Obligatoire.",
        [ChampsStandard.Commune] = "Obligatoire.",
        [ChampsStandard.CodePostal] = "Obligatoire, 5 chiffres.",
        [ChampsStandard.CodeInsee] = "Code INSEE de la commune (5 caractères), facultatif.",
        [ChampsStandard.Adresse] = "Obligatoire.",
        [ChampsStandard.Latitude] = "Nombre décimal (WGS84), facultatif ; avec la longitude.",
        [ChampsStandard.Longitude] = "Nombre décimal (WGS84), facultatif ; avec la latitude.",
        [ChampsStandard.Telephone] = "Par exemple 02 99 00 00 00.",
        [ChampsStandard.Courriels] = "Plusieurs adresses séparées par |.",
        [ChampsStandard.SiteWeb] = "Adresses http:// ou https://, séparées par |.",
        [ChampsStandard.Horaires] = "Syntaxe OpenStreetMap, par exemple Mo-Fr 09:00-12:00,14:00-17:00.",
        [ChampsStandard.PresentationResume] = "280 caractères au plus.",
        [ChampsStandard.DateMaj] = "AAAA-MM-JJ ; laissé vide, la date de l'import.",
    };

    private static readonly Dictionary<string, IReadOnlyList<string>> Vocabulaires = new()
    {
        [ChampsStandard.Typologie] = ValeursStandard.Typologies,
        [ChampsStandard.Services] = ValeursStandard.Services,
        [ChampsStandard.Itinerance] = ValeursStandard.Itinerance,
        [ChampsStandard.PublicsSpecifiquementAdresses] = ValeursStandard.PublicsSpecifiquementAdresses,
        [ChampsStandard.PriseEnChargeSpecifique] = ValeursStandard.PriseEnChargeSpecifique,
        [ChampsStandard.FraisACharge] = ValeursStandard.FraisACharge,
        [ChampsStandard.DispositifProgrammesNationaux] = ValeursStandard.DispositifProgrammesNationaux,
        [ChampsStandard.FormationsLabels] = ValeursStandard.FormationsLabels,
        [ChampsStandard.ModalitesAcces] = ValeursStandard.ModalitesAcces,
        [ChampsStandard.ModalitesAccompagnement] = ValeursStandard.ModalitesAccompagnement,
    };

    /// <summary>Writes the template; <paramref name="lignes"/> (values in the column order) pre-fill it.</summary>
    public static void Ecrire(Stream sortie, IEnumerable<IReadOnlyList<string>>? lignes = null)
    {
        using var tampon = new MemoryStream();
        using (var classeur = SpreadsheetDocument.Create(tampon, SpreadsheetDocumentType.Workbook))
        {
            var partie = classeur.AddWorkbookPart();
            partie.Workbook = new Workbook();
            var sheets = partie.Workbook.AppendChild(new Sheets());

            var lieux = new SheetData();
            lieux.Append(Rangee(1, ChampsStandard.Tous));
            uint numero = 2;
            foreach (var ligne in lignes ?? [])
            {
                lieux.Append(Rangee(numero++, ligne));
            }

            Ajouter(partie, sheets, lieux, 1, "Lieux");

            var aide = new SheetData();
            aide.Append(Rangee(1, ["colonne", "explication", "valeurs acceptées (plusieurs : séparées par |)"]));
            numero = 2;
            foreach (var colonne in ChampsStandard.Tous)
            {
                aide.Append(Rangee(numero++, [colonne, Aides.GetValueOrDefault(colonne, "Facultatif."), string.Join(" | ", Vocabulaires.GetValueOrDefault(colonne) ?? [])]));
            }

            Ajouter(partie, sheets, aide, 2, "Aide");
            partie.Workbook.Save();
        }

        tampon.Position = 0;
        tampon.CopyTo(sortie);
    }

    private static void Ajouter(WorkbookPart partie, Sheets sheets, SheetData donnees, uint id, string nom)
    {
        var feuille = partie.AddNewPart<WorksheetPart>();
        feuille.Worksheet = new Worksheet(donnees);
        sheets.Append(new Sheet { Id = partie.GetIdOfPart(feuille), SheetId = id, Name = nom });
    }

    private static Row Rangee(uint numero, IReadOnlyList<string> valeurs)
    {
        var rangee = new Row { RowIndex = numero };
        for (var i = 0; i < valeurs.Count; i++)
        {
            rangee.Append(new Cell
            {
                CellReference = Colonne(i) + numero,
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(valeurs[i]) { Space = SpaceProcessingModeValues.Preserve }),
            });
        }

        return rangee;
    }

    private static string Colonne(int index)
    {
        var nom = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            nom = (char)('A' + ((n - 1) % 26)) + nom;
        }

        return nom;
    }
}
