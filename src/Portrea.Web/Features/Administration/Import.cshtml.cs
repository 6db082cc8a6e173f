using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portrea.Core.Imports;
using Portrea.Core.Lieux.Import;
using Portrea.Web.Features.Comptes;
using Portrea.Web.Features.Lieux;
using Portrea.Web.Features.Shared;

namespace Portrea.Web.Features.Administration;

/// <summary>
/// Places upload for administrators: a dry run first (the report lists every rejected row), then the import. The file is
/// read in memory within the request, never written to local disk, so any instance can take it.
/// </summary>
[Authorize(Policy = PolitiquesPortrea.Administration)]
[RequestSizeLimit(ImportLieuxApi.TailleMaximale + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportLieuxApi.TailleMaximale)]
public sealed class ImportModel(ImporterLieux importer) : PageModel
{
    public static readonly IReadOnlyList<(string Valeur, string Libelle)> Formats =
    [
        ("auto", "Détection automatique"),
        ("mednum-v1-csv", "Standard v1 (CSV)"),
        ("mednum-v1-json", "Standard v1 (JSON)"),
        ("mednum-v0", "Standard v0 (CSV)"),
        ("france-services", "Liste France Services"),
        ("xlsx", "Classeur XLSX"),
    ];

    [BindProperty(Name = "format")]
    public string FormatChoisi { get; set; } = "auto";

    public RapportImport? Rapport { get; private set; }

    public string? NomFichier { get; private set; }

    public string? Erreur { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? fichier, bool simulation, CancellationToken ct)
    {
        if (!FormatFichierLieuxTexte.TryParse(FormatChoisi, out var format))
        {
            Erreur = $"Format inconnu « {FormatChoisi} ».";
            return Page();
        }

        if (fichier is null || fichier.Length == 0)
        {
            Erreur = "Choisissez un fichier à importer.";
            return Page();
        }

        using var tampon = new MemoryStream();
        await fichier.CopyToAsync(tampon, ct);
        NomFichier = fichier.FileName;
        try
        {
            Rapport = await importer.ImporterAsync(tampon.ToArray(), fichier.FileName, format, simulation, progression: null, ct);
        }
        catch (FichierIllisibleException e)
        {
            Erreur = e.Message;
        }

        return Page();
    }

    public static string Libelle(RapportImport rapport) => rapport switch
    {
        { ARejets: true } => $"{Format.Nombre(rapport.Rejetes.Count)} erreur(s) : rien n'a été importé. Corrigez le fichier puis validez-le de nouveau.",
        { Simulation: true } => $"Fichier valide : {Format.Nombre(rapport.Acceptes)} lieu(x) prêt(s) à importer. Rien n'a encore été écrit.",
        _ => $"Import terminé : {Format.Nombre(rapport.Acceptes)} lieu(x) importé(s).",
    };
}
