using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portrea.Core.Territoires;

namespace Portrea.Core.Demarche.Configurations;

public sealed class TransitionPhaseConfiguration : IEntityTypeConfiguration<TransitionPhase>
{
    public void Configure(EntityTypeBuilder<TransitionPhase> builder)
    {
        builder.ToTable("transitions_phases");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.EpciSiren).HasMaxLength(9);
        builder.Property(t => t.De).HasMaxLength(20);
        builder.Property(t => t.Vers).HasMaxLength(20);
        builder.Property(t => t.Commentaire).HasMaxLength(2000);
        builder.Property(t => t.AuteurId).HasMaxLength(450);
        builder.Property(t => t.AuteurNom).HasMaxLength(200);
        builder.HasOne<Epci>().WithMany().HasForeignKey(t => t.EpciSiren).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.EpciSiren);
    }
}
