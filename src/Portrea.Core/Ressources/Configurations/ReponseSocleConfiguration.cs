using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portrea.Core.Lieux;

namespace Portrea.Core.Ressources.Configurations;

public sealed class ReponseSocleConfiguration : IEntityTypeConfiguration<ReponseSocle>
{
    public void Configure(EntityTypeBuilder<ReponseSocle> builder)
    {
        builder.ToTable("socle_reponses");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Etat).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.AuteurId).HasMaxLength(450);
        builder.HasOne<ElementSocle>().WithMany().HasForeignKey(r => r.ElementSocleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Lieu>().WithMany().HasForeignKey(r => r.LieuId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ElementSocleId, r.LieuId }).IsUnique();
        builder.HasIndex(r => r.LieuId);
    }
}
