using Microsoft.EntityFrameworkCore;
using Portrea.Core.Contributions;
using Portrea.Core.Indicateurs;
using Portrea.Core.Lieux;
using Portrea.Core.Provenance;
using Portrea.Core.Territoires;

namespace Portrea.Core.Persistence;

public sealed class PortreaDbContext(DbContextOptions<PortreaDbContext> options) : DbContext(options)
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

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PortreaDbContext).Assembly);
}
