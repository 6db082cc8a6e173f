using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portrea.Core.Campagnes;
using Portrea.Core.Persistence;
using Portrea.Web.Features.Comptes;

namespace Portrea.Web.Features.Campagnes;

/// <summary>
/// One campaign: before the launch, who will be written to and the merged message (editable); after, the dashboard
/// per place and in total. Places without a contact address are listed in both cases.
/// </summary>
[Authorize(Policy = PolitiquesPortrea.Referent)]
public sealed class CampagneModel(
    PortreaDbContext db, LancerCampagne lancer, ModifierModeleCampagne modifierModele, IOptions<OptionsCampagnes> options, TimeProvider horloge) : PageModel
{
    public const string LienApercu = "(lien personnel, créé à l'envoi)";

    public Campagne Campagne { get; private set; } = null!;
    public string NomEpci { get; private set; } = "";
    public List<DestinatairePrevu> Prevus { get; private set; } = [];
    public List<DestinatairePrevu> SansAdresse { get; private set; } = [];
    public Tableau? Tableau { get; private set; }
    public (string Sujet, string Corps)? Apercu { get; private set; }
    public DestinatairePrevu? LieuApercu { get; private set; }
    public Dictionary<string, List<string>> Erreurs { get; } = [];
    public string? Message { get; private set; }
    public string? RefusLancement { get; private set; }

    [BindProperty]
    public string? Sujet { get; set; }

    [BindProperty]
    public string? Modele { get; set; }

    [BindProperty]
    public string? Relances { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, int? apercu, string? fait, CancellationToken ct)
    {
        if (!await ChargerAsync(id, apercu, ct))
        {
            return NotFound();
        }

        Message = fait switch
        {
            "lancee" => "La campagne est lancée : les courriels partent par la boîte d'envoi.",
            "modele" => "Le message est enregistré.",
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostLancerAsync(int id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, null, ct))
        {
            return NotFound();
        }

        if (RefusLancement is not null)
        {
            // Typically the scheduler launched it meanwhile: say so rather than fail silently.
            Message = RefusLancement;
            return Page();
        }

        if (await lancer.DemarrerAsync(id, ct))
        {
            await lancer.EnvoyerAsync(id, Math.Max(1, options.Value.TailleLot), ct);
        }

        return Redirect($"/campagnes/{id}?fait=lancee");
    }

    public async Task<IActionResult> OnPostModeleAsync(int id, CancellationToken ct)
    {
        var (sujet, modele, relances) = (Sujet, Modele, Relances);
        if (!await ChargerAsync(id, null, ct))
        {
            return NotFound();
        }

        var erreurs = await modifierModele.ModifierAsync(id, sujet, modele, relances, ct);
        if (erreurs.Count == 0)
        {
            return Redirect($"/campagnes/{id}?fait=modele");
        }

        (Sujet, Modele, Relances) = (sujet, modele, relances);
        foreach (var e in erreurs)
        {
            (Erreurs.TryGetValue(e.Champ, out var liste) ? liste : Erreurs[e.Champ] = []).Add(e.Message);
        }

        return Page();
    }

    private async Task<bool> ChargerAsync(int id, int? apercu, CancellationToken ct)
    {
        var campagne = await AccesCampagnes.ChargerAsync(db, User, id, ct);
        if (campagne is null)
        {
            return false;
        }

        Campagne = campagne;
        NomEpci = await db.Epcis.Where(e => e.Siren == campagne.EpciSiren).Select(e => e.Nom).SingleOrDefaultAsync(ct) ?? campagne.EpciSiren;
        var prevus = await ChoisirDestinataires.ListerAsync(db, campagne.EpciSiren, ct);
        Prevus = [.. prevus.Where(p => p.Courriel is not null)];
        SansAdresse = [.. prevus.Where(p => p.Courriel is null)];
        Sujet = campagne.Sujet;
        Modele = campagne.Modele;
        Relances = string.Join(", ", campagne.Relances());
        RefusLancement = LancementManuel.Refus(campagne, horloge);
        if (campagne.Statut == StatutCampagne.Planifiee)
        {
            LieuApercu = Prevus.FirstOrDefault(p => p.LieuId == apercu) ?? Prevus.FirstOrDefault();
            if (LieuApercu is not null)
            {
                var lieu = await db.Lieux.AsNoTracking().SingleAsync(l => l.Id == LieuApercu.LieuId, ct);
                Apercu = MessageCampagne.Fusionner(campagne, lieu, NomEpci, LienApercu, relance: false);
            }
        }
        else
        {
            Tableau = await TableauCampagne.CalculerAsync(db, id, ct);
        }

        return true;
    }

    public IReadOnlyList<string> ErreursDe(string champ) => Erreurs.GetValueOrDefault(champ) ?? [];

    public IReadOnlyList<Core.Orientation.StatistiquesOrientation.Ligne> Barres() => Tableau?.Totaux is not { } t ? [] :
    [
        new("envoyes", "Courriels envoyés", t.Envoyes),
        new("delivres", "Délivrés", t.Delivres),
        new("refuses", "Refusés (rebonds)", t.Refuses),
        new("ouverts", "Lien ouvert", t.Ouverts),
        new("confirmes", "Confirmés sans changement", t.Confirmes),
        new("corriges", "Corrigés", t.Corriges),
        new("sans-reponse", "Sans réponse", t.SansReponse),
    ];
}
