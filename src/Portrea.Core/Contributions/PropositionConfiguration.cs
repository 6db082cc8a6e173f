using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portrea.Core.Lieux;

namespace Portrea.Core.Contributions;

public sealed class PropositionConfiguration : IEntityTypeConfiguration<Proposition>
{
    public void Configure(EntityTypeBuilder<Proposition> builder)
    {
        builder.ToTable("propositions");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.EpciSiren).HasMaxLength(9);
        builder.Property(p => p.AuteurId).HasMaxLength(450);
        builder.Property(p => p.AuteurNom).HasMaxLength(200);
        builder.Property(p => p.Role).HasMaxLength(30);
        builder.Property(p => p.Courriel).HasMaxLength(300);
        builder.Property(p => p.Message).HasMaxLength(2000);
        builder.Property(p => p.Statut).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.MotifRefus).HasMaxLength(2000);
        builder.Property(p => p.DecideeParId).HasMaxLength(450);
        builder.Property(p => p.DecideeParNom).HasMaxLength(200);
        builder.HasOne<Lieu>().WithMany().HasForeignKey(p => p.LieuId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.EpciSiren, p.Statut });
        builder.HasIndex(p => p.LieuId);
    }
}
