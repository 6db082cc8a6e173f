using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portrea.Core.Territoires;

namespace Portrea.Core.Ressources.Configurations;

public sealed class ReseauConfiguration : IEntityTypeConfiguration<Reseau>
{
    public void Configure(EntityTypeBuilder<Reseau> builder)
    {
        builder.ToTable("reseaux");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Nom).HasMaxLength(200);
        builder.Property(r => r.Description).HasMaxLength(2000);
        builder.Property(r => r.EpciSiren).HasMaxLength(9);
        builder.HasOne<Epci>().WithMany().HasForeignKey(r => r.EpciSiren).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Lieux).WithOne().HasForeignKey(l => l.ReseauId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Structures).WithOne().HasForeignKey(s => s.ReseauId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.EpciSiren);
    }
}
