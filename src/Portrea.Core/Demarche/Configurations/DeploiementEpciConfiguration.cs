using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portrea.Core.Territoires;

namespace Portrea.Core.Demarche.Configurations;

public sealed class DeploiementEpciConfiguration : IEntityTypeConfiguration<DeploiementEpci>
{
    public void Configure(EntityTypeBuilder<DeploiementEpci> builder)
    {
        builder.ToTable("deploiements_epci");
        builder.HasKey(d => d.EpciSiren);
        builder.Property(d => d.EpciSiren).HasMaxLength(9);
        builder.Property(d => d.Phase).HasMaxLength(20);
        builder.Property(d => d.Strategie).HasMaxLength(20);
        builder.Property(d => d.Maturite).HasMaxLength(500);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Ignore(d => d.PhaseActuelle);
        builder.HasOne<Epci>().WithMany().HasForeignKey(d => d.EpciSiren).OnDelete(DeleteBehavior.Cascade);
    }
}
