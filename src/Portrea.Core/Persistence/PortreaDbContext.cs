using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Portrea.Core.Comptes;
using Portrea.Core.Indicateurs;
using Portrea.Core.Lieux;
using Portrea.Core.Messagerie;
using Portrea.Core.Provenance;
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
    public DbSet<ValeurVariable> ValeursVariables => Set<ValeurVariable>();
    public DbSet<AffectationRole> AffectationsRoles => Set<AffectationRole>();
    public DbSet<JetonApi> JetonsApi => Set<JetonApi>();
    public DbSet<LienConnexion> LiensConnexion => Set<LienConnexion>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<MessageSortant> MessagesSortants => Set<MessageSortant>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PortreaDbContext).Assembly);
    }
}
