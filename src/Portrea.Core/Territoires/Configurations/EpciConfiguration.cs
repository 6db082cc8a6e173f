using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portrea.Core.Territoires.Configurations;

public sealed class EpciConfiguration : IEntityTypeConfiguration<Epci>
{
    public void Configure(EntityTypeBuilder<Epci> builder)
    {
        builder.ToTable("epci");
        builder.HasKey(e => e.Siren);
        builder.Property(e => e.Siren).HasMaxLength(9);
        builder.Property(e => e.Nom).HasMaxLength(300);
        builder.Property(e => e.Type).HasMaxLength(10);
        builder.Property(e => e.ModeFinancement).HasMaxLength(10);
        builder.HasMany(e => e.Membres).WithOne().HasForeignKey(m => m.EpciSiren).OnDelete(DeleteBehavior.Cascade);
    }
}
