using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Portrea.Core.Imports;
using Portrea.Core.Lieux.Horaires;
using Portrea.Core.Lieux.Import;
using Portrea.Core.Lieux.Import.Lecture;
using Portrea.Core.Lieux.Standard;

namespace Portrea.Core.Contributions.Recensement;

/// <summary>
/// Imports a filled census template with the standard import (same validation report, nothing written when a row is
/// rejected); its new places are drafts until a referent publishes them. Rows may leave <c>id</c>, <c>pivot</c> and
/// <c>date_maj</c> empty: a stable id is derived from name, address and postal code, so importing the file again
/// changes nothing. A referent's file (<c>epcisAutorises</c>: their EPCIs; null for an administrator) may only hold
/// places of their territory: any other row is rejected with its line, and nothing is written.
/// </summary>
public sealed class ImporterRecensement(ImporterLieux importer, TimeProvider horloge)
{
    public Task<RapportImport> ImporterAsync(byte[] contenu, string nomFichier, bool simulation, IReadOnlySet<string>? epcisAutorises, CancellationToken ct)
    {
        var tableau = LireFichierLieux.Lire(contenu, nomFichier, FormatFichierLieux.Xlsx);
        var aujourdhui = DateOnly.FromDateTime(HeureDeParis.Maintenant(horloge)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var lignes = tableau.Lignes
            .Where(l => l.Valeurs.Values.Any(v => !string.IsNullOrWhiteSpace(v)))
            .Select(l => Completer(l, aujourdhui))
            .ToList();
        var colonnes = tableau.Colonnes.Union([ChampsStandard.Id, ChampsStandard.Pivot, ChampsStandard.DateMaj], StringComparer.OrdinalIgnoreCase).ToList();
        return importer.ImporterTableauAsync(new TableauLu(colonnes, lignes), SchemaLieux.MednumV1, nomFichier, simulation, brouillons: true, epcisAutorises, progression: null, ct);
    }

    private static LigneLue Completer(LigneLue ligne, string aujourdhui)
    {
        var valeurs = new Dictionary<string, string>(ligne.Valeurs, StringComparer.OrdinalIgnoreCase);
        if (ligne.Valeur(ChampsStandard.Id) is null)
        {
            var cle = string.Join('\u001f', ligne.Valeur(ChampsStandard.Nom), ligne.Valeur(ChampsStandard.Adresse), ligne.Valeur(ChampsStandard.CodePostal)).ToLowerInvariant();
            valeurs[ChampsStandard.Id] = "recensement-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(cle)))[..16];
        }

        if (ligne.Valeur(ChampsStandard.Pivot) is null)
        {
            valeurs[ChampsStandard.Pivot] = ChampsStandard.PivotInconnu;
        }

        if (ligne.Valeur(ChampsStandard.DateMaj) is null)
        {
            valeurs[ChampsStandard.DateMaj] = aujourdhui;
        }

        return ligne with { Valeurs = valeurs };
    }
}
