using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portrea.Core.Comptes;

namespace Portrea.Web.Features.Comptes;

[Authorize(Policy = PolitiquesPortrea.Connecte)]
public sealed class MonCompteModel(ExporterDonneesPersonnelles exporter) : PageModel
{
    public IReadOnlyList<Claim> Roles { get; private set; } = [];

    public void OnGet() => Roles = [.. User.FindAll(ClaimTypes.Role)];

    /// <summary>Everything stored about the signed-in person, as a JSON download (right of access).</summary>
    public async Task<IActionResult> OnGetDonneesAsync(CancellationToken ct)
    {
        var donnees = await exporter.ExporterAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, ct);
        if (donnees is null)
        {
            return NotFound();
        }

        return File(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(donnees, ExporterDonneesPersonnelles.Json),
            "application/json", "mes-donnees-portrea.json");
    }
}
