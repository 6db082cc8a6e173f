using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portrea.Core.Lieux;

namespace Portrea.Core.Contributions;

public sealed class ModificationLieuConfiguration : IEntityTypeConfiguration<ModificationLieu>
{
    public void Configure(EntityTypeBuilder<ModificationLieu> builder)
    {
        builder.ToTable("historique_lieux");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.AuteurId).HasMaxLength(450);
        builder.Property(m => m.AuteurNom).HasMaxLength(200);
        builder.Property(m => m.Role).HasMaxLength(30);
        builder.Property(m => m.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Evenement).HasMaxLength(30);
        builder.HasOne<Lieu>().WithMany().HasForeignKey(m => m.LieuId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.LieuId, m.Version });
    }
}
