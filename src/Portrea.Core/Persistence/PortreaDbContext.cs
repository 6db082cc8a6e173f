using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Campagnes;
using Portrea.Core.Comptes;
using Portrea.Core.Contributions;
using Portrea.Core.Demarche;
using Portrea.Core.Indicateurs;
using Portrea.Core.Lieux;
using Portrea.Core.Messagerie;
using Portrea.Core.Orientation;
using Portrea.Core.Provenance;
using Portrea.Core.Ressources;
using Portrea.Core.Territoires;

namespace Portrea.Core.Persistence;

/// <summary>The one database: territories, places, indicators, and the accounts (Identity's user tables, no role tables:
/// roles are scoped to territories in <see cref="AffectationRole"/>).</summary>
public sealed class PortreaDbContext(DbContextOptions<PortreaDbContext> options)
    : IdentityUserContext<Utilisateur>(options), IDataProtectionKeyContext
{
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Departement> Departements => Set<Departement>();
    public DbSet<Epci> Epcis => Set<Epci>();
    public DbSet<EpciMembre> EpciMembres => Set<EpciMembre>();
    public DbSet<Commune> Communes => Set<Commune>();
    public DbSet<CodeHistorique> CodesHistoriques => Set<CodeHistorique>();
    public DbSet<Contour> Contours => Set<Contour>();
    public DbSet<JeuDeDonnees> JeuxDeDonnees => Set<JeuDeDonnees>();
    public DbSet<Lieu> Lieux => Set<Lieu>();
    public DbSet<Structure> Structures => Set<Structure>();
    public DbSet<ServiceLieu> ServicesLieux => Set<ServiceLieu>();
    public DbSet<CreneauService> CreneauxServices => Set<CreneauService>();
    public DbSet<ContactLieu> ContactsLieux => Set<ContactLieu>();
    public DbSet<ModificationLieu> ModificationsLieux => Set<ModificationLieu>();
    public DbSet<Proposition> Propositions => Set<Proposition>();
    public DbSet<ValeurVariable> ValeursVariables => Set<ValeurVariable>();
    public DbSet<CompteurModifications> CompteursModifications => Set<CompteurModifications>();
    public DbSet<AffectationRole> AffectationsRoles => Set<AffectationRole>();
    public DbSet<JetonApi> JetonsApi => Set<JetonApi>();
    public DbSet<LienConnexion> LiensConnexion => Set<LienConnexion>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<MessageSortant> MessagesSortants => Set<MessageSortant>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<OrientationEnregistree> OrientationsEnregistrees => Set<OrientationEnregistree>();
    public DbSet<Reseau> Reseaux => Set<Reseau>();
    public DbSet<ReseauLieu> ReseauxLieux => Set<ReseauLieu>();
    public DbSet<ReseauStructure> ReseauxStructures => Set<ReseauStructure>();
    public DbSet<ElementSocle> ElementsSocle => Set<ElementSocle>();
    public DbSet<ReponseSocle> ReponsesSocle => Set<ReponseSocle>();
    public DbSet<Recurrence> Recurrences => Set<Recurrence>();
    public DbSet<Ressources.Disponibilite> Disponibilites => Set<Ressources.Disponibilite>();
    public DbSet<Reservation> Reservations => Set<Reservation>();
    public DbSet<ContributionBudget> ContributionsBudget => Set<ContributionBudget>();
    public DbSet<DeploiementEpci> DeploiementsEpci => Set<DeploiementEpci>();
    public DbSet<TransitionPhase> TransitionsPhases => Set<TransitionPhase>();
    public DbSet<NatureReferent> NaturesReferents => Set<NatureReferent>();
    public DbSet<JourneeCollaborative> JourneesCollaboratives => Set<JourneeCollaborative>();
    public DbSet<ParticipantJournee> ParticipantsJournees => Set<ParticipantJournee>();
    public DbSet<Campagne> Campagnes => Set<Campagne>();
    public DbSet<DestinataireCampagne> DestinatairesCampagnes => Set<DestinataireCampagne>();
    public DbSet<EnvoiCampagne> EnvoisCampagnes => Set<EnvoiCampagne>();
    public DbSet<AppelCampagne> AppelsCampagnes => Set<AppelCampagne>();
    public DbSet<CalendrierCampagnes> CalendriersCampagnes => Set<CalendrierCampagnes>();

    /// <summary>
    /// Entities whose writes increase the <see cref="CompteurModifications.Lieux"/> counter. Every import of a data set
    /// (territories, contours, variables) records its vintage in <see cref="JeuDeDonnees"/>, so it counts too: what
    /// is rendered from places also depends on the communes they are attached to.
    /// </summary>
    private static readonly HashSet<Type> TypesLieux =
        [typeof(Lieu), typeof(Structure), typeof(ServiceLieu), typeof(CreneauService), typeof(ContactLieu), typeof(JeuDeDonnees)];

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// A write to places also increases their counter in the same transaction, so that no reader can see the new
    /// data with the old counter (and keep serving a stale rendering) or the reverse.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        var touchePlaces = ChangeTracker.Entries().Any(e =>
            e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && TypesLieux.Contains(e.Metadata.ClrType));
        if (!touchePlaces)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        if (Database.CurrentTransaction is not null)
        {
            var ecrits = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await IncrementerLieuxAsync(cancellationToken);
            return ecrits;
        }

        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        var nombre = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await IncrementerLieuxAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return nombre;
    }

    private bool _ecritureLieuxEnAttente;

    private async Task IncrementerLieuxAsync(CancellationToken ct)
    {
        await CompteursModifications.Where(c => c.Cle == CompteurModifications.Lieux)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Valeur, c => c.Valeur + 1), ct);
        _ecritureLieuxEnAttente = true;
    }

    internal bool PrendreEcritureLieuxEnAttente()
    {
        var enAttente = _ecritureLieuxEnAttente;
        _ecritureLieuxEnAttente = false;
        return enAttente;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PortreaDbContext).Assembly);
    }
}
