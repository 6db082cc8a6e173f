using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portrea.Core.Messagerie;
using Portrea.Core.Persistence;
using Portrea.Web.Features.Comptes;

namespace Portrea.Web.Features.Administration;

/// <summary>The outbox as administrators see it: what was sent, what waits, what failed (and, without SMTP, where the files are).</summary>
[Authorize(Policy = PolitiquesPortrea.Administration)]
public sealed class BoiteEnvoiModel(PortreaDbContext db, IOptions<OptionsMessagerie> options, ExpediteurFichiersEml fichiers) : PageModel
{
    public IReadOnlyList<MessageSortant> Messages { get; private set; } = [];

    public bool ModeEmbarque => !options.Value.SmtpConfigure;

    public string DossierEml => fichiers.Chemin;

    public async Task OnGetAsync(CancellationToken ct) =>
        Messages = await db.MessagesSortants.AsNoTracking().OrderByDescending(m => m.Id).Take(200).ToListAsync(ct);
}
