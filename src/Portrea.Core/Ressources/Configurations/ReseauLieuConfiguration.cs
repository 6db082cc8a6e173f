using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portrea.Core.Lieux;

namespace Portrea.Core.Ressources.Configurations;

public sealed class ReseauLieuConfiguration : IEntityTypeConfiguration<ReseauLieu>
{
    public void Configure(EntityTypeBuilder<ReseauLieu> builder)
    {
        builder.ToTable("reseaux_lieux");
        builder.HasKey(l => new { l.ReseauId, l.LieuId });
        builder.HasOne<Lieu>().WithMany().HasForeignKey(l => l.LieuId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => l.LieuId);
    }
}
