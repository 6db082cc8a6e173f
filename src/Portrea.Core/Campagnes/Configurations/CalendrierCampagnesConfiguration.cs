using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portrea.Core.Campagnes.Configurations;

public sealed class CalendrierCampagnesConfiguration : IEntityTypeConfiguration<CalendrierCampagnes>
{
    public void Configure(EntityTypeBuilder<CalendrierCampagnes> builder)
    {
        builder.ToTable("calendriers_campagnes");
        builder.HasKey(c => c.EpciSiren);
        builder.Property(c => c.EpciSiren).HasMaxLength(9);
        builder.Property(c => c.Dates).HasMaxLength(200);
        builder.Property(c => c.DelaisRelances).HasMaxLength(100);
        builder.Property(c => c.AdresseBase).HasMaxLength(500);
        builder.Property(c => c.ModifieParNom).HasMaxLength(200);
    }
}
